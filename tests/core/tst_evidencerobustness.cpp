#include "../testsupport.h"
#include "evidence/evidenceextractor.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTest>

using namespace Minh::Core;

// Evidence against the situations a school laptop and a hostile file bring: a full disk, the
// school file imported into itself, a pipe, a damaged copy, a file that would overwrite a
// user's hidden file, chunks larger than Minh writes.
class TestEvidenceRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fullDisk_leavesOneConsistentFile();
    void schoolFileItself_isRefused();
    void pipe_isRefused();
    void damagedCopy_isRepairedByImportingTheFileAgain();
    void hostileCode_neverOverwritesHiddenFile();
    void filesWithoutExtension_getDistinctNames();
    void oversizedChunk_isDamageNotMemory();

private:
    static QString writeRandom(const QString &path, qint64 size);
    static EvidenceItem item(const QString &criterion, const QString &title);
};

QString TestEvidenceRobustness::writeRandom(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random{quint32(size)};
    for (char &c : data) {
        c = char(random.bounded(256));
    }
    file.write(data);
    return path;
}

EvidenceItem TestEvidenceRobustness::item(const QString &criterion, const QString &title)
{
    EvidenceItem e;
    e.criterionCode = criterion;
    e.title = title;
    return e;
}

void TestEvidenceRobustness::fullDisk_leavesOneConsistentFile()
{
    QTemporaryDir mountPoint;
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=12m"), QStringLiteral("tmpfs"), mountPoint.path()});
    if (!mount.waitForFinished() || mount.exitCode() != 0) {
        QSKIP("a small file system cannot be mounted here (needs root)");
    }
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
    QTemporaryDir sources;
    const QString path = QDir(mountPoint.path()).filePath(QStringLiteral("school.minh"));
    {
        SchoolDocument document;
        QVERIFY(TestSupport::createSchool(&document, path));
        QVERIFY(document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("Vừa")),
                                     {writeRandom(sources.filePath(QStringLiteral("small.pdf")), 2 << 20)}));
        QVERIFY(!document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("Quá lớn")),
                                      {writeRandom(sources.filePath(QStringLiteral("big.mp4")), 20 << 20)}));
        QVERIFY2(document.errorString().contains(QStringLiteral("Is the disk full?")), qPrintable(document.errorString()));
        // At once, not at the next opening: a copy taken now must be whole.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(document.evidence().size(), 1);
    }
    QCOMPARE(TestSupport::scalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    SchoolDocument reopened;
    QVERIFY(reopened.open(path, SchoolFile::Access::ReadOnly));
    QCOMPARE(reopened.evidence().size(), 1);
}

void TestEvidenceRobustness::schoolFileItself_isRefused()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QByteArray before = TestSupport::fileHash(school.path);
    QVERIFY(!school.document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("Chính nó")), {school.path}));
    QVERIFY(school.document.errorString().contains(QStringLiteral("is the school file itself")));
    QCOMPARE(TestSupport::fileHash(school.path), before);
}

void TestEvidenceRobustness::pipe_isRefused()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString fifo = school.dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    QVERIFY(!school.document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("Ống")), {fifo}));
    QCOMPARE(school.document.errorString(), QStringLiteral("“%1” is not an ordinary file.").arg(fifo));
    QVERIFY(school.document.evidence().isEmpty());
}

