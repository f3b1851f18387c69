#include "recoverycopy.h"

#include "util/logging.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <memory>

namespace Minh::Core {

namespace {

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};

// How long the copy waits for another connection's write lock on the file before giving up.
constexpr int BusyRetries = 600;
constexpr int BusyWaitMs = 100;

} // namespace

sqlite3 *RecoveryCopy::handle(const QSqlDatabase &db)
{
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    // Qt's SQLite driver on Debian uses the system library, the one linked here; a Qt that bundles
    // its own copy would hand out a handle of another library. The version is asked through Qt
    // first (safe whatever the library); only then is the VFS object of the handle compared with
    // this library's own, which is the same object only if the library is the same.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion())) {
        return nullptr;
    }
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_vfs *vfs = nullptr;
    if (sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs
        || vfs != sqlite3_vfs_find(vfs->zName)) {
        return nullptr;
    }
    return connection;
}

QFuture<QString> RecoveryCopy::start(sqlite3 *source, const QString &target)
{
    return QtConcurrent::run([source, target](QPromise<QString> &promise) { promise.addResult(run(source, target, &promise)); });
}

QString RecoveryCopy::run(sqlite3 *source, const QString &target, QPromise<QString> *promise)
{
    const QString partial = target + QStringLiteral(".part");
    const auto failed = [&](const QString &why) {
        qCWarning(lcMinhSql) << "recovery copy to" << target << "failed:" << why;
        QFile::remove(partial);
        return why;
    };
    // Only a copy cut short by a killed Minh can be there under this name; it is no database.
    QFile::remove(partial);
    sqlite3 *opened = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &opened,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, CloseConnection> copy(opened);
    if (rc != SQLITE_OK) {
        return failed(QString::fromUtf8(opened ? sqlite3_errmsg(opened) : sqlite3_errstr(rc)));
    }
    // The copy is on the disk when the backup's last step commits, before it gets its name.
    if (sqlite3_exec(copy.get(), "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return failed(QString::fromUtf8(sqlite3_errmsg(copy.get())));
    }
    sqlite3_backup *backup = sqlite3_backup_init(copy.get(), "main", source, "main");
    if (!backup) {
        return failed(QString::fromUtf8(sqlite3_errmsg(copy.get())));
    }
    int step = SQLITE_OK;
    for (int busy = 0; busy < BusyRetries;) {
        step = sqlite3_backup_step(backup, PagesPerStep);
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED) {
            // Another connection (an import on a worker thread) is writing the file; it ends soon.
            ++busy;
            QThread::msleep(BusyWaitMs);
            continue;
        }
        busy = 0;
        if (promise) {
            const int total = sqlite3_backup_pagecount(backup);
            promise->setProgressRange(0, total);
            promise->setProgressValue(total - sqlite3_backup_remaining(backup));
        }
        if (step != SQLITE_OK) {
            break;
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (step == SQLITE_BUSY || step == SQLITE_LOCKED) {
        return failed(tr("another connection kept the file locked for a minute"));
    }
    if (step != SQLITE_DONE || finished != SQLITE_OK) {
        return failed(QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finished)));
    }
    if (sqlite3_close(copy.release()) != SQLITE_OK) {
        return failed(tr("the copy could not be closed"));
    }
    if (!QFile::rename(partial, target)) {
        return failed(tr("the finished copy could not be renamed"));
    }
    return {};
}

} // namespace Minh::Core
