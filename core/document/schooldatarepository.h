#pragma once

#include "planactivity.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Reads and writes the school data of schema 3: figures per school year, printed-document
// settings and the plan's timeline. Writes run inside the caller's transaction and log the change.
class SchoolDataRepository
{
public:
    // Keys of the hashes are "<school year>\n<figure>" and "<document>\n<field>".
    static QString key(const QString &owner, const QString &field) { return owner + QLatin1Char('\n') + field; }

    [[nodiscard]] static bool load(const QSqlDatabase &db, QHash<QString, QString> *figures,
                                   QHash<QString, QString> *settings, QList<PlanActivity> *activities, QString *error);
    // An empty value deletes the row.
    [[nodiscard]] static bool writeFigure(QSqlDatabase &db, const QString &author, const QString &schoolYear,
                                          const QString &figure, const QString &oldValue, const QString &value,
                                          QString *error);
    [[nodiscard]] static bool writeSetting(QSqlDatabase &db, const QString &author, const QString &document,
                                           const QString &field, const QString &oldValue, const QString &value,
                                           QString *error);
    // Inserts (id 0: a new id; otherwise that id, to restore a removed row) or updates by id.
    [[nodiscard]] static bool writeActivity(QSqlDatabase &db, const QString &author, PlanActivity *activity,
                                            bool insert, QString *error);
    [[nodiscard]] static bool removeActivity(QSqlDatabase &db, const QString &author, const PlanActivity &activity,
                                             QString *error);
};

} // namespace Minh::Core
