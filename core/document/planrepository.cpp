#include "planrepository.h"

#include "changelog.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Minh::Core {

bool PlanRepository::load(const QSqlDatabase &db, QList<PlanItem> *items, QString *error)
{
    items->clear();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, criterion_code, standard_number, content, goal, actions, success_indicators, "
                                 "timeline, owner, resources, expected_evidence, progress FROM plan_item "
                                 "ORDER BY sort_order, id"),
                  {}, error)) {
        return false;
    }
    while (query.next()) {
        PlanItem p;
        p.id = query.value(0).toLongLong();
        p.criterionCode = query.value(1).toString();
        p.standardNumber = query.value(2).toInt();
        p.content = query.value(3).toString();
        p.goal = query.value(4).toString();
        p.actions = query.value(5).toString();
        p.successIndicators = query.value(6).toString();
        p.timeline = query.value(7).toString();
        p.owner = query.value(8).toString();
        p.resources = query.value(9).toString();
        p.expectedEvidence = query.value(10).toString();
        p.progress = query.value(11).toString();
        items->append(p);
    }
    return true;
}

bool PlanRepository::add(QSqlDatabase &db, const QString &author, PlanItem *item, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("INSERT INTO plan_item (criterion_code, standard_number, content, goal, actions, "
                                 "success_indicators, timeline, owner, resources, expected_evidence, progress, sort_order) "
                                 "VALUES (:criterion, :standard, :content, :goal, :actions, :indicators, :timeline, "
                                 ":owner, :resources, :evidence, :progress, "
                                 "(SELECT coalesce(max(sort_order), 0) + 1 FROM plan_item))"),
                  {{"criterion", item->criterionCode},
                   {"standard", item->standardNumber > 0 ? QVariant(item->standardNumber) : QVariant()},
                   {"content", item->content},
                   {"goal", item->goal},
                   {"actions", item->actions},
                   {"indicators", item->successIndicators},
                   {"timeline", item->timeline},
                   {"owner", item->owner},
                   {"resources", item->resources},
                   {"evidence", item->expectedEvidence},
                   {"progress", item->progress}},
                  error)) {
        return false;
    }
    item->id = query.lastInsertId().toLongLong();
    return ChangeLog::record(db, author, {QStringLiteral("plan_item"), QString::number(item->id), QString(), {}, item->content},
                             error);
}

} // namespace Minh::Core
