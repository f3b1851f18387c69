#pragma once

#include "indicatorref.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Minh::Core {

struct CriterionResult
{
    QString code;
    int level = 0; // 0: Mức 1 not reached
    int cap = 0;   // the highest level at which the criterion has indicators in force
    bool complete = true;
};

// Why a criterion falls short of a level: the indicators, up to that level, not met or not judged.
struct CriterionShortfall
{
    QString criterion;
    int requiredLevel = 0;
    QList<IndicatorRef> indicators;
};

// One reason the school does not reach a level.
struct BlockingReason
{
    enum class Kind
    {
        Criterion,         // a criterion of an "every criterion" condition falls short
        Threshold,         // too few criteria of a set reach the level ("at least 5 of the 7")
        ExtraRequirements, // extra (Mức 4) requirements not met
        LowerLevel         // the level below is not reached
    };
    Kind kind = Kind::Criterion;
    int requiredLevel = 0;
    CriterionShortfall shortfall;          // Criterion
    QString criteriaSet;                   // Threshold: "optional", "mandatory", "all" or codes
    int atLeast = 0;                       // Threshold
    int reached = 0;                       // Threshold
    QList<CriterionShortfall> shortfalls;  // Threshold: the criteria of the set that fall short
    QList<int> requirements;               // ExtraRequirements: the numbers not met
};

struct Evaluation
{
    int schoolLevel = 0;
    std::optional<int> nationalStandardDegree; // no value when the framework gives no mapping
    QList<CriterionResult> criteria;
    QMap<int, int> standards;                  // standard number → level
    QMap<int, QList<BlockingReason>> blocking; // for each school level not reached
    QStringList incomplete;                    // indicators and extra requirements not yet judged

    const CriterionResult *criterion(const QString &code) const
    {
        for (const CriterionResult &c : criteria) {
            if (c.code == code) {
                return &c;
            }
        }
        return nullptr;
    }
};

} // namespace Minh::Core
