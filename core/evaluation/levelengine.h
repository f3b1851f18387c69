#pragma once

#include "evaluation.h"
#include "framework/framework.h"
#include "judgementset.h"

#include <QDate>

namespace Minh::Core {

// Computes indicator → criterion → standard → school → national-standard levels from a
// framework's declarative rules, with the reasons for every level not reached.
//
// A criterion's levels are cumulative: it is at Mức L when every indicator in force at Mức 1..L is
// met. A level with no indicators in force asks nothing and is met, but a criterion can rise no
// higher than its cap, the highest level where it has indicators in force; a condition "reach L"
// therefore asks min(L, cap) of each criterion. Indicators repealed by an amendment stop counting
// from the amendment's effective date (the assessment's rules date decides).
class LevelEngine
{
public:
    explicit LevelEngine(const Framework &framework);

    Evaluation evaluate(const JudgementSet &judgements, QDate rulesDate) const;

private:
    struct CriterionState;

    CriterionState criterionState(const Criterion &criterion, const JudgementSet &judgements, QDate rulesDate) const;
    CriterionShortfall shortfall(const CriterionState &state, int requiredLevel) const;
    QList<BlockingReason> failedConditions(const SchoolLevelRule &rule, const QHash<QString, CriterionState> &states,
                                           const JudgementSet &judgements) const;

    const Framework &m_framework;
};

} // namespace Minh::Core
