#pragma once

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
};

} // namespace Minh::Core
