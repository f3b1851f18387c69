#include "workerconnection.h"

#include "connectionsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace Minh::Core {

// "file:" with an empty authority and the whole path percent-encoded (UTF-8): "/tmp/a #1.minh"
// becomes "file:///tmp/a%20%231.minh", "C:/x.minh" "file:///C:/x.minh" and a Windows share
// "//server/share/x.minh" "file:////server/share/x.minh", since SQLite refuses any authority.
QString WorkerConnection::sqliteUri(const QString &path, Access access)
{
    QString absolute = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!absolute.startsWith(QLatin1Char('/'))) {
        absolute.prepend(QLatin1Char('/'));
    }
    return QStringLiteral("file://") + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:"))
           + (access == Access::ReadOnly ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=rw"));
}

WorkerConnection::WorkerConnection(const QString &path, Access access)
    : m_name(QStringLiteral("minh-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    // As a URI with mode=rw or ro: SQLite would otherwise create an empty database where the school
    // file was, when the file is moved or deleted before a background job starts, and the job
    // would then fail on that empty file and leave it behind.
    m_db.setDatabaseName(sqliteUri(path, access));
    // The window's own connection may be committing a short edit; wait for it rather than fail.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_URI");
    if (access == Access::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db.setConnectOptions(options);
    QString error;
    if (!m_db.open()) {
        m_error = QFileInfo::exists(path)
                      ? tr("The file “%1” cannot be opened: %2").arg(path, m_db.lastError().text())
                      : tr("The file “%1” was moved or deleted while it was open, so nothing was read from it or "
                           "written to it.")
                            .arg(path);
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
