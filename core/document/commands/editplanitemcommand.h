#pragma once

#include "document/planitem.h"
#include "reportingcommand.h"

#include <QCoreApplication>

namespace Minh::Core {

class SchoolDocument;

// Changes the fields of one plan row. Consecutive edits of the same field of the same row merge,
// so undo takes back a burst of typing rather than a letter.
class EditPlanItemCommand : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EditPlanItemCommand)

public:
    // `field` names what changed (a column title), for the Undo menu and for merging.
    EditPlanItemCommand(SchoolDocument *document, const PlanItem &after, const QString &field);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4D50; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SchoolDocument *m_document;
    PlanItem m_before;
    PlanItem m_after;
    QString m_field;
};

} // namespace Minh::Core
