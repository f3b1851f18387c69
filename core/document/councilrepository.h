#pragma once

#include "councilmember.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Reads and writes council members and their criterion assignments. Writes run inside the
// caller's transaction and log what they change.
class CouncilRepository
{
public:
    [[nodiscard]] static bool load(const QSqlDatabase &db, QList<CouncilMember> *members, QString *error);
    // Inserts the member; one with an id (a member being restored by undo) keeps it.
    [[nodiscard]] static bool add(QSqlDatabase &db, const QString &author, CouncilMember *member, QString *error);
    // Writes `after` over the member and its assignments, logging each field that differs.
    [[nodiscard]] static bool update(QSqlDatabase &db, const QString &author, const CouncilMember &before,
                                     const CouncilMember &after, QString *error);
    // Removes the member; its assignments go with it.
    [[nodiscard]] static bool remove(QSqlDatabase &db, const QString &author, const CouncilMember &member,
                                     QString *error);
    [[nodiscard]] static bool writeOrder(QSqlDatabase &db, const QList<CouncilMember> &members, QString *error);
};

} // namespace Minh::Core
