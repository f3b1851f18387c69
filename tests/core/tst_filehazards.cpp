// What happens to an open school file when the world around it misbehaves: another program holds
// a lock on it, it is deleted or moved while open, it cannot be written. Each time the user gets a
// message naming the file and saying what happened, and nothing already saved is lost.
// (A full disk: tst_evidencerobustness; a killed process: tst_crashsafety.)
#include "../testsupport.h"
#include "document/schooldocument.h"

#include <QBuffer>
#include <QDir>
#include <QFutureWatcher>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Minh::Core;

namespace {

const QString CriterionCode = QStringLiteral("1.1");
const QString Field = QStringLiteral("description");

// The school most hazards start from: created, with one text saved.
bool createWithSavedText(TestSupport::School *school)
{
    return school->create() && school->document.setCriterionText(CriterionCode, Field, QStringLiteral("đã lưu"));
}

} // namespace

class TestFileHazards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lockedByAnotherProcess_editRefusedClearly_thenWorks();
    void deletedWhileOpen_editRefused_andSavedWorkIsRecovered();
    void deletedWhileOpen_largeFile_eventLoopRunsWhileItIsCopied();
    void deletedWhileOpen_closedBeforeTheCopyStarts_copyIsStillMade();
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
    QVERIFY(createWithSavedText(&school));
    SchoolDocument &document = school.document;
    QVERIFY(document.setIndicatorVerdict({CriterionCode, 1, QStringLiteral("a")}, Verdict::Met));
    QVERIFY(QFile::remove(school.path));
    QSignalSpy started(&document, &SchoolDocument::recoveryStarted);
    QSignalSpy finished(&document, &SchoolDocument::recoveryFinished);

    // SQLite would write on into the deleted file and lose everything at close; Minh refuses the
    // edit and copies what was saved to a file beside the old one, in the background.
    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("sau khi xoá")));
    const QString message = document.errorString();
    QVERIFY2(message.contains(school.path) && message.contains(QLatin1String("moved or deleted"))
                 && message.contains(QLatin1String("is being copied")),
             qPrintable(message));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QString());
    const QStringList recovered = QDir(school.dir.path()).entryList({QStringLiteral("school.recovered-*.minh*")});
    QCOMPARE(recovered.size(), 1); // and no "….part" left
    QVERIFY2(message.contains(recovered.first()), qPrintable(message));
    QCOMPARE(finished.first().at(0).toString(), QDir(school.dir.path()).filePath(recovered.first()));
    // A verdict fails the same way, says where the copy is and does not make a second one.
    QVERIFY(!document.setIndicatorVerdict({CriterionCode, 1, QStringLiteral("b")}, Verdict::Met));
    QVERIFY2(document.errorString().contains(QLatin1String("moved or deleted"))
                 && document.errorString().contains(QLatin1String("has been copied to"))
                 && document.errorString().contains(recovered.first()),
             qPrintable(document.errorString()));
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 1);
    QCOMPARE(QDir(school.dir.path()).entryList({QStringLiteral("school.recovered-*")}).size(), 1);
    document.close();

    SchoolDocument reopened;
    QVERIFY2(reopened.open(QDir(school.dir.path()).filePath(recovered.first())), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.criterionText(CriterionCode, Field), QStringLiteral("đã lưu"));
    QCOMPARE(reopened.judgements().indicator({CriterionCode, 1, QStringLiteral("a")}), Verdict::Met);
    QCOMPARE(reopened.judgements().indicator({CriterionCode, 1, QStringLiteral("b")}), Verdict::NotJudged);
}

