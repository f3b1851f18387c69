#include "evidencetempfiles.h"

#include "evidencestore.h"
#include "safefilename.h"
#include "storage/workerconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Minh::Core {

EvidenceTempFiles::EvidenceTempFiles()
    : m_dir(QDir::temp().filePath(QStringLiteral("minh-evidence-XXXXXX")))
{
    // One at a time: the laptops have two cores and one disk, and the window must stay responsive.
    m_pool.setMaxThreadCount(1);
}

EvidenceTempFiles::~EvidenceTempFiles()
{
    m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void EvidenceTempFiles::setSchoolPath(const QString &path)
{
    m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
    m_stopping = false;
    m_schoolPath = path;
    ++m_generation;
    QMutexLocker lock(&m_mutex);
    m_done.clear();
}

QFuture<ExtractedFile> EvidenceTempFiles::extract(const EvidenceItem &item, const EvidenceFile &file)
{
    if (!m_dir.isValid()) {
        return QtFuture::makeReadyFuture(ExtractedFile{{}, tr("Minh cannot create a temporary folder.")});
    }
    // The content decides the subfolder, the item the name: "H1-1.1-01 Kế hoạch.pdf".
    const QString folder = m_dir.filePath(QStringLiteral("%1/%2").arg(m_generation).arg(file.contentId));
    const QString target = QDir(folder).filePath(SafeFileName::forEvidence(item.code, item.title, file.fileName));
    {
        QMutexLocker lock(&m_mutex);
        if (m_done.contains(target) && QFileInfo::exists(target)) {
            return QtFuture::makeReadyFuture(ExtractedFile{target, {}});
        }
    }
    return QtConcurrent::run(&m_pool, [this, school = m_schoolPath, id = file.contentId, target] {
        ExtractedFile result = run(school, id, target);
        if (!result.path.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_done.insert(target, target);
        }
        return result;
    });
}

QFuture<ExtractedFile> EvidenceTempFiles::write(qint64 contentId, const QString &target)
{
    return QtConcurrent::run(
        &m_pool, [this, school = m_schoolPath, contentId, target] { return run(school, contentId, target); });
}

ExtractedFile EvidenceTempFiles::run(const QString &schoolPath, qint64 contentId, const QString &target)
{
    if (QFileInfo::exists(target)) {
        return {target, {}};
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return {{}, tr("Minh cannot create a temporary folder.")};
    }
    WorkerConnection connection(schoolPath, WorkerConnection::Access::ReadOnly);
    if (!connection.isOpen()) {
        return {{}, connection.errorString()};
    }
    EvidenceStore store(connection.database());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        return {{}, tr("The file “%1” cannot be written: %2").arg(target, out.errorString())};
    }
    if (!store.read(contentId, &out, [this](qint64, qint64) { return !m_stopping; })) {
        out.cancelWriting();
        return {{}, store.errorString()};
    }
    if (!out.commit()) {
        return {{}, tr("The file “%1” cannot be written: %2").arg(target, out.errorString())};
    }
    return {target, {}};
}

} // namespace Minh::Core
