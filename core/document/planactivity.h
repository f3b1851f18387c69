#pragma once

#include <QDate>
#include <QString>

namespace Minh::Core {

// One line of the self-assessment plan's timeline ("Thời gian và nội dung hoạt động").
struct PlanActivity
{
    qint64 id = 0;
    QString period; // the school's wording, e.g. "Tuần 1"
    QDate startsOn;
    QDate endsOn;
    QString activity;
    QString owner;

    friend bool operator==(const PlanActivity &, const PlanActivity &) = default;
};

} // namespace Minh::Core