void TestFileHazards::deletedWhileOpen_largeFile_eventLoopRunsWhileItIsCopied()
{
    TestSupport::School school;
    QVERIFY(createWithSavedText(&school));
    SchoolDocument &document = school.document;
    // 48 MiB of evidence: 768 pages of 64 KiB, a copy of twelve steps at the least.
    const QString video = school.dir.filePath(QStringLiteral("video.mp4"));
    {
        QFile file(video);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 48; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            QCOMPARE(file.write(block), block.size());
        }
    }
    EvidenceItem item;
    item.criterionCode = CriterionCode;
    item.title = QStringLiteral("Video buổi sinh hoạt");
    QVERIFY2(document.addEvidence(item, {video}), qPrintable(document.errorString()));
    const EvidenceFile stored = document.evidence().constFirst().files.constFirst();
    QVERIFY(QFile::remove(school.path));

    QSignalSpy finished(&document, &SchoolDocument::recoveryFinished);
    QFutureWatcher<QString> progress;
    QList<int> progressValues;
    connect(&progress, &QFutureWatcher<QString>::progressValueChanged, this, [&](int value) { progressValues.append(value); });
    connect(&document, &SchoolDocument::recoveryStarted, this, [&] { progress.setFuture(document.recoveryCopy()); });
    // The window's event loop: every turn it makes while the copy runs is counted.
    int turnsDuringCopy = 0;
    QString refusedDuringCopy;
    QTimer turn;
    turn.setInterval(0);
    connect(&turn, &QTimer::timeout, this, [&] {
        if (!document.isRecovering()) {
            return;
        }
        // An edit made meanwhile is refused with the same explanation, without touching the file.
        if (++turnsDuringCopy == 1 && !document.setCriterionText(CriterionCode, Field, QStringLiteral("trong lúc chép"))) {
            refusedDuringCopy = document.errorString();
        }
    });
    turn.start();

    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("sau khi xoá")));
    QVERIFY(!document.isRecovering()); // the failed edit returns at once; the copy starts from the event loop
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    turn.stop();
    QVERIFY2(turnsDuringCopy > 0, "the event loop did not run while the file was being copied");
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCoreApplication::processEvents();
    QVERIFY2(!progressValues.isEmpty() && progressValues.constLast() == progress.progressMaximum(),
             qPrintable(QStringLiteral("progress %1 of %2").arg(progressValues.isEmpty() ? -1 : progressValues.constLast())
                            .arg(progress.progressMaximum())));
    QVERIFY2(refusedDuringCopy.contains(QLatin1String("is being copied")), qPrintable(refusedDuringCopy));
    QCOMPARE(QDir(school.dir.path()).entryList({QStringLiteral("school.recovered-*")}).size(), 1);
    document.close();

    // The copy is complete: a sound database, the text saved before, the evidence byte for byte.
    const QString copy = finished.first().at(0).toString();
    QCOMPARE(TestSupport::scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    SchoolDocument reopened;
    QVERIFY2(reopened.open(copy), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.criterionText(CriterionCode, Field), QStringLiteral("đã lưu"));
    QCOMPARE(reopened.evidence().size(), 1);
    QBuffer contents;
    QVERIFY(contents.open(QIODevice::WriteOnly));
    EvidenceStore store = reopened.evidenceStore();
    QVERIFY2(store.read(stored.contentId, &contents), qPrintable(store.errorString())); // checks the SHA-256
    QCOMPARE(contents.size(), qint64(48) << 20);
}

void TestFileHazards::deletedWhileOpen_closedBeforeTheCopyStarts_copyIsStillMade()
{
    TestSupport::School school;
    QVERIFY(createWithSavedText(&school));
    SchoolDocument &document = school.document;
    QVERIFY(QFile::remove(school.path));
    QVERIFY(!document.setCriterionText(CriterionCode, Field, QStringLiteral("sau khi xoá")));
    // minh-cli closes the file without ever running an event loop: the copy is made then.
    document.close();
    const QStringList recovered = QDir(school.dir.path()).entryList({QStringLiteral("school.recovered-*")});
    QCOMPARE(recovered.size(), 1);
    const QString copy = QDir(school.dir.path()).filePath(recovered.first());
    QCOMPARE(TestSupport::scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    SchoolDocument reopened;
    QVERIFY2(reopened.open(copy), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.criterionText(CriterionCode, Field), QStringLiteral("đã lưu"));
}

void TestFileHazards::movedWhileOpen_editRefused_fileKeepsSavedWork()
{
    TestSupport::School school;
    QVERIFY(createWithSavedText(&school));
    SchoolDocument &document = school.document;
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
    QVERIFY(createWithSavedText(&school));
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
