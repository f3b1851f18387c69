#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Minh::Core {

// Copies everything committed in an open connection's database to a new file, on a worker
// thread, with SQLite's online backup in steps of a few megabytes (progress in pages).
//
// It exists for a school file that was moved or deleted while open: its contents are then only
// reachable through the connection that still has it open (no path leads to it any more, and
// SQLite opens no file descriptor by number), so the copy has to use that very connection. Qt's
// connections belong to the thread that opened them; the job therefore works on the connection's
// SQLite handle and must have it to itself from start() until the future finishes: the caller
// (SchoolFile) hands out no connection meanwhile.
class RecoveryCopy
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::RecoveryCopy)

public:
    static constexpr int PagesPerStep = 64; // 4 MiB of a school file's 64 KiB pages

    // The SQLite handle behind `db`, or null when it does not belong to the SQLite library Minh
    // links (a Qt built with its own copy of SQLite): then no handle may be passed to start().
    static sqlite3 *handle(const QSqlDatabase &db);

    // Starts copying on a worker thread. The result is empty on success, else why it failed (a
    // few words, for a message that names the files). `target` appears only complete: the copy is
    // written as "<target>.part" first.
    static QFuture<QString> start(sqlite3 *source, const QString &target);
    // The copy itself, on the calling thread (start() runs it; also for a copy that must end now).
    static QString run(sqlite3 *source, const QString &target, QPromise<QString> *promise = nullptr);
};

} // namespace Minh::Core
