#pragma once

#include "document/evidenceitem.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QTemporaryDir>
#include <QThreadPool>

#include <atomic>

namespace Minh::Core {

struct ExtractedFile
{
    QString path;  // set on success
    QString error; // translated; set on failure
};

// Stored evidence files written to a private temporary folder, to draw thumbnails of them or to
// open them with the computer's own programs. Extraction runs on a worker thread with a read-only
// connection of its own (the document's connection belongs to the GUI thread) and streams through
// EvidenceStore::read, which checks each file's SHA-256. A file extracted once is reused until
// the school changes; the folder is deleted with this object.
class EvidenceTempFiles
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EvidenceTempFiles)

public:
    EvidenceTempFiles();
    ~EvidenceTempFiles();

    // The school file to read from; forgets what was extracted from the previous one.
    void setSchoolPath(const QString &path);

    // Returns at once; the file is named after the item like EvidenceExtractor names it.
    QFuture<ExtractedFile> extract(const EvidenceItem &item, const EvidenceFile &file);
    // Writes a stored content to `target` (a path the caller made safe and unique), in the background.
    QFuture<ExtractedFile> write(qint64 contentId, const QString &target);

private:
    ExtractedFile run(const QString &schoolPath, qint64 contentId, const QString &target);

    QTemporaryDir m_dir;
    QString m_schoolPath;
    int m_generation = 0; // one subfolder per school opened, so names never mix
    QMutex m_mutex;       // guards m_done
    QHash<QString, QString> m_done;
    // Stops the extractions under way (after their current chunk) when the school changes or
    // this object goes, so that the window never waits for a large file it no longer needs.
    std::atomic<bool> m_stopping = false;
    // Last, so that it waits for its workers before the folder goes away.
    QThreadPool m_pool;
};

} // namespace Minh::Core
