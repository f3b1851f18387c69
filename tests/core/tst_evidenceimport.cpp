#include "../testsupport.h"
#include "document/commands/addevidencecommand.h"
#include "document/commands/citeevidencecommand.h"
#include "document/commands/setevidencefieldcommand.h"
#include "document/evidenceimportjob.h"

#include <QBuffer>
#include <QPromise>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

// The background import of dropped files and the undo commands for evidence.
class TestEvidenceImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void import_createsOneCodedItemPerFile();
    void import_duplicateIsReportedWithTheItemThatHasIt();
    void import_cancelledLeavesNothing();
    void import_missingFileLeavesNothingAndExplains();
    void import_schoolFileDeleted_createsNothingAndExplains();
    void import_schoolPathWithUriCharacters();
    void import_schoolFileItself_isRefused();
    void titleFor_readsTheFileName_data();
    void titleFor_readsTheFileName();
    void addCommand_undoRemovesAndRedoRestoresWithFiles();
    void citeCommand_undoUnlinks();
    void fieldCommand_editsAndUndoes();

private:
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
    static EvidenceImportOutcome runJob(SchoolDocument &document, const QString &criterion, const QStringList &paths,
                                        bool cancelled = false);
};

QString TestEvidenceImport::writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

EvidenceImportOutcome TestEvidenceImport::runJob(SchoolDocument &document, const QString &criterion,
                                                 const QStringList &paths, bool cancelled)
{
    EvidenceImportRequest request;
    request.schoolPath = document.path();
    request.author = QStringLiteral("test");
    request.codeFormat = document.framework().regime().evidence.codeFormat;
    request.criterion = criterion;
    request.box = document.framework().criterion(criterion)->standardNumber;
    static_cast<void>(document.nextEvidenceCode(criterion, request.box, &request.firstSequence));
    for (const EvidenceItem &item : document.evidence()) {
        request.takenCodes.insert(item.code);
    }
    request.paths = paths;
    request.cancel->store(cancelled);
    QPromise<EvidenceImportOutcome> promise;
    QFuture<EvidenceImportOutcome> future = promise.future();
    promise.start();
    EvidenceImportJob::run(promise, request);
    promise.finish();
    if (!document.reloadEvidence()) {
        qWarning("%s", qPrintable(document.errorString()));
    }
    return future.result();
}

void TestEvidenceImport::import_createsOneCodedItemPerFile()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString plan = writeFile(files, QStringLiteral("Ke_hoach nam hoc.txt"), "plan");
    const QString minutes = writeFile(files, QStringLiteral("Biên bản họp.pdf"), QByteArray(3 * 1024 * 1024 + 5, 'x'));
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.2"), {plan, minutes});
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.created, (QStringList{QStringLiteral("[H1-1.2-01]"), QStringLiteral("[H1-1.2-02]")}));
    const EvidenceItem *first = school.document.evidenceItem(QStringLiteral("[H1-1.2-01]"));
    QVERIFY(first);
    QCOMPARE(first->title, QStringLiteral("Ke hoach nam hoc"));
    QCOMPARE(first->criterionCode, QStringLiteral("1.2"));
    QCOMPARE(first->files.size(), 1);
    const EvidenceItem *second = school.document.evidenceItem(QStringLiteral("[H1-1.2-02]"));
    QCOMPARE(second->title, QStringLiteral("Biên bản họp"));
    QCOMPARE(second->files.constFirst().size, 3 * 1024 * 1024 + 5);
    QBuffer read;
    QVERIFY(read.open(QIODevice::WriteOnly));
    QVERIFY(school.document.evidenceStore().read(second->files.constFirst().contentId, &read));
    QCOMPARE(read.data(), QByteArray(3 * 1024 * 1024 + 5, 'x'));
    // The next code of the criterion follows the imported ones.
    QCOMPARE(school.document.nextEvidenceCode(QStringLiteral("1.2"), 1), QStringLiteral("[H1-1.2-03]"));
}

void TestEvidenceImport::import_duplicateIsReportedWithTheItemThatHasIt()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString original = writeFile(files, QStringLiteral("a.txt"), "same bytes");
    const QString copy = writeFile(files, QStringLiteral("copy of a.txt"), "same bytes");
    const QString other = writeFile(files, QStringLiteral("b.txt"), "other bytes");
    QCOMPARE(runJob(school.document, QStringLiteral("1.1"), {original}).created,
             QStringList{QStringLiteral("[H1-1.1-01]")});
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("2.1"), {copy, other});
    QCOMPARE(outcome.duplicates.size(), 1);
    QCOMPARE(outcome.duplicates.constFirst().path, copy);
    QCOMPARE(outcome.duplicates.constFirst().codes, QStringList{QStringLiteral("[H1-1.1-01]")});
    // The duplicate made no item and used no number: the other file gets the first code.
    QCOMPARE(outcome.created, QStringList{QStringLiteral("[H2-2.1-01]")});
    QCOMPARE(school.document.evidence().size(), 2);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_content")), 2);
}

