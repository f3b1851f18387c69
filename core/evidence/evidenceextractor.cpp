#include "evidenceextractor.h"

#include "document/schooldocument.h"
#include "safefilename.h"
#include "savefilecommitter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace Minh::Core {

EvidenceExtractor::EvidenceExtractor(const SchoolDocument &document)
    : m_document(document)
{
}

bool EvidenceExtractor::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool EvidenceExtractor::prepareFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        return fail(tr("“%1” is a file, not a folder.").arg(folder));
    }
    if (!QDir().mkpath(folder)) {
        return fail(tr("The folder “%1” cannot be created.").arg(folder));
    }
    return true;
}

bool EvidenceExtractor::extract(const EvidenceItem &item, const QString &folder, QSet<QString> *taken,
                                SaveFileCommitter *committer, const EvidenceStore::Progress &progress)
{
    EvidenceStore store = m_document.evidenceStore();
    const QDir dir(folder);
    for (const EvidenceFile &file : item.files) {
        // Every name is sanitised: it has no separators, so the path cannot leave `folder`.
        const QString name = SafeFileName::unique(SafeFileName::forEvidence(item.code, item.title, file.fileName),
                                                  SafeFileName::extensionOf(file.fileName), taken);
        const QString path = dir.filePath(name);
        auto out = std::make_unique<QSaveFile>(path);
        if (!out->open(QIODevice::WriteOnly)) {
            return fail(tr("The file “%1” cannot be written: %2").arg(path, out->errorString()));
        }
        if (!store.read(file.contentId, out.get(), progress)) {
            out->cancelWriting();
            return fail(tr("%1 could not be extracted: %2").arg(item.code, store.errorString()));
        }
        if (!committer->commit(std::move(out))) {
            return fail(committer->errorString());
        }
    }
    return true;
}

bool EvidenceExtractor::finish(SaveFileCommitter *committer, bool extracted)
{
    // Files handed over before a failure are still committed whole, as they were before the failure.
    const bool committed = committer->finish();
    m_written = committer->committed();
    if (!extracted) {
        return false;
    }
    return committed || fail(committer->errorString());
}

bool EvidenceExtractor::extractItem(const QString &code, const QString &folder, const EvidenceStore::Progress &progress)
{
    m_written.clear();
    const EvidenceItem *item = m_document.evidenceItem(code);
    if (!item) {
        return fail(tr("There is no evidence item with the code %1.").arg(code));
    }
    if (item->files.isEmpty()) {
        return fail(tr("%1 has no files; it is kept at: %2").arg(code, item->location.isEmpty() ? tr("(no place given)") : item->location));
    }
    QSet<QString> taken;
    const QStringList existing = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : existing) {
        taken.insert(name.toCaseFolded());
    }
    SaveFileCommitter committer;
    return finish(&committer, prepareFolder(folder) && extract(*item, folder, &taken, &committer, progress));
}

bool EvidenceExtractor::extractAll(const QString &folder, const EvidenceStore::Progress &progress)
{
    m_written.clear();
    if (!prepareFolder(folder)) {
        return false;
    }
    QHash<QString, QSet<QString>> takenPerFolder;
    SaveFileCommitter committer;
    for (const EvidenceItem &item : m_document.evidence()) {
        if (item.files.isEmpty()) {
            continue;
        }
        const Criterion *criterion = m_document.framework().criterion(item.criterionCode);
        const QString sub = QDir(folder).filePath(
            SafeFileName::sanitize(tr("Standard %1").arg(criterion ? criterion->standardNumber : 0)));
        if (!takenPerFolder.contains(sub)) {
            QSet<QString> &taken = takenPerFolder[sub];
            const QStringList existing = QDir(sub).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            for (const QString &name : existing) {
                taken.insert(name.toCaseFolded());
            }
        }
        if (!prepareFolder(sub) || !extract(item, sub, &takenPerFolder[sub], &committer, progress)) {
            return finish(&committer, false);
        }
    }
    return finish(&committer, true);
}

} // namespace Minh::Core
