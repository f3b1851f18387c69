#pragma once

#include "planitem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Reads and writes improvement-plan rows. Writes run inside the caller's transaction.
class PlanRepository
{
public:
    [[nodiscard]] static bool load(const QSqlDatabase &db, QList<PlanItem> *items, QString *error);
    [[nodiscard]] static bool add(QSqlDatabase &db, const QString &author, PlanItem *item, QString *error);
};

} // namespace Minh::Core
