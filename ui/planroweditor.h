#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

class QDateEdit;
class QPlainTextEdit;

namespace Minh::Core {
class PlanTableModel;
}

namespace Minh::Gui {

// Every column of one plan row as roomy text boxes, because a table cell is too small to write a
// plan in. Typing is saved a moment after it pauses, through the model (and so the undo stack).
class PlanRowEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlanRowEditor(Core::PlanTableModel *model, QWidget *parent = nullptr);

    void showRow(int row);
    // Saves what is typed but not yet saved.
    void flush();

private:
    void refresh();

    Core::PlanTableModel *m_model;
    QPersistentModelIndex m_row;
    QHash<int, QPlainTextEdit *> m_editors; // column → editor
    QHash<int, QString> m_pending;          // column → text typed, not yet saved
    QDateEdit *m_deadline;
    QTimer m_saveTimer;
};

} // namespace Minh::Gui
