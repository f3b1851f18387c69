#include "../testsupport.h"
#include "document/schooldocument.h"
#include "storage/migrator.h"
#include "storage/schoolfile.h"
#include "storage/sql.h"
#include "storage/workerconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <unistd.h>

using namespace Minh::Core;
using TestSupport::count;
using TestSupport::scalar;

// Turns a path inside the test folder into what a case opens: the case's own kind of bad file.
using Damage = std::function<void(const QString &path, const QString &schoolFile)>;
Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(Minh::Core::Migration)

namespace {

const QString NoteTable = QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");

Migration noteSchema()
{
    return {1, NoteTable, {}};
}

// Version 1 of a small test schema, filled with two notes.
bool fillNotes(QSqlDatabase &db, QString *error)
{
    return Sql::run(db, QStringLiteral("INSERT INTO note (body) VALUES ('first'), ('Trường')"), error);
}

QStringList notes(const QString &path)
{
    QStringList out;
    for (const QVariantList &row : TestSupport::rows(path, QStringLiteral("SELECT body FROM note ORDER BY id"))) {
        out.append(row.first().toString());
    }
    return out;
}

bool hasTable(const QString &path, const QString &table)
{
    return scalar(path,
                  QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table))
               .toInt() == 1;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void makeForeignDatabase(const QString &path, qint32 applicationId)
{
    TestSupport::execute(path, QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY)"));
    TestSupport::execute(path, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

QStringList leftovers(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.part"), QStringLiteral("*-journal")}, QDir::Files);
}

} // namespace

class TestSchoolFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openForChanges_twice_isRefusedButReadOnlyWorks();
    void staleLock_ofDeadProcess_isTakenOver();
    void emptyLock_isTakenOverUnlessHeld();
    void openReadOnly_afterInterruptedEdit_rollsBackAndReads();
    void create_thenOpenReadWrite();
    void create_writesApplicationIdAndLatestVersion();
    void create_userPartFile_isLeftAlone();
    void create_refusedOrFailed_leavesNoFile_data();
    void create_refusedOrFailed_leavesNoFile();
    void open_badFile_failsNamingFile_data();
    void open_badFile_failsNamingFile();
    void open_newerVersion_isReadOnlyAndRefusesEdits();
    void open_withoutWritePermission_isReadOnly();
    void open_olderVersion_migratesAfterBackup();
    void open_failingMigration_rollsBackAndKeepsBackup_data();
    void open_failingMigration_rollsBackAndKeepsBackup();
    void open_historicalSchema_opensAtLatestWithData_data();
    void open_historicalSchema_opensAtLatestWithData();
    void workerUri_encodesThePathAndNeverCreates();

private:
    QString m_schoolFile; // a real school file made once, copied by the cases that damage one
    QTemporaryDir m_shared;
};

void TestSchoolFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_shared.isValid());
    m_schoolFile = m_shared.filePath(QStringLiteral("template.minh"));
    SchoolDocument document;
    QVERIFY(TestSupport::createSchool(&document, m_schoolFile));
}

void TestSchoolFile::create_thenOpenReadWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.minh"));
    {
        SchoolFile file({noteSchema()});
        QVERIFY2(file.create(path, fillNotes), qPrintable(file.errorString()));
        QVERIFY(file.isOpen());
        QCOMPARE(file.path(), path);
        QCOMPARE(file.schemaVersion(), 1);
    }
    SchoolFile file({noteSchema()});
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    QVERIFY(!file.isReadOnly());
    QVERIFY(file.readOnlyReason().isEmpty());
    QVERIFY(file.backupPath().isEmpty());
    QCOMPARE(file.schemaVersion(), 1);
    QSqlQuery query(file.database());
    QVERIFY(query.exec(QStringLiteral("SELECT body FROM note ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("first"));
    file.close();
    QCOMPARE(notes(path), (QStringList{QStringLiteral("first"), QStringLiteral("Trường")}));
    QVERIFY(leftovers(dir).isEmpty());
}

void TestSchoolFile::create_writesApplicationIdAndLatestVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.minh"));
    SchoolFile file;
    QVERIFY2(file.create(path, [](QSqlDatabase &, QString *) { return true; }), qPrintable(file.errorString()));
    QCOMPARE(file.schemaVersion(), file.latestSchemaVersion());
    QCOMPARE(file.latestSchemaVersion(), Migrator(Migrator::schoolFileMigrations()).latestVersion());
    file.close();
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA application_id")).toInt(), SchoolFile::ApplicationId);
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), SchoolFile().latestSchemaVersion());
    QVERIFY(hasTable(path, QStringLiteral("change_log")));
}

