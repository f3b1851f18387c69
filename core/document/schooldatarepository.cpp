#include "schooldatarepository.h"

#include "changelog.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Minh::Core {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString describe(const PlanActivity &a)
{
    return a.period + QStringLiteral(": ") + a.activity;
}

} // namespace

bool SchoolDataRepository::load(const QSqlDatabase &db, QHash<QString, QString> *figures,
                                QHash<QString, QString> *settings, QList<PlanActivity> *activities, QString *error)
{
    figures->clear();
    settings->clear();
    activities->clear();
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("SELECT school_year, figure, value FROM school_year_figure"), {}, error)) {
        return false;
    }
    while (query.next()) {
        figures->insert(key(query.value(0).toString(), query.value(1).toString()), query.value(2).toString());
    }
    if (!Sql::run(query, QStringLiteral("SELECT document, field, value FROM document_setting"), {}, error)) {
        return false;
    }
    while (query.next()) {
        settings->insert(key(query.value(0).toString(), query.value(1).toString()), query.value(2).toString());
    }
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, period, starts_on, ends_on, activity, owner FROM plan_activity "
                                 "ORDER BY sort_order, id"),
                  {}, error)) {
        return false;
    }
    while (query.next()) {
        activities->append({query.value(0).toLongLong(), query.value(1).toString(),
                            QDate::fromString(query.value(2).toString(), Qt::ISODate),
                            QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString(),
                            query.value(5).toString()});
    }
    return true;
}

bool SchoolDataRepository::writeFigure(QSqlDatabase &db, const QString &author, const QString &schoolYear,
                                       const QString &figure, const QString &oldValue, const QString &value,
                                       QString *error)
{
    QSqlQuery query(db);
    const bool written =
        value.isEmpty()
            ? Sql::run(query, QStringLiteral("DELETE FROM school_year_figure WHERE school_year = :year AND figure = :figure"),
                       {{"year", schoolYear}, {"figure", figure}}, error)
            : Sql::run(query,
                       QStringLiteral("INSERT INTO school_year_figure (school_year, figure, value) VALUES (:year, "
                                      ":figure, :value) ON CONFLICT DO UPDATE SET value = excluded.value"),
                       {{"year", schoolYear}, {"figure", figure}, {"value", value}}, error);
    return written
           && ChangeLog::record(db, author, {QStringLiteral("school_year_figure"), schoolYear, figure, oldValue, value},
                                error);
}

bool SchoolDataRepository::writeSetting(QSqlDatabase &db, const QString &author, const QString &document,
                                        const QString &field, const QString &oldValue, const QString &value,
                                        QString *error)
{
    QSqlQuery query(db);
    const bool written =
        value.isEmpty()
            ? Sql::run(query, QStringLiteral("DELETE FROM document_setting WHERE document = :document AND field = :field"),
                       {{"document", document}, {"field", field}}, error)
            : Sql::run(query,
                       QStringLiteral("INSERT INTO document_setting (document, field, value) VALUES (:document, "
                                      ":field, :value) ON CONFLICT DO UPDATE SET value = excluded.value"),
                       {{"document", document}, {"field", field}, {"value", value}}, error);
    return written
           && ChangeLog::record(db, author, {QStringLiteral("document_setting"), document, field, oldValue, value}, error);
}

bool SchoolDataRepository::writeActivity(QSqlDatabase &db, const QString &author, PlanActivity *activity, bool insert,
                                         QString *error)
{
    QSqlQuery query(db);
    const Sql::Bindings values{{"id", activity->id > 0 ? QVariant(activity->id) : QVariant()},
                               {"period", activity->period},
                               {"starts", isoDate(activity->startsOn)},
                               {"ends", isoDate(activity->endsOn)},
                               {"activity", activity->activity},
                               {"owner", activity->owner}};
    // A restored row keeps its id, and so its place: rows are listed by sort_order (0 until rows can
    // be reordered), then id.
    const bool written =
        insert ? Sql::run(query,
                          QStringLiteral("INSERT INTO plan_activity (id, period, starts_on, ends_on, activity, owner) "
                                         "VALUES (:id, :period, :starts, :ends, :activity, :owner)"),
                          values, error)
               : Sql::run(query,
                          QStringLiteral("UPDATE plan_activity SET period = :period, starts_on = :starts, ends_on = "
                                         ":ends, activity = :activity, owner = :owner WHERE id = :id"),
                          values, error);
    if (!written) {
        return false;
    }
    if (insert && activity->id <= 0) {
        activity->id = query.lastInsertId().toLongLong();
    }
    return ChangeLog::record(db, author,
                             {QStringLiteral("plan_activity"), QString::number(activity->id), QString(),
                              insert ? QVariant() : QVariant(QString()), describe(*activity)},
                             error);
}

bool SchoolDataRepository::removeActivity(QSqlDatabase &db, const QString &author, const PlanActivity &activity,
                                          QString *error)
{
    QSqlQuery query(db);
    return Sql::run(query, QStringLiteral("DELETE FROM plan_activity WHERE id = :id"), {{"id", activity.id}}, error)
           && ChangeLog::record(db, author,
                                {QStringLiteral("plan_activity"), QString::number(activity.id), QString(),
                                 describe(activity), {}},
                                error);
}

} // namespace Minh::Core
