#include "planrowcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

PlanRowCommand::PlanRowCommand(SchoolDocument *document, Action action, const PlanItem &item, int row)
    : m_document(document)
    , m_action(action)
    , m_item(item)
    , m_row(row)
{
    setText(action == Action::Add ? tr("Add a plan row") : tr("Remove a plan row"));
}

void PlanRowCommand::apply(bool add)
{
    if (add) {
        setSucceeded(m_document->insertPlanItem(&m_item, m_row));
        return;
    }
    // Keep what the row holds now, so that undoing the removal brings back its latest text.
    if (const PlanItem *current = m_document->planItem(m_item.id)) {
        m_item = *current;
    }
    setSucceeded(m_document->removePlanItem(m_item.id));
}

void PlanRowCommand::redo()
{
    apply(m_action == Action::Add);
}

void PlanRowCommand::undo()
{
    apply(m_action == Action::Remove);
}

MovePlanItemCommand::MovePlanItemCommand(SchoolDocument *document, int from, int to)
    : m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move a plan row"));
}

void MovePlanItemCommand::redo()
{
    setSucceeded(m_document->movePlanItem(m_from, m_to));
}

void MovePlanItemCommand::undo()
{
    setSucceeded(m_document->movePlanItem(m_to, m_from));
}

} // namespace Minh::Core
