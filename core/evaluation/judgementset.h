#pragma once

#include "indicatorref.h"
#include "verdict.h"

#include <QHash>
#include <QString>

namespace Minh::Core {

// The council's verdicts: per indicator, and per extra (Mức 4) requirement. Anything absent is
// NotJudged. A plain value, so a what-if evaluation can copy it and change a few entries without
// touching the school file.
class JudgementSet
{
public:
    Verdict indicator(const IndicatorRef &ref) const { return m_indicators.value(ref.toString(), Verdict::NotJudged); }
    void setIndicator(const IndicatorRef &ref, Verdict verdict);

    Verdict extraRequirement(int number) const { return m_extra.value(number, Verdict::NotJudged); }
    void setExtraRequirement(int number, Verdict verdict);

    const QHash<QString, Verdict> &indicators() const { return m_indicators; }
    const QHash<int, Verdict> &extraRequirements() const { return m_extra; }

private:
    QHash<QString, Verdict> m_indicators;
    QHash<int, Verdict> m_extra;
};

} // namespace Minh::Core
