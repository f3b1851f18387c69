#include "schoolfile.h"

#include "connectionsettings.h"
#include "migrator.h"
#include "recoverycopy.h"
#include "sql.h"
#include "util/logging.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace Minh::Core {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("minh-school-%1").arg(counter.fetchAndAddRelaxed(1));
}

// "<folder>/<name>.<kind>-<time>[-n].minh" beside `file`, not taken yet: a second copy within the
// same second must not meet the first.
QString freshSibling(const QFileInfo &file, const QString &kind)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path;
    for (int attempt = 0; path.isEmpty() || QFileInfo::exists(path); ++attempt) {
        path = file.dir().filePath(QStringLiteral("%1.%2-%3%4.minh")
                                       .arg(file.completeBaseName(), kind, stamp,
                                            attempt == 0 ? QString() : QStringLiteral("-%1").arg(attempt)));
    }
    return path;
}

} // namespace

SchoolFile::SchoolFile()
    : SchoolFile(Migrator::schoolFileMigrations())
{
}

SchoolFile::SchoolFile(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
    , m_connectionName(uniqueConnectionName())
{
}

SchoolFile::~SchoolFile()
{
    close();
}

int SchoolFile::latestSchemaVersion() const
{
    return Migrator(m_migrations).latestVersion();
}

bool SchoolFile::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

void SchoolFile::close()
{
    closeDatabase();
    m_lock.reset();
}

void SchoolFile::closeDatabase()
{
    // The copy of a moved or deleted file is the only place its work survives: it is made now if
    // it has not been started, and finished before the connection it reads from goes away.
    static_cast<void>(startRecoveryCopy());
    m_recovery.waitForFinished();
    m_recoveryState = RecoveryState::None;
    m_recoveryPath.clear();
    m_recovery = {};
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SchoolFile::lock(const QString &path)
{
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Never stale by age: a council member may keep the file open all evening. A lock left by a
    // crashed Minh on this computer is recognised by its dead process and taken over.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        return true;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_lock.reset();
        return false; // no lock file can be made here (a read-only folder): the caller opens read-only
    }
    qint64 pid = 0;
    QString host;
    QString application;
    bool known = m_lock->getLockInfo(&pid, &host, &application);
    // A lock file without readable contents is what a Minh killed between creating it and writing
    // its process number leaves (minh-crash-harness found one after a kill during a migration): it
    // would lock the school out for good. QLockFile also holds a native lock on the file while its
    // owner lives, so removeStaleLockFile() succeeds only when nobody holds it.
    if (!known && m_lock->removeStaleLockFile() && m_lock->tryLock(0)) {
        return true;
    }
    known = known || m_lock->getLockInfo(&pid, &host, &application);
    m_lock.reset();
    m_lockedElsewhere = true;
    if (!known) {
        return fail(tr("The file “%1” is already open for changes in another program (its lock file “%1.lock” "
                       "exists). Close it there first, or open it read-only.")
                        .arg(path));
    }
    return fail(tr("The file “%1” is already open for changes in Minh on the computer “%2” (process %3). Close it "
                   "there first, or open it read-only.")
                    .arg(path, host)
                    .arg(pid));
}

bool SchoolFile::connect(const QString &path, bool readOnly)
{
    closeDatabase();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Another Minh on a shared folder may hold a lock for a moment; wait rather than fail.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        return fail(tr("The file “%1” cannot be opened: %2").arg(path, m_db.lastError().text()));
    }
    m_readOnly = readOnly;
    return true;
}

bool SchoolFile::setDurable(bool durable)
{
    QString error;
    if (!Sql::run(m_db, durable ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = OFF"),
                  &error)) {
        m_error = error;
        return false;
    }
    return true;
}

bool SchoolFile::checkHeader(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists()) {
        return fail(tr("The file “%1” does not exist.").arg(path));
    }
    if (info.isDir()) {
        return fail(tr("“%1” is a folder, not a school file.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        return fail(tr("The file “%1” is empty; it is not a Minh school file.").arg(path));
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return fail(tr("The file “%1” is not a Minh school file.").arg(path));
    }
    if (header.size() < 100) {
        return fail(tr("The file “%1” is damaged: it ends after %2 bytes.").arg(path).arg(header.size()));
    }
    return true;
}

bool SchoolFile::readPragmas()
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::run(query, QStringLiteral("PRAGMA application_id"), {}, &error) || !query.next()) {
        return fail(tr("The file “%1” is damaged and cannot be opened (%2).").arg(m_path, query.lastError().text()));
    }
    m_applicationId = query.value(0).toInt();
    if (!Sql::run(query, QStringLiteral("PRAGMA user_version"), {}, &error) || !query.next()) {
        return fail(tr("The file “%1” is damaged and cannot be opened (%2).").arg(m_path, query.lastError().text()));
    }
    m_schemaVersion = query.value(0).toInt();
    if (m_applicationId != ApplicationId) {
        return fail(tr("The file “%1” is a database of another program, not a Minh school file.").arg(m_path));
    }
    // Reading the schema touches the first pages; a file cut short or overwritten fails here
    // rather than later in the middle of the user's work.
    if (!Sql::run(query, QStringLiteral("SELECT count(*) FROM sqlite_schema"), {}, &error) || !query.next()) {
        return fail(tr("The file “%1” is damaged and cannot be opened (%2).").arg(m_path, query.lastError().text()));
    }
    return true;
}

