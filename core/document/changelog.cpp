#include "changelog.h"

#include "storage/sql.h"
#include "util/timestamps.h"

#include <QSqlQuery>

namespace Minh::Core {

bool ChangeLog::record(QSqlDatabase &db, const QString &author, const Entry &entry, QString *error)
{
    QSqlQuery query(db);
    return Sql::run(query,
                    QStringLiteral("INSERT INTO change_log (changed_at, author, entity, entity_key, field, old_value, "
                                   "new_value) VALUES (:at, :author, :entity, :key, :field, :old, :new)"),
                    {{"at", Timestamps::nowUtc()},
                     {"author", author},
                     {"entity", entry.entity},
                     {"key", entry.key},
                     {"field", entry.field},
                     {"old", entry.oldValue},
                     {"new", entry.newValue}},
                    error);
}

} // namespace Minh::Core
