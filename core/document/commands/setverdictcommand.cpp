#include "setverdictcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

namespace {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return SetVerdictCommand::tr("met");
    case Verdict::NotMet:
        return SetVerdictCommand::tr("not met");
    case Verdict::NotJudged:
        break;
    }
    return SetVerdictCommand::tr("not judged");
}

} // namespace

SetVerdictCommand::SetVerdictCommand(SchoolDocument *document, const IndicatorRef &ref, Verdict verdict)
    : m_document(document)
    , m_ref(ref)
    , m_old(document->judgements().indicator(ref))
    , m_new(verdict)
{
    setText(tr("Indicator %1: %2").arg(ref.toString(), verdictName(verdict)));
}

SetVerdictCommand::SetVerdictCommand(SchoolDocument *document, int extraRequirement, Verdict verdict)
    : m_document(document)
    , m_extraRequirement(extraRequirement)
    , m_old(document->judgements().extraRequirement(extraRequirement))
    , m_new(verdict)
{
    setText(tr("Requirement %1: %2").arg(extraRequirement).arg(verdictName(verdict)));
}

bool SetVerdictCommand::apply(Verdict verdict)
{
    m_succeeded = m_extraRequirement > 0 ? m_document->setExtraRequirementVerdict(m_extraRequirement, verdict)
                                         : m_document->setIndicatorVerdict(m_ref, verdict);
    return m_succeeded;
}

void SetVerdictCommand::redo()
{
    apply(m_new);
}

void SetVerdictCommand::undo()
{
    apply(m_old);
}

} // namespace Minh::Core