void TestEvidenceRobustness::damagedCopy_isRepairedByImportingTheFileAgain()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString source = writeRandom(school.dir.filePath(QStringLiteral("scan.pdf")), (5 << 20) + 17);
    QVERIFY(school.document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("Bản quét")), {source}));
    school.document.close();
    QVERIFY(TestSupport::writeBehind(school.path, QStringLiteral("DELETE FROM evidence_chunk WHERE sequence = 2")));
    QVERIFY(school.document.open(school.path));
    QList<EvidenceStore::Imported> imported;
    QVERIFY(school.document.addEvidence(item(QStringLiteral("1.2"), QStringLiteral("Bản quét lại")), {source}, &imported));
    QVERIFY(imported.constFirst().duplicate);
    QVERIFY(imported.constFirst().repaired);
    QVERIFY(school.document.evidenceStore().incompleteContents().isEmpty());
    EvidenceExtractor extractor(school.document);
    QVERIFY2(extractor.extractItem(QStringLiteral("[H1-1.1-01]"), school.dir.filePath(QStringLiteral("out"))),
             qPrintable(extractor.errorString()));
    QCOMPARE(TestSupport::fileHash(extractor.writtenFiles().constFirst()), TestSupport::fileHash(source));
}

void TestEvidenceRobustness::hostileCode_neverOverwritesHiddenFile()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString source = writeRandom(school.dir.filePath(QStringLiteral("noextension")), 1000);
    QVERIFY(school.document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("x")), {source}));
    school.document.close();
    // A school file from elsewhere whose item is coded and titled to land on a user's hidden file.
    QVERIFY(TestSupport::writeBehind(school.path, QStringLiteral("UPDATE evidence_item SET code = '.profile', title = ''")));
    QVERIFY(school.document.open(school.path, SchoolFile::Access::ReadOnly));
    const QString victim = school.dir.filePath(QStringLiteral("victim"));
    QVERIFY(QDir().mkpath(victim));
    QFile profile(QDir(victim).filePath(QStringLiteral(".profile")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("export PATH=/usr/bin\n");
    profile.close();
    EvidenceExtractor extractor(school.document);
    QVERIFY2(extractor.extractItem(QStringLiteral(".profile"), victim), qPrintable(extractor.errorString()));
    QVERIFY(profile.open(QIODevice::ReadOnly));
    QCOMPARE(profile.readAll(), QByteArray("export PATH=/usr/bin\n"));
    QCOMPARE(extractor.writtenFiles().size(), 1);
    QVERIFY(!QFileInfo(extractor.writtenFiles().constFirst()).fileName().startsWith(QLatin1Char('.')));
}

void TestEvidenceRobustness::filesWithoutExtension_getDistinctNames()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString a = writeRandom(school.dir.filePath(QStringLiteral("README")), 10);
    const QString b = writeRandom(school.dir.filePath(QStringLiteral("LICENSE")), 20);
    QVERIFY(school.document.addEvidence(item(QStringLiteral("1.2"), QStringLiteral("T")), {a, b}));
    EvidenceExtractor extractor(school.document);
    QVERIFY(extractor.extractItem(QStringLiteral("[H1-1.2-01]"), school.dir.filePath(QStringLiteral("out"))));
    QStringList names;
    for (const QString &path : extractor.writtenFiles()) {
        names.append(QFileInfo(path).fileName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("H1-1.2-01 T"), QStringLiteral("H1-1.2-01 T (2)")}));
}

void TestEvidenceRobustness::oversizedChunk_isDamageNotMemory()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString source = writeRandom(school.dir.filePath(QStringLiteral("a.pdf")), 3 << 20);
    QVERIFY(school.document.addEvidence(item(QStringLiteral("1.1"), QStringLiteral("A")), {source}));
    school.document.close();
    QVERIFY(TestSupport::writeBehind(school.path,
                                     QStringLiteral("UPDATE evidence_chunk SET data = zeroblob(64 * 1024 * 1024) WHERE sequence = 1")));
    QVERIFY(school.document.open(school.path, SchoolFile::Access::ReadOnly));
    EvidenceExtractor extractor(school.document);
    QVERIFY(!extractor.extractAll(school.dir.filePath(QStringLiteral("out"))));
    QVERIFY2(extractor.errorString().contains(QStringLiteral("damaged")), qPrintable(extractor.errorString()));
    QVERIFY(QDir(school.dir.filePath(QStringLiteral("out/Standard 1"))).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestEvidenceRobustness)
#include "tst_evidencerobustness.moc"
