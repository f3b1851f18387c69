#include "levelengine.h"

#include <algorithm>

namespace Minh::Core {

struct LevelEngine::CriterionState
{
    const Criterion *criterion = nullptr;
    int level = 0;
    int cap = 0;
    QList<QList<IndicatorRef>> unmetByLevel; // [level - 1] → indicators in force not met or not judged

    bool reaches(int required) const { return level >= std::min(required, cap); }
};

LevelEngine::LevelEngine(const Framework &framework)
    : m_framework(framework)
{
}

LevelEngine::CriterionState LevelEngine::criterionState(const Criterion &criterion, const JudgementSet &judgements,
                                                         QDate rulesDate) const
{
    CriterionState state;
    state.criterion = &criterion;
    state.cap = m_framework.cap(criterion, rulesDate);
    bool climbing = true;
    for (int level = 1; level <= m_framework.maxCriterionLevel(); ++level) {
        QList<IndicatorRef> unmet;
        for (const Indicator &indicator : m_framework.indicatorsInForce(criterion, level, rulesDate)) {
            const IndicatorRef ref{criterion.code, level, indicator.key()};
            if (judgements.indicator(ref) != Verdict::Met) {
                unmet.append(ref);
            }
        }
        state.unmetByLevel.append(unmet);
        if (climbing && level <= state.cap && unmet.isEmpty()) {
            state.level = level;
        } else {
            climbing = false;
        }
    }
    return state;
}

CriterionShortfall LevelEngine::shortfall(const CriterionState &state, int requiredLevel) const
{
    CriterionShortfall s{state.criterion->code, std::min(requiredLevel, state.cap), {}};
    for (int level = 1; level <= s.requiredLevel; ++level) {
        s.indicators.append(state.unmetByLevel.at(level - 1));
    }
    return s;
}

QList<BlockingReason> LevelEngine::failedConditions(const SchoolLevelRule &rule,
                                                    const QHash<QString, CriterionState> &states,
                                                    const JudgementSet &judgements) const
{
    QList<BlockingReason> reasons;
    for (const RuleCondition &condition : rule.conditions) {
        if (condition.kind == RuleCondition::Kind::ExtraRequirements) {
            BlockingReason reason;
            reason.kind = BlockingReason::Kind::ExtraRequirements;
            reason.requiredLevel = rule.level;
            for (const ExtraRequirement &req : m_framework.extraRequirements().requirements) {
                if (judgements.extraRequirement(req.number) != Verdict::Met) {
                    reason.requirements.append(req.number);
                }
            }
            if (!reason.requirements.isEmpty()) {
                reasons.append(reason);
            }
            continue;
        }
        const QList<const Criterion *> set = m_framework.criteriaIn(condition.set);
        QList<CriterionShortfall> shortfalls;
        int reached = 0;
        for (const Criterion *c : set) {
            const CriterionState &state = states.value(c->code);
            if (state.reaches(condition.reach)) {
                ++reached;
            } else {
                shortfalls.append(shortfall(state, condition.reach));
            }
        }
        if (condition.atLeast) {
            if (reached < *condition.atLeast) {
                BlockingReason reason;
                reason.kind = BlockingReason::Kind::Threshold;
                reason.requiredLevel = condition.reach;
                reason.criteriaSet = condition.set.name();
                reason.atLeast = *condition.atLeast;
                reason.reached = reached;
                reason.shortfalls = shortfalls;
                reasons.append(reason);
            }
            continue;
        }
        for (const CriterionShortfall &s : std::as_const(shortfalls)) {
            BlockingReason reason;
            reason.kind = BlockingReason::Kind::Criterion;
            reason.requiredLevel = condition.reach;
            reason.shortfall = s;
            reasons.append(reason);
        }
    }
    return reasons;
}

Evaluation LevelEngine::evaluate(const JudgementSet &judgements, QDate rulesDate) const
{
    Evaluation result;
    QHash<QString, CriterionState> states;
    for (const Criterion *c : m_framework.criteria()) {
        CriterionState state = criterionState(*c, judgements, rulesDate);
        bool complete = true;
        for (int level = 1; level <= m_framework.maxCriterionLevel(); ++level) {
            for (const Indicator &indicator : m_framework.indicatorsInForce(*c, level, rulesDate)) {
                const IndicatorRef ref{c->code, level, indicator.key()};
                if (judgements.indicator(ref) == Verdict::NotJudged) {
                    result.incomplete.append(ref.toString());
                    complete = false;
                }
            }
        }
        result.criteria.append({c->code, state.level, state.cap, complete});
        states.insert(c->code, state);
    }
    const ExtraRequirements &extra = m_framework.extraRequirements();
    for (const ExtraRequirement &req : extra.requirements) {
        if (judgements.extraRequirement(req.number) == Verdict::NotJudged) {
            result.incomplete.append(QStringLiteral("level%1/%2").arg(extra.level).arg(req.number));
        }
    }

    for (const Standard &standard : m_framework.standards()) {
        int highestCap = 0;
        for (const Criterion &c : standard.criteria) {
            highestCap = std::max(highestCap, states.value(c.code).cap);
        }
        int level = 0;
        for (int candidate = 1; candidate <= highestCap; ++candidate) {
            const bool all = std::all_of(standard.criteria.cbegin(), standard.criteria.cend(), [&](const Criterion &c) {
                return states.value(c.code).reaches(candidate);
            });
            if (!all) {
                break;
            }
            level = candidate;
        }
        result.standards.insert(standard.number, level);
    }

    // School levels are cumulative: the school is at the highest level L such that the rules of
    // every level 1..L hold.
    bool lowerReached = true;
    for (const SchoolLevelRule &rule : m_framework.schoolLevelRules()) {
        QList<BlockingReason> reasons = failedConditions(rule, states, judgements);
        if (lowerReached && reasons.isEmpty()) {
            result.schoolLevel = rule.level;
            continue;
        }
        if (reasons.isEmpty()) {
            BlockingReason reason;
            reason.kind = BlockingReason::Kind::LowerLevel;
            reason.requiredLevel = rule.level - 1;
            reasons.append(reason);
        }
        result.blocking.insert(rule.level, reasons);
        lowerReached = false;
    }
    result.nationalStandardDegree = m_framework.nationalStandard().degreeFor(result.schoolLevel);
    return result;
}

} // namespace Minh::Core
