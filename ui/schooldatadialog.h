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

class DocumentTextsPage;

// Edits what the printed documents need besides the assessment: the school data tables per
// school year, the settings of the council decision, the self-assessment plan (with its timeline)
// and the registration letter, and the texts the school writes into the report and the plan. Every edit goes through the document's undo stack.
class SchoolDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchoolDataDialog(Core::SchoolDocument *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    void done(int result) override;

private:
    QWidget *settingsPage(Core::DocumentSettingsModel *model, const QString &objectName);
    QWidget *planPage();
    void addTextsPage(const QString &printedDocument);

    Core::SchoolDocument *m_document;
    QTabWidget *m_tabs;
    Core::SchoolFiguresModel *m_figures;
    Core::PlanActivitiesModel *m_activities;
    QTableView *m_activitiesView = nullptr;
    QList<DocumentTextsPage *> m_textPages;
};

} // namespace Minh::Gui
