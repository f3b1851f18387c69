#pragma once

#include "document/councilmember.h"
#include "reportingcommand.h"

#include <QCoreApplication>

namespace Minh::Core {

class SchoolDocument;

// Adds a council member at a place, or removes one; undo does the opposite. A removed member
// comes back with the id, fields and criteria it had.
class CouncilMemberCommand : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::CouncilMemberCommand)

public:
    enum class Action
    {
        Add,
        Remove
    };

    CouncilMemberCommand(SchoolDocument *document, Action action, const CouncilMember &member, int row);

    void redo() override;
    void undo() override;
    qint64 memberId() const { return m_member.id; }

private:
    void apply(bool add);

    SchoolDocument *m_document;
    Action m_action;
    CouncilMember m_member;
    int m_row;
};

// Changes a council member's details or the criteria they write.
class EditCouncilMemberCommand : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EditCouncilMemberCommand)

public:
    // `what` says what changed, for the Undo menu; consecutive edits of the same `what` merge.
    EditCouncilMemberCommand(SchoolDocument *document, const CouncilMember &after, const QString &what);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4D43; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SchoolDocument *m_document;
    CouncilMember m_before;
    CouncilMember m_after;
    QString m_what;
};

} // namespace Minh::Core
