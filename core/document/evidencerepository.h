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
    [[nodiscard]] static bool load(const QSqlDatabase &db, QList<EvidenceItem> *items, QString *error);
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
};

} // namespace Minh::Core
