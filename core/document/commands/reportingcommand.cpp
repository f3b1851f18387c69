#include "reportingcommand.h"

#include <QUndoStack>

namespace Minh::Core {

bool ReportingCommand::push(QUndoStack *stack, ReportingCommand *command)
{
    bool succeeded = false; // stays false if the stack never runs redo()
    command->m_report = &succeeded;
    stack->push(command); // `command` may be deleted from here on
    return succeeded;
}

void ReportingCommand::setSucceeded(bool succeeded)
{
    m_succeeded = succeeded;
    if (m_report) {
        *m_report = succeeded;
        m_report = nullptr;
    }
}

} // namespace Minh::Core
