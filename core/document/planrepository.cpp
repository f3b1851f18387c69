#include "planrepository.h"

#include "changelog.h"
#include "storage/sql.h"
#include "util/logging.h"
#include "util/timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Minh::Core {

namespace {

const QString Semester1 = QStringLiteral("semester_1");
const QString YearEnd = QStringLiteral("year_end");

// Column name → value, in the order of the table; shared by insert, update and the change log.
QList<std::pair<QString, QVariant>> columns(const PlanItem &p)
{
    return {{QStringLiteral("criterion_code"), p.criterionCode},
            {QStringLiteral("standard_number"), p.standardNumber > 0 ? QVariant(p.standardNumber) : QVariant()},
            {QStringLiteral("content"), p.content},
            {QStringLiteral("goal"), p.goal},
            {QStringLiteral("actions"), p.actions},
            {QStringLiteral("success_indicators"), p.successIndicators},
            {QStringLiteral("timeline"), p.timeline},
            {QStringLiteral("owner"), p.owner},
            {QStringLiteral("resources"), p.resources},
            {QStringLiteral("expected_evidence"), p.expectedEvidence},
            {QStringLiteral("progress"), p.progress},
            {QStringLiteral("deadline"), p.deadline.isValid() ? p.deadline.toString(Qt::ISODate) : QString()},
            {QStringLiteral("done"), p.done ? 1 : 0}};
}

bool bindAndRun(QSqlQuery &query, const QString &statement, const QList<std::pair<QString, QVariant>> &values,
                qint64 id, QString *error)
{
    // Column names come from columns() above, never from the user; values are bound.
    const bool prepared = query.prepare(statement);
    if (prepared) {
        for (const auto &[name, value] : values) {
            // A null QString would be bound as NULL; the text columns are NOT NULL.
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            query.bindValue(QLatin1Char(':') + name, nullText ? QVariant(QStringLiteral("")) : value);
        }
        query.bindValue(QStringLiteral(":id"), id > 0 ? QVariant(id) : QVariant());
    }
    if (!prepared || !query.exec()) {
        qCWarning(lcMinhSql) << statement << query.lastError().text();
        *error = QCoreApplication::translate("Minh::Core::Sql", "The school file could not be read or written (%1).")
                     .arg(query.lastError().text());
        return false;
    }
    return true;
}

bool writeFollowUp(QSqlDatabase &db, qint64 id, const QString &period, const QString &note, QString *error)
{
    QSqlQuery query(db);
    if (note.isEmpty()) {
        return Sql::run(query,
                        QStringLiteral("DELETE FROM plan_followup WHERE plan_item_id = :id AND period = :period"),
                        {{"id", id}, {"period", period}}, error);
    }
    return Sql::run(query,
                    QStringLiteral("INSERT INTO plan_followup (plan_item_id, period, note, updated_at) VALUES (:id, "
                                   ":period, :note, :at) ON CONFLICT DO UPDATE SET note = excluded.note, "
                                   "updated_at = excluded.updated_at"),
                    {{"id", id}, {"period", period}, {"note", note}, {"at", Timestamps::nowUtc()}}, error);
}

} // namespace

