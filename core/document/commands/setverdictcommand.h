#pragma once

#include "evaluation/indicatorref.h"
#include "evaluation/verdict.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Judges one indicator (or, with an empty reference, one extra requirement). Undo restores the
// verdict it replaced; both directions are written to the file at once, like any edit.
class SetVerdictCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SetVerdictCommand)

public:
    SetVerdictCommand(SchoolDocument *document, const IndicatorRef &ref, Verdict verdict);
    SetVerdictCommand(SchoolDocument *document, int extraRequirement, Verdict verdict);

    void redo() override;
    void undo() override;

    // False when the last redo or undo could not be written; the stack then shows an error.
    bool succeeded() const { return m_succeeded; }

private:
    bool apply(Verdict verdict);

    SchoolDocument *m_document;
    IndicatorRef m_ref;
    int m_extraRequirement = 0;
    Verdict m_old;
    Verdict m_new;
    bool m_succeeded = true;
};

} // namespace Minh::Core
