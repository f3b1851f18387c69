#pragma once

#include "document/planitem.h"
#include "reportingcommand.h"

#include <QCoreApplication>

namespace Minh::Core {

class SchoolDocument;

// Adds a plan row at a place, or removes one; undo does the opposite. A removed row comes back
// with its id, fields and follow-up notes, at the place it had.
class PlanRowCommand : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PlanRowCommand)

public:
    enum class Action
    {
        Add,
        Remove
    };

    PlanRowCommand(SchoolDocument *document, Action action, const PlanItem &item, int row);

    void redo() override;
    void undo() override;
    // The row's id once added (0 before the first redo).
    qint64 itemId() const { return m_item.id; }

private:
    void apply(bool add);

    SchoolDocument *m_document;
    Action m_action;
    PlanItem m_item;
    int m_row;
};

// Moves one plan row to another place.
class MovePlanItemCommand : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::MovePlanItemCommand)

public:
    MovePlanItemCommand(SchoolDocument *document, int from, int to);

    void redo() override;
    void undo() override;

private:
    SchoolDocument *m_document;
    int m_from;
    int m_to;
};

} // namespace Minh::Core
