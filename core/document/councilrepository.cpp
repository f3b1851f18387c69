#include "councilrepository.h"

#include "changelog.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Minh::Core {

namespace {

bool writeAssignments(QSqlDatabase &db, const CouncilMember &member, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("DELETE FROM criterion_assignment WHERE council_member_id = :member"),
                  {{"member", member.id}}, error)) {
        return false;
    }
    for (const QString &code : member.criteria) {
        if (!Sql::run(query,
                      QStringLiteral("INSERT INTO criterion_assignment (council_member_id, criterion_code) "
                                     "VALUES (:member, :code)"),
                      {{"member", member.id}, {"code", code}}, error)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool CouncilRepository::load(const QSqlDatabase &db, QList<CouncilMember> *members, QString *error)
{
    members->clear();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, full_name, position, role, duty, working_group FROM council_member "
                                 "ORDER BY sort_order, id"),
                  {}, error)) {
        return false;
    }
    while (query.next()) {
        CouncilMember m;
        m.id = query.value(0).toLongLong();
        m.fullName = query.value(1).toString();
        m.position = query.value(2).toString();
        m.role = councilRoleFromKey(query.value(3).toString()).value_or(CouncilRole::Member);
        m.duty = query.value(4).toString();
        m.workingGroup = query.value(5).toString();
        members->append(m);
    }
    QSqlQuery assignments(db);
    if (!Sql::run(assignments,
                  QStringLiteral("SELECT council_member_id, criterion_code FROM criterion_assignment ORDER BY rowid"),
                  {}, error)) {
        return false;
    }
    while (assignments.next()) {
        for (CouncilMember &m : *members) {
            if (m.id == assignments.value(0).toLongLong()) {
                m.criteria.append(assignments.value(1).toString());
            }
        }
    }
    return true;
}

bool CouncilRepository::add(QSqlDatabase &db, const QString &author, CouncilMember *member, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("INSERT INTO council_member (id, full_name, position, role, duty, working_group, "
                                 "sort_order) VALUES (:id, :name, :position, :role, :duty, :group, "
                                 "(SELECT coalesce(max(sort_order), 0) + 1 FROM council_member))"),
                  {{"id", member->id > 0 ? QVariant(member->id) : QVariant()},
                   {"name", member->fullName},
                   {"position", member->position},
                   {"role", councilRoleKey(member->role)},
                   {"duty", member->duty},
                   {"group", member->workingGroup}},
                  error)) {
        return false;
    }
    member->id = query.lastInsertId().toLongLong();
    return writeAssignments(db, *member, error) &&
           ChangeLog::record(
               db, author,
               {QStringLiteral("council_member"), QString::number(member->id), QString(), {}, member->fullName}, error);
}

bool CouncilRepository::update(QSqlDatabase &db, const QString &author, const CouncilMember &before,
                               const CouncilMember &after, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("UPDATE council_member SET full_name = :name, position = :position, role = :role, "
                                 "duty = :duty, working_group = :group WHERE id = :id"),
                  {{"id", after.id},
                   {"name", after.fullName},
                   {"position", after.position},
                   {"role", councilRoleKey(after.role)},
                   {"duty", after.duty},
                   {"group", after.workingGroup}},
                  error) ||
        (before.criteria != after.criteria && !writeAssignments(db, after, error))) {
        return false;
    }
    const QList<std::tuple<QString, QString, QString>> fields{
        {QStringLiteral("full_name"), before.fullName, after.fullName},
        {QStringLiteral("position"), before.position, after.position},
        {QStringLiteral("role"), councilRoleKey(before.role), councilRoleKey(after.role)},
        {QStringLiteral("duty"), before.duty, after.duty},
        {QStringLiteral("working_group"), before.workingGroup, after.workingGroup},
        {QStringLiteral("criteria"), before.criteria.join(QLatin1Char(' ')), after.criteria.join(QLatin1Char(' '))}};
    for (const auto &[field, old, now] : fields) {
        if (old != now &&
            !ChangeLog::record(db, author,
                               {QStringLiteral("council_member"), QString::number(after.id), field, old, now}, error)) {
            return false;
        }
    }
    return true;
}

bool CouncilRepository::remove(QSqlDatabase &db, const QString &author, const CouncilMember &member, QString *error)
{
    QSqlQuery query(db);
    return Sql::run(query, QStringLiteral("DELETE FROM council_member WHERE id = :id"), {{"id", member.id}}, error) &&
           ChangeLog::record(
               db, author,
               {QStringLiteral("council_member"), QString::number(member.id), QString(), member.fullName, {}}, error);
}

bool CouncilRepository::writeOrder(QSqlDatabase &db, const QList<CouncilMember> &members, QString *error)
{
    QSqlQuery query(db);
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (!Sql::run(query, QStringLiteral("UPDATE council_member SET sort_order = :n WHERE id = :id"),
                      {{"n", i + 1}, {"id", members.at(i).id}}, error)) {
            return false;
        }
    }
    return true;
}

} // namespace Minh::Core
