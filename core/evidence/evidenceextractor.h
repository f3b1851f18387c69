#pragma once

#include "evidencestore.h"

#include <QCoreApplication>
#include <QStringList>

namespace Minh::Core {

class SaveFileCommitter;
class SchoolDocument;

// Writes stored evidence files back to disk under names built from code and title, safe on
// Windows, only ever inside the folder the user chose. Each file goes through QSaveFile, so a
// failure or a cancel leaves no half-written file; each is committed (flushed to the disk) while
// the next is written (SaveFileCommitter).
class EvidenceExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EvidenceExtractor)

public:
    explicit EvidenceExtractor(const SchoolDocument &document);

    // One item's files, straight into `folder`.
    [[nodiscard]] bool extractItem(const QString &code, const QString &folder, const EvidenceStore::Progress &progress = {});
    // Every item's files, in one subfolder per standard.
    [[nodiscard]] bool extractAll(const QString &folder, const EvidenceStore::Progress &progress = {});

    QStringList writtenFiles() const { return m_written; }
    QString errorString() const { return m_error; }

private:
    bool extract(const EvidenceItem &item, const QString &folder, QSet<QString> *taken, SaveFileCommitter *committer,
                 const EvidenceStore::Progress &progress);
    // Waits for the last file's commit and collects the written files; `extracted` is false when
    // extraction stopped early (the error is already set).
    bool finish(SaveFileCommitter *committer, bool extracted);
    bool prepareFolder(const QString &folder);
    bool fail(const QString &message);

    const SchoolDocument &m_document;
    QStringList m_written;
    QString m_error;
};

} // namespace Minh::Core