void TestSchoolFile::create_refusedOrFailed_leavesNoFile_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("fillSucceeds");
    QTest::addColumn<QString>("message");

    QTest::newRow("existing path") << true << true
                                   << QStringLiteral("The file “%1” already exists; choose another name.");
    QTest::newRow("failing filler") << false << false
                                    << QStringLiteral("The file “%1” could not be created: the filler refused.");
}

void TestSchoolFile::create_refusedOrFailed_leavesNoFile()
{
    QFETCH(bool, exists);
    QFETCH(bool, fillSucceeds);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.minh"));
    const QByteArray previous("someone else's work");
    if (exists) {
        writeFile(path, previous);
    }
    SchoolFile file({noteSchema()});
    const bool created = file.create(path, [&](QSqlDatabase &db, QString *error) {
        if (!fillSucceeds) {
            // Rows written before the failure must not survive either.
            if (fillNotes(db, error)) {
                *error = QStringLiteral("the filler refused.");
            }
        }
        return fillSucceeds;
    });
    QVERIFY(!created);
    QVERIFY(!file.isOpen());
    QCOMPARE(file.errorString(), message.arg(path));
    QCOMPARE(QFileInfo::exists(path), exists);
    if (exists) {
        QCOMPARE(readFile(path), previous);
    }
    QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(QLatin1Char(' '))));
}

void TestSchoolFile::open_badFile_failsNamingFile_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("message"); // %1 is the path
    QTest::addColumn<bool>("exact");      // otherwise `message` is the start, before SQLite's own words

    const auto cut = [](qint64 size) {
        return Damage([size](const QString &path, const QString &schoolFile) {
            const QByteArray whole = readFile(schoolFile);
            writeFile(path, whole.left(size < 0 ? whole.size() / 2 : size));
        });
    };

    QTest::newRow("missing") << Damage([](const QString &, const QString &) {})
                             << QStringLiteral("The file “%1” does not exist.") << true;
    QTest::newRow("folder") << Damage([](const QString &path, const QString &) { QVERIFY(QDir().mkpath(path)); })
                            << QStringLiteral("“%1” is a folder, not a school file.") << true;
    QTest::newRow("empty") << Damage([](const QString &path, const QString &) { writeFile(path, {}); })
                           << QStringLiteral("The file “%1” is empty; it is not a Minh school file.") << true;
    QTest::newRow("text") << Damage([](const QString &path, const QString &) {
        writeFile(path, QStringLiteral("Biên bản họp hội đồng tự đánh giá\n").toUtf8());
    }) << QStringLiteral("The file “%1” is not a Minh school file.")
                          << true;
    QTest::newRow("cut inside the header")
        << cut(99) << QStringLiteral("The file “%1” is damaged: it ends after 99 bytes.") << true;
    QTest::newRow("cut after the header")
        << cut(100) << QStringLiteral("The file “%1” is damaged and cannot be opened (") << false;
    QTest::newRow("cut to half") << cut(-1) << QStringLiteral("The file “%1” is damaged and cannot be opened (")
                                 << false;
    QTest::newRow("foreign database") << Damage([](const QString &path, const QString &) {
        makeForeignDatabase(path, 0x47504B47); // "GPKG", a GeoPackage
    }) << QStringLiteral("The file “%1” is a database of another program, not a Minh school file.")
                                      << true;
    QTest::newRow("plain sqlite database")
        << Damage([](const QString &path, const QString &) { makeForeignDatabase(path, 0); })
        << QStringLiteral("The file “%1” is a database of another program, not a Minh school file.") << true;
}

