#include "migrator.h"

#include "sql.h"

#include <QFile>

#include <algorithm>

namespace Minh::Core {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::schoolFileMigrations()
{
    static const char *const scripts[] = {":/migrations/0001_initial.sql", ":/migrations/0002_evidence_files.sql",
                                          ":/migrations/0003_school_data.sql", ":/migrations/0004_plan_followup.sql",
                                          ":/migrations/0005_evidence_kept.sql", ":/migrations/0006_report_texts.sql"};
    QList<Migration> migrations;
    for (const char *path : scripts) {
        QFile file(QString::fromLatin1(path));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "Migrator", "migration script missing from resources");
        // The version is the script's number, so a gap in the list never renumbers a later step.
        const int version = QString::fromLatin1(path).mid(int(qstrlen(":/migrations/")), 4).toInt();
        migrations.append({version, QString::fromUtf8(file.readAll()), {}});
    }
    return migrations;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

bool Migrator::migrate(QSqlDatabase &db, int fromVersion, QString *error) const
{
    for (const Migration &migration : m_migrations) {
        if (migration.version <= fromVersion) {
            continue;
        }
        Transaction transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.errorString();
            return false;
        }
        QString stepError;
        for (const QString &statement : Sql::statements(migration.script)) {
            if (!Sql::run(db, statement, &stepError)) {
                *error = tr("Step %1 of the update failed: %2").arg(migration.version).arg(stepError);
                return false;
            }
        }
        if (migration.step && !migration.step(db, &stepError)) {
            *error = tr("Step %1 of the update failed: %2").arg(migration.version).arg(stepError);
            return false;
        }
        // PRAGMA takes no bound parameters; the version is an integer we produced ourselves.
        if (!Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &stepError)
            || !transaction.commit()) {
            *error = tr("Step %1 of the update failed: %2")
                         .arg(migration.version)
                         .arg(stepError.isEmpty() ? transaction.errorString() : stepError);
            return false;
        }
    }
    return true;
}

} // namespace Minh::Core