bool SchoolFile::configure()
{
    QString error;
    if (!ConnectionSettings::apply(m_db, !m_readOnly, &error)) {
        return fail(tr("The file “%1” cannot be prepared for use: %2").arg(m_path, error));
    }
    return true;
}

bool SchoolFile::backupAndMigrate()
{
    const int latest = latestSchemaVersion();
    if (m_schemaVersion >= latest) {
        return true;
    }
    const QFileInfo info(m_path);
    // A retry within the same second must not collide with the backup of the failed attempt.
    const QString backup = freshSibling(info, QStringLiteral("before-v%1").arg(latest));
    const QString partial = backup + QStringLiteral(".part");
    // A backup cut short by a killed process or a power cut stays as "<backup>.part"; each attempt
    // has its own time stamp, so without this they would pile up beside the file (minh-crash-harness
    // found 14 after 125 kills during migrations). Only the holder of the file's lock gets here.
    const QStringList stale = info.dir().entryList({QStringLiteral("%1.before-v*.minh.part").arg(info.completeBaseName())},
                                                   QDir::Files | QDir::Hidden);
    for (const QString &name : stale) {
        QFile::remove(info.dir().filePath(name));
    }
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::run(query, QStringLiteral("VACUUM INTO :target"), {{"target", partial}}, &error)
        || !QFile::rename(partial, backup)) {
        QFile::remove(partial);
        return fail(tr("The file “%1” must be updated for this version of Minh, but no backup could be made "
                       "beside it, so it was left unchanged. Check that the folder is writable and has free space.")
                        .arg(m_path));
    }
    m_backupPath = backup;
    if (!Migrator(m_migrations).migrate(m_db, m_schemaVersion, &error)) {
        return fail(tr("The file “%1” could not be updated for this version of Minh (%2). A backup of the file as "
                       "it was is at “%3”.")
                        .arg(m_path, error, backup));
    }
    m_schemaVersion = latest;
    return true;
}

bool SchoolFile::open(const QString &path, Access access)
{
    m_lockedElsewhere = false;
    m_error.clear();
    m_readOnlyReason.clear();
    m_backupPath.clear();
    m_path = path;
    if (!checkHeader(path)) {
        return false;
    }
    const bool writable = QFileInfo(path).isWritable();
    if (access == Access::ReadOnly && writable) {
        // Reading needs a consistent, current file: a journal left by an interrupted edit is
        // rolled back, and an older file is updated, by one read-write pass first.
        if (!prepareForReading(path)) {
            return false;
        }
    } else if (!writable && QFileInfo::exists(path + QStringLiteral("-journal"))) {
        return fail(tr("The file “%1” was being changed when Minh or the computer stopped, and it cannot be repaired "
                       "here because it cannot be written. Copy it to a folder where it can be changed and open it "
                       "there once.")
                        .arg(path));
    }
    bool readOnly = access == Access::ReadOnly;
    if (!readOnly && !writable) {
        readOnly = true;
        m_readOnlyReason = tr("The file “%1” is read-only; changes cannot be saved.").arg(path);
    }
    if (!readOnly && !lock(path)) {
        if (m_lockedElsewhere) {
            return false;
        }
        readOnly = true;
        m_readOnlyReason = tr("The file “%1” is open read-only: no lock file can be made in its folder, so Minh could "
                              "not tell whether someone else is changing it.")
                               .arg(path);
    }
    if (!connect(path, readOnly) || !readPragmas()) {
        return false;
    }
    const int latest = latestSchemaVersion();
    if (m_schemaVersion > latest && !m_readOnly) {
        m_readOnlyReason = tr("The file “%1” was made by a newer version of Minh (file version %2; this version "
                              "knows up to %3). It is open read-only; install the newer Minh to change it.")
                               .arg(path)
                               .arg(m_schemaVersion)
                               .arg(latest);
        if (!connect(path, true)) {
            return false;
        }
        m_lock.reset();
    }
    if (m_schemaVersion < latest && m_readOnly) {
        return fail(tr("The file “%1” was made by an older version of Minh and must be updated, but it cannot be "
                       "written.")
                        .arg(path));
    }
    if (m_schemaVersion < 1) {
        return fail(tr("The file “%1” is not a complete Minh school file (it was never finished).").arg(path));
    }
    return configure() && (m_readOnly || backupAndMigrate());
}

bool SchoolFile::prepareForReading(const QString &path)
{
    // Opening read-write and reading the header is what makes SQLite roll a hot journal back.
    if (!connect(path, false) || !readPragmas()) {
        return false;
    }
    const bool ok = m_schemaVersion < 1 || m_schemaVersion > latestSchemaVersion() || (configure() && backupAndMigrate());
    const QString backup = m_backupPath;
    close();
    m_backupPath = backup;
    return ok;
}