void TestSchoolFile::open_badFile_failsNamingFile()
{
    QFETCH(Damage, damage);
    QFETCH(QString, message);
    QFETCH(bool, exact);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.minh"));
    damage(path, m_schoolFile);
    if (QTest::currentTestFailed()) {
        return;
    }
    SchoolFile file;
    QVERIFY(!file.open(path));
    QVERIFY(!file.isOpen());
    if (exact) {
        QCOMPARE(file.errorString(), message.arg(path));
    } else {
        QVERIFY2(file.errorString().startsWith(message.arg(path)), qPrintable(file.errorString()));
    }
    // The document layer passes the same message on.
    SchoolDocument document;
    QVERIFY(!document.open(path));
    QVERIFY(!document.isOpen());
    QVERIFY2(document.errorString().contains(path), qPrintable(document.errorString()));
}

void TestSchoolFile::open_newerVersion_isReadOnlyAndRefusesEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.minh"));
    QVERIFY(QFile::copy(m_schoolFile, path));
    const int latest = SchoolFile().latestSchemaVersion();
    TestSupport::execute(path, QStringLiteral("PRAGMA user_version = %1").arg(latest + 1));
    const QByteArray before = TestSupport::fileHash(path);

    SchoolFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    QVERIFY(file.isReadOnly());
    QCOMPARE(file.schemaVersion(), latest + 1);
    const QString reason = QStringLiteral("The file “%1” was made by a newer version of Minh (file version %2; this "
                                          "version knows up to %3). It is open read-only; install the newer Minh to "
                                          "change it.")
                               .arg(path)
                               .arg(latest + 1)
                               .arg(latest);
    QCOMPARE(file.readOnlyReason(), reason);
    file.close();

    SchoolDocument document;
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    QVERIFY(document.isReadOnly());
    QCOMPARE(document.readOnlyReason(), reason);
    QVERIFY(!document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"), QStringLiteral("mới")));
    QCOMPARE(document.errorString(), reason);
    QVERIFY(!document.setIndicatorVerdict({QStringLiteral("1.1"), 1, QStringLiteral("a")}, Verdict::Met));
    QCOMPARE(document.errorString(), reason);
    QVERIFY(document.criterionText(QStringLiteral("1.1"), QStringLiteral("description")).isEmpty());
    document.close();
    QCOMPARE(TestSupport::fileHash(path), before);
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), latest + 1);
}

