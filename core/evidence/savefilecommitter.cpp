#include "savefilecommitter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Minh::Core {

SaveFileCommitter::SaveFileCommitter()
{
    // One thread: commits stay in order, and at most one finished file waits in memory.
    m_thread.setMaxThreadCount(1);
}

SaveFileCommitter::~SaveFileCommitter()
{
    m_pending.waitForFinished();
}

bool SaveFileCommitter::finish()
{
    if (!m_pendingFile) {
        return m_error.isEmpty();
    }
    const QString error = m_pending.result();
    if (error.isEmpty()) {
        m_committed.append(m_pendingFile->fileName());
    } else if (m_error.isEmpty()) {
        m_error = error;
    }
    m_pending = {};
    m_pendingFile.reset();
    return m_error.isEmpty();
}

bool SaveFileCommitter::commit(std::unique_ptr<QSaveFile> file)
{
    if (!finish()) {
        file->cancelWriting();
        return false;
    }
    m_pendingFile = std::move(file);
    // Only the pool's thread touches the file until the commit ends; it is destroyed here after.
    m_pending = QtConcurrent::run(&m_thread, [file = m_pendingFile.get()] {
        return file->commit() ? QString() : tr("The file “%1” cannot be written: %2").arg(file->fileName(), file->errorString());
    });
    return true;
}

} // namespace Minh::Core
