#include "judgementset.h"

namespace Minh::Core {

void JudgementSet::setIndicator(const IndicatorRef &ref, Verdict verdict)
{
    if (verdict == Verdict::NotJudged) {
        m_indicators.remove(ref.toString());
    } else {
        m_indicators.insert(ref.toString(), verdict);
    }
}

void JudgementSet::setExtraRequirement(int number, Verdict verdict)
{
    if (verdict == Verdict::NotJudged) {
        m_extra.remove(number);
    } else {
        m_extra.insert(number, verdict);
    }
}

} // namespace Minh::Core