bool PlanRepository::load(const QSqlDatabase &db, QList<PlanItem> *items, QString *error)
{
    items->clear();
    QSqlQuery query(db);
    if (!Sql::run(
            query,
            QStringLiteral("SELECT id, criterion_code, standard_number, content, goal, actions, success_indicators, "
                           "timeline, owner, resources, expected_evidence, progress, deadline, done FROM plan_item "
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
        p.deadline = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        p.done = query.value(13).toInt() == 1;
        items->append(p);
    }
    QSqlQuery followUps(db);
    if (!Sql::run(followUps, QStringLiteral("SELECT plan_item_id, period, note FROM plan_followup"), {}, error)) {
        return false;
    }
    while (followUps.next()) {
        for (PlanItem &p : *items) {
            if (p.id == followUps.value(0).toLongLong()) {
                (followUps.value(1).toString() == Semester1 ? p.followUpSemester1 : p.followUpYearEnd) =
                    followUps.value(2).toString();
            }
        }
    }
    return true;
}

bool PlanRepository::add(QSqlDatabase &db, const QString &author, PlanItem *item, QString *error)
{
    const auto values = columns(*item);
    QStringList names{QStringLiteral("id")};
    QStringList placeholders{QStringLiteral(":id")};
    for (const auto &[name, value] : values) {
        names.append(name);
        placeholders.append(QLatin1Char(':') + name);
    }
    QSqlQuery query(db);
    if (!bindAndRun(query,
                    QStringLiteral("INSERT INTO plan_item (%1, sort_order) VALUES (%2, "
                                   "(SELECT coalesce(max(sort_order), 0) + 1 FROM plan_item))")
                        .arg(names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
                    values, item->id, error)) {
        return false;
    }
    item->id = query.lastInsertId().toLongLong();
    return writeFollowUp(db, item->id, Semester1, item->followUpSemester1, error) &&
           writeFollowUp(db, item->id, YearEnd, item->followUpYearEnd, error) &&
           ChangeLog::record(db, author,
                             {QStringLiteral("plan_item"), QString::number(item->id), QString(), {}, item->content},
                             error);
}

bool PlanRepository::update(QSqlDatabase &db, const QString &author, const PlanItem &before, const PlanItem &after,
                            QString *error)
{
    const auto oldValues = columns(before);
    const auto newValues = columns(after);
    QStringList assignments;
    for (const auto &[name, value] : newValues) {
        assignments.append(name + QStringLiteral(" = :") + name);
    }
    QSqlQuery query(db);
    if (!bindAndRun(
            query, QStringLiteral("UPDATE plan_item SET %1 WHERE id = :id").arg(assignments.join(QStringLiteral(", "))),
            newValues, after.id, error) ||
        !writeFollowUp(db, after.id, Semester1, after.followUpSemester1, error) ||
        !writeFollowUp(db, after.id, YearEnd, after.followUpYearEnd, error)) {
        return false;
    }
    const QString key = QString::number(after.id);
    for (qsizetype i = 0; i < newValues.size(); ++i) {
        if (oldValues.at(i).second != newValues.at(i).second &&
            !ChangeLog::record(db, author,
                               {QStringLiteral("plan_item"), key, newValues.at(i).first, oldValues.at(i).second,
                                newValues.at(i).second},
                               error)) {
            return false;
        }
    }
    const QList<std::tuple<QString, QString, QString>> followUps{
        {Semester1, before.followUpSemester1, after.followUpSemester1},
        {YearEnd, before.followUpYearEnd, after.followUpYearEnd}};
    for (const auto &[period, old, now] : followUps) {
        if (old != now &&
            !ChangeLog::record(db, author, {QStringLiteral("plan_followup"), key, period, old, now}, error)) {
            return false;
        }
    }
    return true;
}

bool PlanRepository::remove(QSqlDatabase &db, const QString &author, const PlanItem &item, QString *error)
{
    QSqlQuery query(db);
    return Sql::run(query, QStringLiteral("DELETE FROM plan_item WHERE id = :id"), {{"id", item.id}}, error) &&
           ChangeLog::record(
               db, author, {QStringLiteral("plan_item"), QString::number(item.id), QString(), item.content, {}}, error);
}

bool PlanRepository::writeOrder(QSqlDatabase &db, const QList<PlanItem> &items, QString *error)
{
    QSqlQuery query(db);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!Sql::run(query, QStringLiteral("UPDATE plan_item SET sort_order = :n WHERE id = :id"),
                      {{"n", i + 1}, {"id", items.at(i).id}}, error)) {
            return false;
        }
    }
    return true;
}

} // namespace Minh::Core