void TestEvidenceImport::import_cancelledLeavesNothing()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString big = writeFile(files, QStringLiteral("big.pdf"), QByteArray(2 * 1024 * 1024 + 1, 'y'));
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.1"), {big}, true);
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QVERIFY(outcome.created.isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_item")), 0);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_content")), 0);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_chunk")), 0);
}

void TestEvidenceImport::import_missingFileLeavesNothingAndExplains()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString good = writeFile(files, QStringLiteral("good.txt"), "good");
    const QString missing = files.filePath(QStringLiteral("gone.txt"));
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.1"), {good, missing});
    QVERIFY(outcome.error.contains(missing));
    QVERIFY(outcome.created.isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_item")), 0);
}

void TestEvidenceImport::titleFor_readsTheFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::newRow("underscores") << QStringLiteral("/x/Bien_ban_hop.pdf") << QStringLiteral("Bien ban hop");
    QTest::newRow("two dots") << QStringLiteral("/x/QĐ 12.2025.docx") << QStringLiteral("QĐ 12.2025");
    QTest::newRow("no extension") << QStringLiteral("/x/README") << QStringLiteral("README");
    QTest::newRow("only extension") << QStringLiteral("/x/.pdf") << QStringLiteral(".pdf");
}

void TestEvidenceImport::titleFor_readsTheFileName()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    QCOMPARE(EvidenceImportJob::titleFor(path), title);
}

void TestEvidenceImport::addCommand_undoRemovesAndRedoRestoresWithFiles()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString a = writeFile(files, QStringLiteral("a.txt"), "alpha");
    const QString b = writeFile(files, QStringLiteral("b.txt"), "beta");
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.1"), {a, b});
    QCOMPARE(outcome.created.size(), 2);
    QVERIFY(school.document.citeEvidence(outcome.created.at(1), QStringLiteral("3.1")));
    QList<EvidenceItem> created;
    for (const QString &code : outcome.created) {
        created.append(*school.document.evidenceItem(code));
    }
    QUndoStack *stack = school.document.undoStack();
    stack->push(new AddEvidenceCommand(&school.document, created, QStringLiteral("1.1")));
    QCOMPARE(school.document.evidence().size(), 2); // the first redo does not add them twice
    QCOMPARE(stack->undoText(), QStringLiteral("Add 2 evidence items to criterion 1.1"));
    stack->undo();
    QVERIFY(school.document.evidence().isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_item")), 0);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_file")), 0);
    QCOMPARE(school.document.nextEvidenceCode(QStringLiteral("1.1"), 1), QStringLiteral("[H1-1.1-01]"));
    stack->redo();
    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    const EvidenceItem *back = reopened.evidenceItem(outcome.created.at(1));
    QVERIFY(back);
    QCOMPARE(back->title, QStringLiteral("b"));
    QCOMPARE(back->citedBy, QStringList{QStringLiteral("3.1")});
    QCOMPARE(back->files.size(), 1);
    QBuffer read;
    QVERIFY(read.open(QIODevice::WriteOnly));
    QVERIFY(reopened.evidenceStore().read(back->files.constFirst().contentId, &read));
    QCOMPARE(read.data(), QByteArray("beta"));
}

void TestEvidenceImport::citeCommand_undoUnlinks()
{
    TestSupport::School school;
    QVERIFY(school.create());
    EvidenceItem item;
    item.title = QStringLiteral("Kế hoạch");
    item.criterionCode = QStringLiteral("1.1");
    QVERIFY(school.document.addEvidenceItem(item));
    const QString code = school.document.evidence().constFirst().code;
    QUndoStack *stack = school.document.undoStack();
    stack->push(new CiteEvidenceCommand(&school.document, code, QStringLiteral("2.2")));
    QCOMPARE(school.document.evidenceItem(code)->citedBy, QStringList{QStringLiteral("2.2")});
    QCOMPARE(stack->undoText(), QStringLiteral("Link evidence %1 to criterion 2.2").arg(code));
    stack->undo();
    QVERIFY(school.document.evidenceItem(code)->citedBy.isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_citation")), 0);
    stack->redo();
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_citation")), 1);
    stack->push(new CiteEvidenceCommand(&school.document, code, QStringLiteral("2.2"), false));
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("evidence_citation")), 0);
    stack->undo();
    QCOMPARE(school.document.evidenceItem(code)->citedBy, QStringList{QStringLiteral("2.2")});
}

