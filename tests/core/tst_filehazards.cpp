// What happens to an open school file when the world around it misbehaves: another program holds
// a lock on it, it is deleted or moved while open, it cannot be written. Each time the user gets a
// message naming the file and saying what happened, and nothing already saved is lost.
// (A full disk: tst_evidencerobustness; a killed process: tst_crashsafety.)
#include "../testsupport.h"
#include "document/schooldocument.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

namespace {

const QString CriterionCode = QStringLiteral("1.1");
const QString Field = QStringLiteral("description");

} // namespace

class TestFileHazards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lockedByAnotherProcess_editRefusedClearly_thenWorks();
    void deletedWhileOpen_editRefused_andSavedWorkIsRecovered();
    void movedWhileOpen_editRefused_fileKeepsSavedWork();
    void readOnlyFile_editRefusedClearly();
};

void TestFileHazards::lockedByAnotherProcess_editRefusedClearly_thenWorks()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolDocument &document = school.document;
    QVERIFY(document.setCriterionText(CriterionCode, Field, QStringLiteral("trước")));

    // Another program (the sqlite3 shell) takes the file's write lock and keeps it.
    QProcess other;
    other.start(QStringLiteral("sqlite3"), {school.path});
    QVERIFY2(other.waitForStarted(), "sqlite3 (Debian package sqlite3) is needed");
    other.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
    QVERIFY(other.waitForReadyRead(30000));
    QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("held"));

    // Minh waits its busy time-out, then refuses the edit with a message, and keeps the old text.
    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("trong lúc khoá")));
    QVERIFY2(document.errorString().contains(school.path) && document.errorString().contains(QLatin1String("another program")),
             qPrintable(document.errorString()));
    QCOMPARE(document.criterionText(CriterionCode, Field), QStringLiteral("trước"));

    other.write("ROLLBACK;\n.quit\n");
    QVERIFY(other.waitForFinished(30000));
    QVERIFY2(document.setCriterionText(CriterionCode, Field, QStringLiteral("sau")), qPrintable(document.errorString()));
    document.close();
    QVERIFY(document.open(school.path));
    QCOMPARE(document.criterionText(CriterionCode, Field), QStringLiteral("sau"));
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestFileHazards::deletedWhileOpen_editRefused_andSavedWorkIsRecovered()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolDocument &document = school.document;
    QVERIFY(document.setCriterionText(CriterionCode, Field, QStringLiteral("đã lưu")));
    QVERIFY(document.setIndicatorVerdict({CriterionCode, 1, QStringLiteral("a")}, Verdict::Met));
    QVERIFY(QFile::remove(school.path));

    // SQLite would write on into the deleted file and lose everything at close; Minh refuses the
    // edit and writes what was saved to a file beside the old one.
    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("sau khi xoá")));
    const QString message = document.errorString();
    QVERIFY2(message.contains(school.path) && message.contains(QLatin1String("moved or deleted")), qPrintable(message));
    const QStringList recovered = QDir(school.dir.path()).entryList({QStringLiteral("school.recovered-*.minh")});
    QCOMPARE(recovered.size(), 1);
    QVERIFY2(message.contains(recovered.first()), qPrintable(message));
    // A verdict fails the same way and does not make a second copy.
    QVERIFY(!document.setIndicatorVerdict({CriterionCode, 1, QStringLiteral("b")}, Verdict::Met));
    QVERIFY2(document.errorString().contains(QLatin1String("moved or deleted")), qPrintable(document.errorString()));
    document.close();

    SchoolDocument reopened;
    QVERIFY2(reopened.open(QDir(school.dir.path()).filePath(recovered.first())), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.criterionText(CriterionCode, Field), QStringLiteral("đã lưu"));
    QCOMPARE(reopened.judgements().indicator({CriterionCode, 1, QStringLiteral("a")}), Verdict::Met);
    QCOMPARE(reopened.judgements().indicator({CriterionCode, 1, QStringLiteral("b")}), Verdict::NotJudged);
}

void TestFileHazards::movedWhileOpen_editRefused_fileKeepsSavedWork()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolDocument &document = school.document;
    QVERIFY(document.setCriterionText(CriterionCode, Field, QStringLiteral("đã lưu")));
    const QString moved = school.dir.filePath(QStringLiteral("moved.minh"));
    QVERIFY(QFile::rename(school.path, moved));

    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("sau khi chuyển")));
    QVERIFY2(document.errorString().contains(QLatin1String("moved or deleted")), qPrintable(document.errorString()));
    document.close();
    QFile::remove(school.path + QStringLiteral(".lock"));
    QVERIFY2(document.open(moved), qPrintable(document.errorString()));
    QCOMPARE(document.criterionText(CriterionCode, Field), QStringLiteral("đã lưu"));
}

void TestFileHazards::readOnlyFile_editRefusedClearly()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setCriterionText(CriterionCode, Field, QStringLiteral("đã lưu")));
    school.document.close();
    QVERIFY(QFile::setPermissions(school.path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(school.path).isWritable()) {
        QSKIP("running as a user who can write read-only files (root)");
    }
    SchoolDocument document;
    QVERIFY2(document.open(school.path), qPrintable(document.errorString()));
    QVERIFY(document.isReadOnly());
    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("không được")));
    QVERIFY2(document.errorString().contains(school.path) && document.errorString().contains(QLatin1String("read-only")),
             qPrintable(document.errorString()));
    QCOMPARE(document.criterionText(CriterionCode, Field), QStringLiteral("đã lưu"));
}

QTEST_GUILESS_MAIN(TestFileHazards)
#include "tst_filehazards.moc"
