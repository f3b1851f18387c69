#pragma once

#include "evidencefield.h"
#include "evidenceitem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Reads and writes evidence metadata and citations. Writes run inside the caller's transaction.
class EvidenceRepository
{
public:
    // Every item with its citations and files, in the order of their ids.
    [[nodiscard]] static bool load(const QSqlDatabase &db, QList<EvidenceItem> *items, QString *error);
    // Only the item `id` (nothing when it no longer exists): a document that adds one item reads
    // that item back, not all of them, so that adding n items costs n reads and not n².
    [[nodiscard]] static bool loadOne(const QSqlDatabase &db, qint64 id, QList<EvidenceItem> *items, QString *error);
    [[nodiscard]] static bool add(QSqlDatabase &db, const QString &author, EvidenceItem *item, QString *error);
    // Deletes the item with its file links and citations. The stored contents stay, so that undo
    // can bring the item back without the original files.
    [[nodiscard]] static bool remove(QSqlDatabase &db, const QString &author, const EvidenceItem &item, QString *error);
    // Puts back an item removed by remove(), with its id, code, files and citations.
    [[nodiscard]] static bool restore(QSqlDatabase &db, const QString &author, const EvidenceItem &item, QString *error);
    [[nodiscard]] static bool setField(QSqlDatabase &db, const QString &author, const EvidenceItem &item,
                                       EvidenceField field, const QString &value, QString *error);
    [[nodiscard]] static bool setCited(QSqlDatabase &db, const QString &author, const EvidenceItem &item,
                                       const QString &criterion, bool cited, QString *error);

private:
    static bool loadRange(const QSqlDatabase &db, qint64 first, qint64 last, QList<EvidenceItem> *items, QString *error);
};

} // namespace Minh::Core
