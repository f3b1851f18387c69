#include "workerconnection.h"

#include "connectionsettings.h"

#include <QSqlError>
#include <QUuid>

namespace Minh::Core {

WorkerConnection::WorkerConnection(const QString &path, Access access)
    : m_name(QStringLiteral("minh-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    // The window's own connection may be committing a short edit; wait for it rather than fail.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000");
    if (access == Access::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db.setConnectOptions(options);
    QString error;
    if (!m_db.open()) {
        m_error = tr("The file “%1” cannot be opened: %2").arg(path, m_db.lastError().text());
    } else if (!ConnectionSettings::apply(m_db, access == Access::ReadWrite, &error)) {
        m_error = error;
        m_db.close();
    }
}

WorkerConnection::~WorkerConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Minh::Core
