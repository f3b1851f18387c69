#include "evidencestore.h"

#include "storage/sql.h"
#include "util/sha256.h"
#include "util/text.h"
#include "util/timestamps.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Minh::Core {

EvidenceStore::EvidenceStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool EvidenceStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool EvidenceStore::storeContent(QIODevice *in, const QString &path, qint64 *contentId, QString *sha256, bool *duplicate,
                                 const Progress &progress)
{
    // The content's hash is known only at the end, so the chunks are written under a placeholder
    // row inside a savepoint; a duplicate rolls back to it and links the stored content instead.
    QString error;
    if (!Sql::run(m_db, QStringLiteral("SAVEPOINT evidence_import"), &error)) {
        return fail(error);
    }
    // Should even this fail, the caller's transaction is rolled back as a whole.
    const auto rollback = [&] {
        static_cast<void>(Sql::run(m_db, QStringLiteral("ROLLBACK TO evidence_import"), nullptr));
        static_cast<void>(Sql::run(m_db, QStringLiteral("RELEASE evidence_import"), nullptr));
    };
    QSqlQuery query(m_db);
    if (!Sql::run(query,
                  QStringLiteral("INSERT INTO evidence_content (sha256, size, chunk_count, stored_at) "
                                 "VALUES (:pending, 0, 0, :at)"),
                  {{"pending", QString(QStringLiteral("pending:") + QUuid::createUuid().toString(QUuid::WithoutBraces))},
                   {"at", Timestamps::nowUtc()}},
                  &error)) {
        rollback();
        return fail(error);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    Sha256 hash;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO evidence_chunk (content_id, sequence, data) VALUES (?, ?, ?)"))) {
        rollback();
        return fail(tr("The school file could not be written (%1).").arg(insert.lastError().text()));
    }
    // Exactly the size measured now: a file that grows while it is read (another program still
    // writing it) is refused rather than stored half-way.
    const qint64 total = in->size();
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    int sequence = 0;
    for (;;) {
        const qint64 got = in->read(buffer.data(), std::min(ChunkSize, total - done));
        if (got < 0) {
            rollback();
            return fail(tr("The file “%1” could not be read: %2").arg(path, in->errorString()));
        }
        if (got == 0) {
            char extra = 0;
            if (done != total || in->read(&extra, 1) != 0) {
                rollback();
                return fail(tr("The file “%1” changed while it was being imported; import it again when it is finished.")
                                .arg(path));
            }
            break;
        }
        // fromRawData avoids copying the chunk; the query is done with it before the buffer is reused.
        const QByteArray chunk = QByteArray::fromRawData(buffer.constData(), got);
        hash.addData(chunk);
        insert.bindValue(0, id);
        insert.bindValue(1, sequence++);
        insert.bindValue(2, chunk);
        if (!insert.exec()) {
            rollback();
            return fail(tr("The file “%1” could not be stored in the school file (%2). Is the disk full?")
                            .arg(path, insert.lastError().text()));
        }
        done += got;
        if (progress && !progress(done, total)) {
            rollback();
            return fail(tr("Importing “%1” was cancelled.").arg(path));
        }
    }
    *sha256 = hash.hexResult();
    if (!Sql::run(query, QStringLiteral("SELECT id FROM evidence_content WHERE sha256 = :sha"), {{"sha", *sha256}}, &error)) {
        rollback();
        return fail(error);
    }
    if (query.next()) {
        const qint64 existing = query.value(0).toLongLong();
        if (isComplete(existing)) {
            rollback();
            *contentId = existing;
            *duplicate = true;
            return true;
        }
        // The stored copy has lost parts: the complete copy just read takes its place.
        if (!Sql::run(query, QStringLiteral("DELETE FROM evidence_chunk WHERE content_id = :old"), {{"old", existing}}, &error)
            || !Sql::run(query, QStringLiteral("UPDATE evidence_chunk SET content_id = :old WHERE content_id = :new"),
                         {{"old", existing}, {"new", id}}, &error)
            || !Sql::run(query, QStringLiteral("UPDATE evidence_content SET size = :size, chunk_count = :chunks WHERE id = :old"),
                         {{"size", done}, {"chunks", sequence}, {"old", existing}}, &error)
            || !Sql::run(query, QStringLiteral("DELETE FROM evidence_content WHERE id = :new"), {{"new", id}}, &error)
            || !Sql::run(m_db, QStringLiteral("RELEASE evidence_import"), &error)) {
            rollback();
            return fail(error);
        }
        *contentId = existing;
        *duplicate = true;
        m_repaired = true;
        return true;
    }
    if (!Sql::run(query,
                  QStringLiteral("UPDATE evidence_content SET sha256 = :sha, size = :size, chunk_count = :chunks WHERE id = :id"),
                  {{"sha", *sha256}, {"size", done}, {"chunks", sequence}, {"id", id}}, &error)
        || !Sql::run(m_db, QStringLiteral("RELEASE evidence_import"), &error)) {
        rollback();
        return fail(error);
    }
    *contentId = id;
    *duplicate = false;
    return true;
}

