#pragma once

#include <QUndoCommand>

class QUndoStack;

namespace Minh::Core {

// A command whose redo() can fail (the file could not be written) and whose caller needs to know.
// QUndoStack::push() runs redo() and may then delete the command: when it merges into the one
// before it, or is obsolete. Reading the command after push() is then a use after free (UBSan
// found one in PlanTableModel::setData, where consecutive edits of a cell merge), so the result of
// the first redo() is handed out by push() here instead.
class ReportingCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    // Pushes `command` onto `stack`; true when its redo() succeeded.
    [[nodiscard]] static bool push(QUndoStack *stack, ReportingCommand *command);

protected:
    // Every redo() and undo() calls this once with its outcome.
    void setSucceeded(bool succeeded);
    bool succeeded() const { return m_succeeded; }

private:
    bool m_succeeded = true;
    bool *m_report = nullptr; // where push() waits for the first outcome; cleared once written
};

} // namespace Minh::Core
