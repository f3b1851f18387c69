#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Minh::Core {
class PlanTableModel;
class SchoolDocument;
} // namespace Minh::Core

namespace Minh::Gui {

class PlanRowEditor;

// The improvement plan: its rows in a table (the few columns that fit), the chosen row in full
// below, buttons to add, remove and reorder rows, and how many actions are overdue.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    // New rows start from this criterion (the one chosen in the tree).
    void setCurrentCriterion(const QString &code) { m_criterion = code; }
    void selectItem(qint64 id);
    void flush();
    Core::PlanTableModel *model() const { return m_model; }

private:
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void currentChanged();
    void updateSummary();
    int currentRow() const;

    Core::SchoolDocument *m_document = nullptr;
    Core::PlanTableModel *m_model;
    QTableView *m_table;
    PlanRowEditor *m_editor;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QString m_criterion;
};

} // namespace Minh::Gui