bool EvidenceStore::import(qint64 itemId, const QString &path, Imported *result, const Progress &progress)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        return fail(tr("“%1” is a folder; choose the files inside it.").arg(path));
    }
    const QString schoolFile = QFileInfo(Sql::mainFilePath(m_db)).canonicalFilePath();
    const QString target = info.canonicalFilePath();
    if (!target.isEmpty() && (target == schoolFile || target == schoolFile + QStringLiteral("-journal")
                              || target == schoolFile + QStringLiteral(".lock"))) {
        return fail(tr("“%1” is the school file itself (or one of its working files) and cannot be evidence in it.").arg(path));
    }
    // A pipe or a device would never end; only ordinary files are evidence.
    if (info.exists() && !info.isFile()) {
        return fail(tr("“%1” is not an ordinary file.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("The file “%1” could not be read: %2").arg(path, file.errorString()));
    }
    qint64 contentId = 0;
    QString sha256;
    bool duplicate = false;
    m_repaired = false;
    if (!storeContent(&file, path, &contentId, &sha256, &duplicate, progress)) {
        return false;
    }
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::run(query, QStringLiteral("SELECT 1 FROM evidence_file WHERE evidence_item_id = :item AND content_id = :content"),
                  {{"item", itemId}, {"content", contentId}}, &error)) {
        return fail(error);
    }
    if (query.next()) {
        return fail(tr("The file “%1” is already attached to this item.").arg(path));
    }
    EvidenceFile attached;
    attached.contentId = contentId;
    attached.fileName = Text::nfc(info.fileName());
    attached.sha256 = sha256;
    attached.size = file.size();
    attached.addedAt = Timestamps::nowUtc();
    if (!Sql::run(query,
                  QStringLiteral("INSERT INTO evidence_file (evidence_item_id, content_id, file_name, added_at) "
                                 "VALUES (:item, :content, :name, :at)"),
                  {{"item", itemId}, {"content", contentId}, {"name", attached.fileName}, {"at", attached.addedAt}},
                  &error)) {
        return fail(error);
    }
    attached.id = query.lastInsertId().toLongLong();
    *result = {attached, duplicate, m_repaired};
    return true;
}

bool EvidenceStore::read(qint64 contentId, QIODevice *out, const Progress &progress)
{
    QSqlQuery content(m_db);
    QString error;
    if (!Sql::run(content, QStringLiteral("SELECT sha256, size, chunk_count FROM evidence_content WHERE id = :id"),
                  {{"id", contentId}}, &error)
        || !content.next()) {
        return fail(error.isEmpty() ? tr("The school file has no stored file with number %1.").arg(contentId) : error);
    }
    const QString expected = content.value(0).toString();
    const qint64 size = content.value(1).toLongLong();
    const int chunks = content.value(2).toInt();
    QSqlQuery query(m_db);
    // Forward-only: the driver keeps one chunk at a time instead of caching every row read.
    query.setForwardOnly(true);
    // A chunk larger than any Minh writes is damage (or a hostile file); it is never fetched, so it
    // cannot make extraction hold gigabytes in memory.
    if (!Sql::run(query,
                  QStringLiteral("SELECT sequence, data FROM evidence_chunk WHERE content_id = :id AND length(data) <= :max "
                                 "ORDER BY sequence"),
                  {{"id", contentId}, {"max", ChunkSize}}, &error)) {
        return fail(error);
    }
    Sha256 hash;
    qint64 done = 0;
    int next = 0;
    while (query.next()) {
        if (query.value(0).toInt() != next++) {
            return fail(tr("A stored file is damaged: part %1 is missing.").arg(next - 1));
        }
        const QByteArray data = query.value(1).toByteArray();
        hash.addData(data);
        if (out->write(data) != data.size()) {
            return fail(tr("The file could not be written: %1").arg(out->errorString()));
        }
        done += data.size();
        if (progress && !progress(done, size)) {
            return fail(tr("Extracting was cancelled."));
        }
    }
    if (next != chunks || done != size || hash.hexResult() != expected) {
        return fail(tr("A stored file is damaged: its content no longer matches its SHA-256 checksum."));
    }
    return true;
}

bool EvidenceStore::isComplete(qint64 contentId) const
{
    // Only this content's parts are counted: checking every stored content here made importing n
    // files that are already stored cost n times the whole store.
    QSqlQuery query(m_db);
    return Sql::run(query,
                    QStringLiteral("SELECT c.chunk_count = (SELECT count(*) FROM evidence_chunk AS k WHERE k.content_id = c.id) "
                                   "FROM evidence_content AS c WHERE c.id = :id"),
                    {{"id", contentId}}, nullptr)
           && query.next() && query.value(0).toBool();
}

QList<qint64> EvidenceStore::incompleteContents() const
{
    QSqlQuery query(m_db);
    QList<qint64> ids;
    if (Sql::run(query,
                 QStringLiteral("SELECT c.id FROM evidence_content AS c WHERE c.chunk_count != "
                                "(SELECT count(*) FROM evidence_chunk AS k WHERE k.content_id = c.id)"),
                 {}, nullptr)) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

QStringList EvidenceStore::itemsSharing(qint64 contentId, qint64 itemId) const
{
    QSqlQuery query(m_db);
    QStringList codes;
    if (Sql::run(query,
                 QStringLiteral("SELECT i.code FROM evidence_file AS f JOIN evidence_item AS i ON i.id = f.evidence_item_id "
                                "WHERE f.content_id = :content AND f.evidence_item_id != :item ORDER BY i.id"),
                 {{"content", contentId}, {"item", itemId}}, nullptr)) {
        while (query.next()) {
            codes.append(query.value(0).toString());
        }
    }
    return codes;
}

} // namespace Minh::Core
