#include "editplanitemcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

EditPlanItemCommand::EditPlanItemCommand(SchoolDocument *document, const PlanItem &after, const QString &field)
    : m_document(document)
    , m_before(document->planItem(after.id) ? *document->planItem(after.id) : after)
    , m_after(after)
    , m_field(field)
{
    setText(tr("Plan: %1").arg(field));
}

void EditPlanItemCommand::redo()
{
    setSucceeded(m_document->updatePlanItem(m_after));
}

void EditPlanItemCommand::undo()
{
    setSucceeded(m_document->updatePlanItem(m_before));
}

bool EditPlanItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditPlanItemCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_field != m_field) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace Minh::Core
