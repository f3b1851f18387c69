#include "councilrepository.h"

#include "changelog.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Minh::Core {

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
                  QStringLiteral("INSERT INTO council_member (full_name, position, role, duty, working_group, sort_order) "
                                 "VALUES (:name, :position, :role, :duty, :group, "
                                 "(SELECT coalesce(max(sort_order), 0) + 1 FROM council_member))"),
                  {{"name", member->fullName},
                   {"position", member->position},
                   {"role", councilRoleKey(member->role)},
                   {"duty", member->duty},
                   {"group", member->workingGroup}},
                  error)) {
        return false;
    }
    member->id = query.lastInsertId().toLongLong();
    for (const QString &code : std::as_const(member->criteria)) {
        QSqlQuery assign(db);
        if (!Sql::run(assign,
                      QStringLiteral("INSERT INTO criterion_assignment (council_member_id, criterion_code) "
                                     "VALUES (:member, :code)"),
                      {{"member", member->id}, {"code", code}}, error)) {
            return false;
        }
    }
    return ChangeLog::record(db, author,
                             {QStringLiteral("council_member"), QString::number(member->id), QString(), {}, member->fullName},
                             error);
}

} // namespace Minh::Core
