#pragma once

#include "migration.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Minh::Core {

// The SQLite file that holds one school's whole assessment. Opens it on its own named connection,
// refuses files that are not ours, damaged or from a newer version (those open read-only),
// backs the file up and migrates it when it is older. Knows nothing of what the tables mean.
class SchoolFile
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SchoolFile)

public:
    static constexpr qint32 ApplicationId = 0x4D696E68; // "Minh"

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    using Filler = std::function<bool(QSqlDatabase &db, QString *error)>;

    SchoolFile();
    explicit SchoolFile(QList<Migration> migrations);
    ~SchoolFile();
    SchoolFile(const SchoolFile &) = delete;
    SchoolFile &operator=(const SchoolFile &) = delete;

    [[nodiscard]] bool open(const QString &path, Access access = Access::ReadWrite);

    // Makes a new school file at `path`, which must not exist: the schema is created and `fill`
    // writes the first rows, all under a temporary name that becomes `path` only when everything
    // succeeded. The file is open afterwards.
    [[nodiscard]] bool create(const QString &path, const Filler &fill);

    void close();

    // Durable writes (synchronous=FULL) are the rule. Only a file under construction that is thrown
    // away if anything goes wrong (the demo school) may turn them off, to build in a fraction of the time.
    [[nodiscard]] bool setDurable(bool durable);

    bool isOpen() const { return m_db.isOpen(); }
    // True when the last open() failed because another Minh (this computer or another, on a
    // shared folder) has the file open for changes; it can still be opened read-only.
    bool isLockedElsewhere() const { return m_lockedElsewhere; }
    QSqlDatabase database() const { return isRecovering() ? QSqlDatabase() : m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    int latestSchemaVersion() const;
    // The copy made before the last migration, empty if none was needed.
    QString backupPath() const { return m_backupPath; }
    QString errorString() const { return m_error; }

    // Turns the error of a failed write into a message for the user that names the file and says
    // what happened: another program holds the file, or the file was moved or deleted while open.
    // Then everything committed must be copied from the still open connection to
    // "<name>.recovered-<time>.minh" beside it, so that nothing is lost: the message names that
    // file, and isRecoveryPending() is true until startRecoveryCopy() starts the copy.
    QString explainWriteFailure(const QString &error);

    // The copy of a moved or deleted file's work (see RecoveryCopy). It runs on a worker thread
    // with the connection to itself: until it ends, database() hands out no connection and every
    // read or write through this file fails. Started by the caller once the failed write has let
    // go of the connection (its Transaction rolled back), and at the latest by close(), which
    // waits for it: the window stays responsive while gigabytes are copied, and closing never
    // abandons the copy.
    bool isRecoveryPending() const { return m_recoveryState == RecoveryState::Pending; }
    QFuture<QString> startRecoveryCopy();
    bool isRecovering() const { return m_recoveryState == RecoveryState::Started && !m_recovery.isFinished(); }
    // Empty text when the copy is complete, else why it failed; only valid once it is finished.
    QFuture<QString> recoveryCopy() const { return m_recovery; }
    QString recoveryPath() const { return m_recoveryPath; }

private:
    enum class RecoveryState
    {
        None,
        Pending,
        Started
    };

    bool connect(const QString &path, bool readOnly);
    bool checkHeader(const QString &path);
    bool readPragmas();
    bool configure();
    bool backupAndMigrate();
    bool prepareForReading(const QString &path);
    bool lock(const QString &path);
    void closeDatabase();
    bool fail(const QString &message);

    QList<Migration> m_migrations;
    QString m_connectionName;
    // Held while the file is open for changes: two windows writing one file would each keep
    // their own picture of it and overwrite each other's work.
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockedElsewhere = false;
    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    qint32 m_applicationId = 0;
    QString m_backupPath;
    QString m_error;
    RecoveryState m_recoveryState = RecoveryState::None;
    QString m_recoveryPath;
    QFuture<QString> m_recovery;
};

} // namespace Minh::Core