void TestEvidenceImport::fieldCommand_editsAndUndoes()
{
    TestSupport::School school;
    QVERIFY(school.create());
    EvidenceItem item;
    item.title = QStringLiteral("Kế hoạch");
    item.issuer = QStringLiteral("Hiệu trưởng");
    item.criterionCode = QStringLiteral("1.1");
    QVERIFY(school.document.addEvidenceItem(item));
    const QString code = school.document.evidence().constFirst().code;
    QUndoStack *stack = school.document.undoStack();
    stack->push(
        new SetEvidenceFieldCommand(&school.document, code, EvidenceField::Issuer, QStringLiteral("  Tổ chuyên môn ")));
    QCOMPARE(school.document.evidenceItem(code)->issuer, QStringLiteral("Tổ chuyên môn"));
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT issuer FROM evidence_item")).toString(),
             QStringLiteral("Tổ chuyên môn"));
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'issuer'"))
                 .toInt(),
             1);
    stack->undo();
    QCOMPARE(school.document.evidenceItem(code)->issuer, QStringLiteral("Hiệu trưởng"));
    // A title cannot be emptied: the command fails, leaves no undo step and the file keeps the title.
    const int steps = stack->index(); // pushing drops the undone step after it
    stack->push(new SetEvidenceFieldCommand(&school.document, code, EvidenceField::Title, QStringLiteral(" ")));
    QCOMPARE(stack->count(), steps);
    QCOMPARE(school.document.evidenceItem(code)->title, QStringLiteral("Kế hoạch"));
}

QTEST_MAIN(TestEvidenceImport)

// A background import that starts after the school file was deleted must not leave an empty
// database where the file was (SQLite creates one unless told not to).
void TestEvidenceImport::import_schoolFileDeleted_createsNothingAndExplains()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString plan = writeFile(files, QStringLiteral("Ke hoach.txt"), "plan");
    QVERIFY(QFile::remove(school.path));
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.2"), {plan});
    QVERIFY2(outcome.error.contains(school.path) && outcome.error.contains(QLatin1String("moved or deleted")),
             qPrintable(outcome.error));
    QVERIFY(outcome.created.isEmpty());
    QVERIFY(!QFileInfo::exists(school.path));
}


// The worker opens the school through a "file:" URI: characters that mean something in a URI
// (#, ?, %, spaces) and Vietnamese letters in the folder's name must still reach the right file.
void TestEvidenceImport::import_schoolPathWithUriCharacters()
{
    TestSupport::School school;
    school.path = school.dir.filePath(QStringLiteral("Trường #1 ?a=b %20 & c.minh"));
    QVERIFY(school.create());
    QTemporaryDir files;
    const QString plan = writeFile(files, QStringLiteral("Ke hoach.txt"), "plan");
    const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.2"), {plan});
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.created.size(), 1);
    QCOMPARE(school.document.evidence().size(), 1);
    // Made by another connection, read back whole by reloadEvidence(): found by its code.
    QCOMPARE(school.document.evidenceItem(outcome.created.first())->title, QStringLiteral("Ke hoach"));
    // Nothing but the school and its lock file (no database made at a half-decoded name).
    const QString name = QFileInfo(school.path).fileName();
    QCOMPARE(QDir(school.dir.path()).entryList(QDir::Files, QDir::Name), (QStringList{name, name + QStringLiteral(".lock")}));
}


// The background import opens the school through a URI, yet must still know the school file and
// refuse to import it (or its journal or lock) into itself.
void TestEvidenceImport::import_schoolFileItself_isRefused()
{
    TestSupport::School school;
    QVERIFY(school.create());
    for (const QString &path : QStringList{school.path, school.path + QStringLiteral(".lock")}) {
        const QByteArray before = TestSupport::fileHash(school.path);
        const EvidenceImportOutcome outcome = runJob(school.document, QStringLiteral("1.1"), {path});
        QVERIFY2(outcome.error.contains(QLatin1String("is the school file itself")), qPrintable(outcome.error));
        QVERIFY(outcome.created.isEmpty());
        QCOMPARE(TestSupport::fileHash(school.path), before);
    }
}

#include "tst_evidenceimport.moc"
