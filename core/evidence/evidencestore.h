#pragma once

#include "document/evidenceitem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QIODevice;

namespace Minh::Core {

// Evidence file contents inside the school file: streamed in fixed-size chunks, addressed by
// SHA-256, stored once however many items attach them. Every call runs inside the caller's
// transaction, so an import that fails or is cancelled leaves nothing behind.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EvidenceStore)

public:
    static constexpr qint64 ChunkSize = 1024 * 1024;

    // Return false to cancel; `done` and `total` are bytes.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Imported
    {
        EvidenceFile file;
        bool duplicate = false; // the content was already stored: it was linked, not stored again
        bool repaired = false;  // ...and the stored copy, which had lost parts, was replaced by this one
    };

    explicit EvidenceStore(QSqlDatabase db);

    // Streams the file at `path` into the store and attaches it to the item.
    [[nodiscard]] bool import(qint64 itemId, const QString &path, Imported *result, const Progress &progress = {});

    // Streams a stored content into `out`, checking it against its SHA-256 on the way.
    [[nodiscard]] bool read(qint64 contentId, QIODevice *out, const Progress &progress = {});

    // Stored contents whose parts are not all there (counted from the index, no content is read).
    QList<qint64> incompleteContents() const;
    // Whether every part of one stored content is there (counted the same way).
    bool isComplete(qint64 contentId) const;

    // The items (codes) other than `itemId` that attach the same content.
    QStringList itemsSharing(qint64 contentId, qint64 itemId) const;

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool storeContent(QIODevice *in, const QString &path, qint64 *contentId, QString *sha256, bool *duplicate,
                      const Progress &progress);

    QSqlDatabase m_db;
    QString m_error;
    bool m_repaired = false;
};

} // namespace Minh::Core
