#include "planactivitycommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

PlanActivityCommand::PlanActivityCommand(SchoolDocument *document, std::optional<PlanActivity> before,
                                         std::optional<PlanActivity> after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(!m_before ? tr("Add an activity to the plan")
                      : !m_after ? tr("Remove an activity from the plan") : tr("Change an activity of the plan"));
}

bool PlanActivityCommand::apply(const std::optional<PlanActivity> &from, std::optional<PlanActivity> &to)
{
    if (!to) {
        return m_document->removePlanActivity(from->id);
    }
    if (!from) {
        // The new row's id is kept, so that undo and a later redo address the same row.
        PlanActivity added = *to;
        const bool ok = m_document->addPlanActivity(&added);
        to->id = added.id;
        return ok;
    }
    return m_document->updatePlanActivity(*to);
}

void PlanActivityCommand::redo()
{
    m_succeeded = apply(m_before, m_after);
    // A refused edit (bad value, read-only file) leaves nothing to undo: QUndoStack::push() drops
    // a command that is obsolete after its first redo().
    setObsolete(!m_succeeded);
}

void PlanActivityCommand::undo()
{
    m_succeeded = apply(m_after, m_before);
}

} // namespace Minh::Core
