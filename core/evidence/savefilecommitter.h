#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QSaveFile>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace Minh::Core {

// Commits written QSaveFiles on a thread of its own, one at a time and in order, while the caller
// writes the next file. QSaveFile::commit() makes the file durable (fsync) before its name
// appears, and extraction used to wait for that once per file with nothing else going on; at 407
// files that was most of the time of "extract all" beyond the bare copy. Now the disk flushes one
// file while the next is read from the school file, checked and written. The guarantee is
// QSaveFile's own: a name appears only for a complete file that is on the disk.
class SaveFileCommitter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SaveFileCommitter)

public:
    SaveFileCommitter();
    // Waits for the commit in flight: a file handed over is never left half-done.
    ~SaveFileCommitter();
    SaveFileCommitter(const SaveFileCommitter &) = delete;
    SaveFileCommitter &operator=(const SaveFileCommitter &) = delete;

    // Takes a file whose contents are all written and starts its commit, once the previous one
    // is done. False (see errorString()) when the previous commit failed; `file` is then discarded.
    [[nodiscard]] bool commit(std::unique_ptr<QSaveFile> file);
    // Waits for the last commit. False when it failed.
    [[nodiscard]] bool finish();

    // The files committed so far, in the order they were handed over.
    QStringList committed() const { return m_committed; }
    QString errorString() const { return m_error; }

private:
    QThreadPool m_thread;
    std::unique_ptr<QSaveFile> m_pendingFile; // owned here, used by the pool's thread until m_pending ends
    QFuture<QString> m_pending;               // the commit in flight: empty text when it succeeded
    QStringList m_committed;
    QString m_error;
};

} // namespace Minh::Core
