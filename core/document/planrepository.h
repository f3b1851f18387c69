#pragma once

#include "planitem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Reads and writes improvement-plan rows and their follow-up entries. Writes run inside the
// caller's transaction and log what they change.
class PlanRepository
{
public:
    [[nodiscard]] static bool load(const QSqlDatabase &db, QList<PlanItem> *items, QString *error);
    // Inserts the row; an item with an id (a row being restored by undo) keeps it.
    [[nodiscard]] static bool add(QSqlDatabase &db, const QString &author, PlanItem *item, QString *error);
    // Writes `after` over the row, logging each field that differs from `before`.
    [[nodiscard]] static bool update(QSqlDatabase &db, const QString &author, const PlanItem &before,
                                     const PlanItem &after, QString *error);
    [[nodiscard]] static bool remove(QSqlDatabase &db, const QString &author, const PlanItem &item, QString *error);
    // Numbers the rows in the order given, so the file keeps the order the council chose.
    [[nodiscard]] static bool writeOrder(QSqlDatabase &db, const QList<PlanItem> &items, QString *error);
};

} // namespace Minh::Core
