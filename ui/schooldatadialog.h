#pragma once

#include <QDialog>

class QTableView;
class QTabWidget;

namespace Minh::Core {
class SchoolDocument;
class SchoolFiguresModel;
class DocumentSettingsModel;
class PlanActivitiesModel;
} // namespace Minh::Core

namespace Minh::Gui {

// Edits what the printed documents need besides the assessment: the school data tables per
// school year, the settings of the council decision, the self-assessment plan (with its timeline)
// and the registration letter. Every edit goes through the document's undo stack.
class SchoolDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchoolDataDialog(Core::SchoolDocument *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *settingsPage(Core::DocumentSettingsModel *model, const QString &objectName);
    QWidget *planPage();

    Core::SchoolDocument *m_document;
    QTabWidget *m_tabs;
    Core::SchoolFiguresModel *m_figures;
    Core::PlanActivitiesModel *m_activities;
    QTableView *m_activitiesView = nullptr;
};

} // namespace Minh::Gui
