#include "connectionsettings.h"

#include "sql.h"

namespace Minh::Core {

bool ConnectionSettings::apply(const QSqlDatabase &db, bool writable, QString *error)
{
    return Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
           && Sql::run(db, QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB), error)
           && (!writable
               || (Sql::run(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error)
                   && Sql::run(db, QStringLiteral("PRAGMA synchronous = FULL"), error)));
}

} // namespace Minh::Core
