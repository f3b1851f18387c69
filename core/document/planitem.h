#pragma once

#include <QDate>
#include <QString>

namespace Minh::Core {

// One row of the improvement plan; the union of the regimes' columns (the 2018 per-criterion plan
// and the ten columns of the 2026 Biểu 2), plus what the council needs to follow it up: a
// deadline, a done mark and notes at the end of semester I and at the end of the year.
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
    QDate deadline{};
    bool done = false;
    QString followUpSemester1{};
    QString followUpYearEnd{};

    // Not done and its deadline has passed.
    bool isOverdue(QDate today) const { return !done && deadline.isValid() && deadline < today; }

    friend bool operator==(const PlanItem &, const PlanItem &) = default;
};

} // namespace Minh::Core
