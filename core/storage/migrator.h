#pragma once

#include "migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Minh::Core {

// Brings a school file's schema up to date, one migration per transaction, recording each step
// in PRAGMA user_version so a crash between two steps resumes where it stopped.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::Migrator)

public:
    explicit Migrator(QList<Migration> migrations);

    // The migrations of the school file, from the SQL scripts in core/storage/migrations.
    static QList<Migration> schoolFileMigrations();

    int latestVersion() const;
    [[nodiscard]] bool migrate(QSqlDatabase &db, int fromVersion, QString *error) const;

private:
    QList<Migration> m_migrations;
};

} // namespace Minh::Core
