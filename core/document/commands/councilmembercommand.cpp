#include "councilmembercommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

CouncilMemberCommand::CouncilMemberCommand(SchoolDocument *document, Action action, const CouncilMember &member,
                                           int row)
    : m_document(document)
    , m_action(action)
    , m_member(member)
    , m_row(row)
{
    setText(action == Action::Add ? tr("Add council member %1").arg(member.fullName)
                                  : tr("Remove council member %1").arg(member.fullName));
}

void CouncilMemberCommand::apply(bool add)
{
    if (add) {
        setSucceeded(m_document->insertCouncilMember(&m_member, m_row));
        return;
    }
    if (const CouncilMember *current = m_document->councilMember(m_member.id)) {
        m_member = *current;
    }
    setSucceeded(m_document->removeCouncilMember(m_member.id));
}

void CouncilMemberCommand::redo()
{
    apply(m_action == Action::Add);
}

void CouncilMemberCommand::undo()
{
    apply(m_action == Action::Remove);
}

EditCouncilMemberCommand::EditCouncilMemberCommand(SchoolDocument *document, const CouncilMember &after,
                                                   const QString &what)
    : m_document(document)
    , m_before(document->councilMember(after.id) ? *document->councilMember(after.id) : after)
    , m_after(after)
    , m_what(what)
{
    setText(tr("%1: %2").arg(m_before.fullName, what));
}

void EditCouncilMemberCommand::redo()
{
    setSucceeded(m_document->updateCouncilMember(m_after));
}

void EditCouncilMemberCommand::undo()
{
    setSucceeded(m_document->updateCouncilMember(m_before));
}

bool EditCouncilMemberCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCouncilMemberCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_what != m_what) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace Minh::Core