void TestSchoolFile::open_withoutWritePermission_isReadOnly()
{
    if (geteuid() == 0) {
        QSKIP("root ignores file permissions, so a read-only file is writable");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.minh"));
    QVERIFY(QFile::copy(m_schoolFile, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    SchoolDocument document;
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    QVERIFY(document.isReadOnly());
    QCOMPARE(document.readOnlyReason(),
             QStringLiteral("The file “%1” is read-only; changes cannot be saved.").arg(path));
    QVERIFY(!document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"), QStringLiteral("mới")));
    QCOMPARE(document.errorString(), document.readOnlyReason());
}

void TestSchoolFile::open_olderVersion_migratesAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.minh"));
    {
        SchoolFile v1({noteSchema()});
        QVERIFY2(v1.create(path, fillNotes), qPrintable(v1.errorString()));
    }
    const Migration tags{2,
                         QStringLiteral("CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                                        "INSERT INTO tag (name) SELECT body FROM note;"),
                         {}};
    // Backups cut short by earlier kills (minh-crash-harness found them piling up) are cleared;
    // a user's file of another name is not.
    const QString stale = dir.filePath(QStringLiteral("notes.before-v2-20260101-000000.minh.part"));
    const QString other = dir.filePath(QStringLiteral("other.before-v2-20260101-000000.minh.part"));
    for (const QString &leftover : {stale, other}) {
        QFile f(leftover);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("partial") == 7);
    }
    SchoolFile file({noteSchema(), tags});
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    QCOMPARE(file.schemaVersion(), 2);
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::remove(other));
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("notes.before-v2-*.minh")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(file.backupPath(), dir.filePath(backups.first()));
    file.close();

    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(count(path, QStringLiteral("tag")), 2);
    QCOMPARE(notes(path), (QStringList{QStringLiteral("first"), QStringLiteral("Trường")}));

    const QString backup = dir.filePath(backups.first());
    QCOMPARE(scalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(scalar(backup, QStringLiteral("PRAGMA application_id")).toInt(), SchoolFile::ApplicationId);
    QVERIFY(!hasTable(backup, QStringLiteral("tag")));
    QCOMPARE(notes(backup), notes(path));
    QVERIFY(leftovers(dir).isEmpty());
}

void TestSchoolFile::create_userPartFile_isLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.minh"));
    const QByteArray mine("a file of the user's that happens to end in .part");
    writeFile(path + QStringLiteral(".part"), mine);
    SchoolFile file({noteSchema()});
    QVERIFY2(file.create(path, fillNotes), qPrintable(file.errorString()));
    QCOMPARE(readFile(path + QStringLiteral(".part")), mine);
    // The school file, the user's file, and the lock held while the school file is open.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             (QStringList{QStringLiteral("school.minh"), QStringLiteral("school.minh.lock"), QStringLiteral("school.minh.part")}));
}

void TestSchoolFile::open_failingMigration_rollsBackAndKeepsBackup_data()
{
    QTest::addColumn<Migration>("migration");
    QTest::addColumn<QString>("reason"); // a pattern for the part of the message that explains the failure

    const QString createTag = QStringLiteral("CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
    QTest::newRow("bad SQL") << Migration{2, createTag + QStringLiteral("\nINSERT INTO missing_table VALUES (1);"), {}}
                             << QRegularExpression::escape(
                                    QStringLiteral("Step 2 of the update failed: The school file "
                                                   "could not be read or written (")) +
                                    QStringLiteral(".*missing_table.*\\)\\.");
    QTest::newRow("failing C++ step") << Migration{2, createTag,
                                                   [](QSqlDatabase &db, QString *error) {
                                                       // Changes made before the step gives up must be undone too.
                                                       if (Sql::run(db, QStringLiteral("DELETE FROM note"), error)) {
                                                           *error = QStringLiteral("notes could not be converted.");
                                                       }
                                                       return false;
                                                   }}
                                      << QRegularExpression::escape(QStringLiteral(
                                             "Step 2 of the update failed: notes could not be converted."));
}

void TestSchoolFile::open_failingMigration_rollsBackAndKeepsBackup()
{
    QFETCH(Migration, migration);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.minh"));
    {
        SchoolFile v1({noteSchema()});
        QVERIFY2(v1.create(path, fillNotes), qPrintable(v1.errorString()));
    }
    SchoolFile file({noteSchema(), migration});
    QVERIFY(!file.open(path));
    QVERIFY(!file.isOpen());
    const QString backup = file.backupPath();
    QVERIFY(QRegularExpression(QStringLiteral("/notes\\.before-v2-\\d{8}-\\d{6}(-\\d+)?\\.minh$")).match(backup).hasMatch());
    const QRegularExpression message(
        QLatin1Char('^') +
        QRegularExpression::escape(
            QStringLiteral("The file “%1” could not be updated for this version of Minh (").arg(path)) +
        reason +
        QRegularExpression::escape(QStringLiteral("). A backup of the file as it was is at “%1”.").arg(backup)) +
        QLatin1Char('$'));
    QVERIFY2(message.match(file.errorString()).hasMatch(), qPrintable(file.errorString()));

    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QVERIFY(!hasTable(path, QStringLiteral("tag")));
    QCOMPARE(notes(path), (QStringList{QStringLiteral("first"), QStringLiteral("Trường")}));
    QCOMPARE(notes(backup), notes(path));
    QVERIFY(leftovers(dir).isEmpty());

    // Trying again at once (within the same second) fails the same way, with a second backup,
    // not with a complaint that no backup could be made.
    SchoolFile retry({noteSchema(), migration});
    QVERIFY(!retry.open(path));
    QVERIFY(!retry.backupPath().isEmpty());
    QVERIFY(retry.backupPath() != backup);
    QVERIFY2(retry.errorString().contains(QStringLiteral("could not be updated")), qPrintable(retry.errorString()));

    // The file is still good for the version that made it.
    SchoolFile v1({noteSchema()});
    QVERIFY2(v1.open(path), qPrintable(v1.errorString()));
    QCOMPARE(v1.schemaVersion(), 1);
}

void TestSchoolFile::open_historicalSchema_opensAtLatestWithData_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("v1") << QStringLiteral("v1.sql");
    QTest::newRow("v2") << QStringLiteral("v2.sql");
}

void TestSchoolFile::open_historicalSchema_opensAtLatestWithData()
{
    QFETCH(QString, fixture);

    QFile sql(QStringLiteral(MINH_TEST_DATA "/schema/") + fixture);
    QVERIFY2(sql.open(QIODevice::ReadOnly), qPrintable(sql.fileName()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.minh"));
    // The statements are split the way the migrator splits its scripts: at a ';' that ends a line.
    for (const QString &statement : Sql::statements(QString::fromUtf8(sql.readAll()))) {
        TestSupport::execute(path, statement);
    }
    const int fixtureVersion = scalar(path, QStringLiteral("PRAGMA user_version")).toInt();
    QVERIFY(fixtureVersion >= 1);
    QCOMPARE(count(path, QStringLiteral("indicator_judgement")), 3);

    SchoolDocument document;
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    QVERIFY(!document.isReadOnly());
    const int latest = SchoolFile().latestSchemaVersion();
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), latest);
    QCOMPARE(document.backupPath().isEmpty(), fixtureVersion == latest);

    QCOMPARE(document.framework().id(), QStringLiteral("tt18-2018"));
    QCOMPARE(document.framework().sha256(),
             scalar(path, QStringLiteral("SELECT sha256 FROM framework_copy")).toString());
    QCOMPARE(document.framework().criteria().size(), 2);
    QCOMPARE(document.school().name, QStringLiteral("Trường THCS Chu Văn An"));
    QCOMPARE(document.school().principal, QStringLiteral("Lê Văn Tám"));
    QCOMPARE(document.assessment().schoolYear, QStringLiteral("2024-2025"));
    QCOMPARE(document.assessment().rulesDate, QDate(2025, 3, 1));
    QCOMPARE(document.judgements().indicator({QStringLiteral("1.1"), 1, QStringLiteral("a")}), Verdict::Met);
    QCOMPARE(document.judgements().indicator({QStringLiteral("1.1"), 1, QStringLiteral("b")}), Verdict::NotMet);
    QCOMPARE(document.judgements().indicator({QStringLiteral("1.2"), 2, QStringLiteral("1")}), Verdict::Met);
    QCOMPARE(document.judgements().extraRequirement(1), Verdict::Met);
    QCOMPARE(document.criterionText(QStringLiteral("1.1"), QStringLiteral("description")),
             QStringLiteral("Nhà trường có phương hướng, chiến lược được phê duyệt."));
    QCOMPARE(document.standardText(1, QStringLiteral("introduction")),
             QStringLiteral("Tiêu chuẩn 1 gồm hai tiêu chí."));
    QCOMPARE(document.council().size(), 1);
    QCOMPARE(document.council().first().role, CouncilRole::Chair);
    QCOMPARE(document.council().first().criteria, (QStringList{QStringLiteral("1.1"), QStringLiteral("1.2")}));
    QCOMPARE(document.plan().size(), 1);
    QCOMPARE(document.plan().first().timeline, QStringLiteral("Tháng 9/2025"));
    QCOMPARE(document.evidence().size(), 1);
    QCOMPARE(document.evidence().first().code, QStringLiteral("[H1-1.1-01]"));
    QCOMPARE(document.evidence().first().citedBy.size(), 2);
    QCOMPARE(count(path, QStringLiteral("change_log")), 1);

    // Schema 3 starts with no school data; the documents fall back to the school's own data.
    QVERIFY(document.planActivities().isEmpty());
    QVERIFY(document.schoolFigure(QStringLiteral("2024-2025"), QStringLiteral("classes.grade_6")).isEmpty());
    QCOMPARE(document.dataSchoolYears().size(), 5);
    QCOMPARE(document.dataSchoolYears().constLast(), QStringLiteral("2024-2025"));

    // And the migrated file takes new edits.
    QVERIFY2(document.setIndicatorVerdict({QStringLiteral("1.2"), 1, QStringLiteral("a")}, Verdict::Met),
             qPrintable(document.errorString()));
    QVERIFY2(document.setSchoolFigure(QStringLiteral("2024-2025"), QStringLiteral("classes.grade_6"), QStringLiteral("5")),
             qPrintable(document.errorString()));
    QVERIFY2(document.setDocumentSetting(QStringLiteral("council_decision"), QStringLiteral("number"),
                                         QStringLiteral("12/QĐ-THCS")),
             qPrintable(document.errorString()));
    QCOMPARE(scalar(path, QStringLiteral("SELECT value FROM school_year_figure WHERE figure = 'classes.grade_6'")).toString(),
             QStringLiteral("5"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestSchoolFile::openReadOnly_afterInterruptedEdit_rollsBackAndReads()
{
    // An edit killed in the middle of its transaction leaves a journal beside the file. Reading
    // the file read-only (as "minh-cli level" does) must roll it back, not call the file damaged.
    TestSupport::School school;
    QVERIFY(school.create());
    const QString name = school.document.school().name;
    school.document.close();
    const qint64 sizeBefore = QFileInfo(school.path).size();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {school.path});
    QVERIFY(sqlite.waitForStarted());
    // A tiny page cache makes SQLite write changed pages into the file before the commit, so the
    // journal left behind is "hot": without it the file on disk is inconsistent.
    sqlite.write("PRAGMA cache_size = 2;\nBEGIN;\nUPDATE school SET name = 'half-written';\n"
                 "INSERT INTO change_log (changed_at, author, entity, entity_key) "
                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) "
                 "SELECT 'now', 'test', 'filler', printf('%08d', x) FROM c;\n"
                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;\n");
    const QString journal = school.path + QStringLiteral("-journal");
    // The file grows only when pages are spilled into it, after the journal was written and synced.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(journal).size() > 0 && QFileInfo(school.path).size() > sizeBefore + 100 * 1024, 20000);
    sqlite.kill();
    QVERIFY(sqlite.waitForFinished());
    QVERIFY(QFileInfo::exists(journal));

    SchoolDocument reader;
    QVERIFY2(reader.open(school.path, SchoolFile::Access::ReadOnly), qPrintable(reader.errorString()));
    QCOMPARE(reader.school().name, name);
    QVERIFY(!QFileInfo::exists(journal));
}

void TestSchoolFile::openForChanges_twice_isRefusedButReadOnlyWorks()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolFile second;
    QVERIFY(!second.open(school.path));
    QVERIFY(second.isLockedElsewhere());
    QVERIFY2(second.errorString().startsWith(QStringLiteral("The file “%1” is already open for changes in Minh on the "
                                                            "computer “")
                                                 .arg(school.path)),
             qPrintable(second.errorString()));
    QVERIFY(second.open(school.path, SchoolFile::Access::ReadOnly));
    QVERIFY(second.isReadOnly());
    second.close();
    school.document.close();
    QVERIFY(!QFileInfo::exists(school.path + QStringLiteral(".lock")));
    QVERIFY(second.open(school.path));
    QVERIFY(!second.isReadOnly());
}

void TestSchoolFile::staleLock_ofDeadProcess_isTakenOver()
{
    TestSupport::School school;
    QVERIFY(school.create());
    school.document.close();
    // A Minh that holds the file open for changes and is killed leaves its lock behind.
    QProcess editor;
    editor.start(QStringLiteral(MINH_EDIT_DRIVER), {school.path, QStringLiteral("100000")});
    QVERIFY(editor.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += editor.readAllStandardOutput()).contains("committed"), 20000);
    SchoolFile whileRunning;
    QVERIFY(!whileRunning.open(school.path));
    QVERIFY(whileRunning.isLockedElsewhere());
    editor.kill();
    QVERIFY(editor.waitForFinished());
    QVERIFY(QFileInfo::exists(school.path + QStringLiteral(".lock")));
    SchoolFile file;
    QVERIFY2(file.open(school.path), qPrintable(file.errorString()));
    QVERIFY(!file.isReadOnly());
}

// A Minh killed between creating its lock file and writing its process number into it leaves an
// empty lock file (found by minh-crash-harness during migrations). It must not lock the school out,
// unless a live process really holds it (QLockFile's native lock, taken here by flock(1)).
void TestSchoolFile::emptyLock_isTakenOverUnlessHeld()
{
    TestSupport::School school;
    QVERIFY(school.create());
    school.document.close();
    const QString lock = school.path + QStringLiteral(".lock");
    {
        QFile empty(lock);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    QProcess holder;
    holder.start(QStringLiteral("flock"), {lock, QStringLiteral("-c"), QStringLiteral("echo held; cat")});
    QVERIFY2(holder.waitForStarted(), "flock (util-linux) is needed");
    QVERIFY(holder.waitForReadyRead(30000));
    SchoolFile whileHeld;
    QVERIFY(!whileHeld.open(school.path));
    QVERIFY(whileHeld.isLockedElsewhere());
    QVERIFY2(whileHeld.errorString().contains(school.path), qPrintable(whileHeld.errorString()));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));

    QVERIFY(QFileInfo::exists(lock));
    SchoolFile file;
    QVERIFY2(file.open(school.path), qPrintable(file.errorString()));
    QVERIFY(!file.isReadOnly());
}

QTEST_GUILESS_MAIN(TestSchoolFile)

// Background jobs open the school through a "file:" URI with mode=rw, so that a file moved or
// deleted meanwhile is never made again as an empty database.
void TestSchoolFile::workerUri_encodesThePathAndNeverCreates()
{
    using Access = WorkerConnection::Access;
    QCOMPARE(WorkerConnection::sqliteUri(QStringLiteral("/tmp/Trường #1?x%.minh"), Access::ReadWrite),
             QStringLiteral("file:///tmp/Tr%C6%B0%E1%BB%9Dng%20%231%3Fx%25.minh?mode=rw"));
    QCOMPARE(WorkerConnection::sqliteUri(QStringLiteral("/tmp/a.minh"), Access::ReadOnly),
             QStringLiteral("file:///tmp/a.minh?mode=ro"));
    QCOMPARE(WorkerConnection::sqliteUri(QStringLiteral("a.minh"), Access::ReadOnly),
             QStringLiteral("file://")
                 + QString::fromLatin1(QUrl::toPercentEncoding(QDir::currentPath() + QStringLiteral("/a.minh"), "/:"))
                 + QStringLiteral("?mode=ro"));
#ifdef Q_OS_WIN
    QCOMPARE(WorkerConnection::sqliteUri(QStringLiteral("C:\\Hồ sơ\\a.minh"), Access::ReadWrite),
             QStringLiteral("file:///C:/H%E1%BB%93%20s%C6%A1/a.minh?mode=rw"));
    QCOMPARE(WorkerConnection::sqliteUri(QStringLiteral("\\\\server\\share\\a.minh"), Access::ReadWrite),
             QStringLiteral("file:////server/share/a.minh?mode=rw"));
#endif
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone #1.minh"));
    WorkerConnection connection(missing, Access::ReadWrite);
    QVERIFY(!connection.isOpen());
    QVERIFY2(connection.errorString().contains(missing) && connection.errorString().contains(QLatin1String("moved or deleted")),
             qPrintable(connection.errorString()));
    QVERIFY(!QFileInfo::exists(missing));
}

#include "tst_schoolfile.moc"
