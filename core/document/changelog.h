#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Minh::Core {

// Writes "who changed what and when" rows. Called inside the transaction of the change itself, so
// the log and the data can never disagree.
class ChangeLog
{
public:
    struct Entry
    {
        QString entity;
        QString key;
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };

    [[nodiscard]] static bool record(QSqlDatabase &db, const QString &author, const Entry &entry, QString *error);
};

} // namespace Minh::Core
