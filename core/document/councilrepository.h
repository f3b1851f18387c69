#pragma once

#include "councilmember.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Reads and writes council members and their criterion assignments. Writes run inside the
// caller's transaction.
class CouncilRepository
{
public:
    [[nodiscard]] static bool load(const QSqlDatabase &db, QList<CouncilMember> *members, QString *error);
    [[nodiscard]] static bool add(QSqlDatabase &db, const QString &author, CouncilMember *member, QString *error);
};

} // namespace Minh::Core
