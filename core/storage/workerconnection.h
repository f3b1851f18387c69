#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// A connection of its own to an open school file, for one job on one worker thread: Qt's SQL
// connections may only be used by the thread that made them, so a background import or extraction
// never touches the document's connection. Made, used and destroyed on the same thread.
class WorkerConnection
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::WorkerConnection)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    WorkerConnection(const QString &path, Access access);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }
    QString errorString() const { return m_error; }
    // The URI the connection opens `path` with: mode=rw never creates a missing file.
    static QString sqliteUri(const QString &path, Access access);

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Minh::Core