bool SchoolFile::create(const QString &path, const Filler &fill)
{
    m_error.clear();
    m_readOnlyReason.clear();
    m_backupPath.clear();
    if (QFileInfo::exists(path)) {
        m_error = tr("The file “%1” already exists; choose another name.").arg(path);
        return false;
    }
    // A unique name beside the target, so that a user's own "<name>.part" file or a second Minh
    // creating the same file at the same moment is never touched.
    QTemporaryFile reserve(path + QStringLiteral(".XXXXXX.part"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        m_error = tr("The file “%1” cannot be created here: %2").arg(path, reserve.errorString());
        return false;
    }
    const QString partial = reserve.fileName();
    reserve.close();
    m_path = partial;
    if (!connect(partial, false)) {
        QFile::remove(partial);
        m_error = tr("The file “%1” cannot be created here: %2").arg(path, m_error);
        return false;
    }
    QString error;
    // Evidence files are stored as 1 MiB chunks; with 64 KiB pages each chunk spans 16 overflow
    // pages instead of 256, which roughly halves the cost of reading and writing them. It must be set
    // before the first table exists.
    const bool built = Sql::run(m_db, QStringLiteral("PRAGMA page_size = 65536"), &error)
                       && Sql::run(m_db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &error)
                       && configure() && Migrator(m_migrations).migrate(m_db, 0, &error);
    bool filled = built;
    if (built) {
        Transaction transaction(m_db);
        filled = transaction.isActive() && fill(m_db, &error) && transaction.commit();
        if (error.isEmpty()) {
            error = transaction.errorString();
        }
    }
    close();
    if (!filled || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        m_error = tr("The file “%1” could not be created: %2").arg(path, error.isEmpty() ? m_error : error);
        return false;
    }
    return open(path, Access::ReadWrite);
}

QFuture<QString> SchoolFile::startRecoveryCopy()
{
    if (m_recoveryState != RecoveryState::Pending) {
        return m_recovery;
    }
    m_recoveryState = RecoveryState::Started;
    if (sqlite3 *handle = RecoveryCopy::handle(m_db)) {
        m_recovery = RecoveryCopy::start(handle, m_recoveryPath);
        return m_recovery;
    }
    // A Qt with its own SQLite: the copy is made here through Qt, and the window waits for it.
    QSqlQuery query(m_db);
    QString error;
    const bool copied = Sql::run(query, QStringLiteral("VACUUM INTO :target"), {{"target", m_recoveryPath}}, &error);
    m_recovery = QtFuture::makeReadyFuture(copied ? QString() : error);
    return m_recovery;
}

QString SchoolFile::explainWriteFailure(const QString &error)
{
    if (!m_path.isEmpty() && m_db.isOpen() && !QFileInfo::exists(m_path)) {
        // SQLite refuses to write to a file that is no longer at its path (SQLITE_READONLY_DBMOVED)
        // but can still read it: everything committed so far is copied back beside the old path.
        if (m_recoveryState == RecoveryState::None) {
            m_recoveryPath = freshSibling(QFileInfo(m_path), QStringLiteral("recovered"));
            m_recoveryState = RecoveryState::Pending;
            // The failed write's transaction is still open (the copy would wait for it forever);
            // nothing of it can be kept anyway. The caller's Transaction then finds nothing to roll back.
            m_db.rollback();
        }
        if (m_recoveryState == RecoveryState::Pending || !m_recovery.isFinished()) {
            return tr("The file “%1” was moved or deleted while it was open, so this change was not saved. Everything "
                      "saved before it is being copied to “%2”; open that file when the copy is finished.")
                .arg(m_path, m_recoveryPath);
        }
        const QString failure = m_recovery.result();
        if (failure.isEmpty()) {
            return tr("The file “%1” was moved or deleted while it was open, so this change was not saved. Everything "
                      "saved before it has been copied to “%2”; open that file to go on.")
                .arg(m_path, m_recoveryPath);
        }
        return tr("The file “%1” was moved or deleted while it was open, so this change was not saved, and no copy "
                  "could be made beside it (%2). Keep Minh open and put the file back, or open it from where it was "
                  "moved.")
            .arg(m_path, failure);
    }
    if (error.contains(QLatin1String("database or disk is full"))) {
        // With a cache that holds a whole scan, a full disk shows at the commit rather than while
        // the file's parts are stored: the same advice either way.
        return tr("This change could not be saved in “%1” (%2). Is the disk full?").arg(m_path, error);
    }
    if (error.contains(QLatin1String("database is locked")) || error.contains(QLatin1String("database table is locked"))) {
        return tr("The file “%1” is in use by another program, so this change was not saved. Close the other program "
                  "(or wait for it to finish) and make the change again.")
            .arg(m_path);
    }
    return tr("This change could not be saved in “%1”. %2").arg(m_path, error);
}

} // namespace Minh::Core
