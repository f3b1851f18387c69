#pragma once

#include <QString>

namespace Minh::Core {

// One row of the improvement plan; the union of the regimes' columns (the 2018 per-criterion plan
// and the ten columns of the 2026 Biểu 2).
struct PlanItem
{
    qint64 id = 0;
    QString criterionCode;
    int standardNumber = 0;
    QString content;
    QString goal;
    QString actions;
    QString successIndicators;
    QString timeline;
    QString owner;
    QString resources;
    QString expectedEvidence;
    QString progress;
};

} // namespace Minh::Core
