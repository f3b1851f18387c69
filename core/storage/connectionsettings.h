#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// The settings every connection to a school file gets, the window's and the background jobs'
// alike, so that a job writes with the same durability and the same cache as the window.
class ConnectionSettings
{
public:
    // SQLite's default cache is 2 MB, 31 pages of a school file's 64 KiB. An evidence file of more
    // than about 1.9 MB then filled the cache in the middle of its import: SQLite wrote pages out
    // early, which costs an extra sync of the journal (two more fsync calls per imported file), and
    // evicted the metadata pages, which the next import read again. 16 MiB holds a scan of up to
    // ~14 MB with the pages every import touches; larger files still spill, once per import.
    static constexpr int CacheKiB = 16 * 1024;

    // foreign_keys=ON and the cache always; for a connection that writes, a rollback journal (the
    // file is a single file at rest, safe to copy to a USB stick) and FULL synchronisation (a
    // committed change survives a power cut or a killed process).
    [[nodiscard]] static bool apply(const QSqlDatabase &db, bool writable, QString *error);
};

} // namespace Minh::Core
