// minh-synth, the generator of synthetic schools the benchmarks measure on: a small school must be
// a real school file with what the scale figures claim (items, bytes, realistic file types, every
// criterion judged and written), or the benchmarks would measure something else.

#include "../testsupport.h"

#include "document/schooldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QStandardPaths>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

class TestSynth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smallSchool_holdsWhatWasAskedFor();
    void existingFile_refused();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSynth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("synth.minh"));
    QProcess synth;
    synth.start(QStringLiteral(MINH_SYNTH), {m_path, QStringLiteral("--items"), QStringLiteral("24"),
                                             QStringLiteral("--mib"), QStringLiteral("3")});
    QVERIFY(synth.waitForFinished(120000));
    QVERIFY2(synth.exitCode() == 0, synth.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(synth.readAllStandardOutput()).contains(QStringLiteral("24 items")));
}

void TestSynth::smallSchool_holdsWhatWasAskedFor()
{
    SchoolDocument document;
    QVERIFY2(document.open(m_path, SchoolFile::Access::ReadOnly), qPrintable(document.errorString()));
    QCOMPARE(document.evidence().size(), 24);
    // Every criterion judged at every indicator and every text field written.
    for (const Criterion *criterion : document.framework().criteria()) {
        for (const TextField &field : document.framework().regime().criterionFields) {
            QVERIFY2(!document.criterionText(criterion->code, field.key).trimmed().isEmpty(),
                     qPrintable(criterion->code + QLatin1Char(' ') + field.key));
        }
    }
    // The files add up to the size asked for (within one file of it), and they are of real types.
    const qint64 bytes = TestSupport::scalar(m_path, QStringLiteral("SELECT sum(size) FROM evidence_content")).toLongLong();
    QVERIFY2(bytes > (2 << 20) && bytes <= (4 << 20), qPrintable(QString::number(bytes)));
    QSet<QByteArray> kinds;
    const QString extractDir = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(extractDir));
    QProcess extract;
    extract.start(QStringLiteral(MINH_CLI), {QStringLiteral("evidence"), QStringLiteral("extract"), m_path, extractDir});
    QVERIFY(extract.waitForFinished(120000));
    QCOMPARE(extract.exitCode(), 0);
    QDirIterator it(extractDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4);
        if (head.startsWith("%PDF")) {
            kinds.insert("pdf");
        } else if (head.startsWith("\xFF\xD8\xFF")) {
            kinds.insert("jpeg");
        } else if (head.startsWith("\x89PNG")) {
            kinds.insert("png");
        }
    }
    QVERIFY2(kinds.size() >= 2, "several real file types");
}

void TestSynth::existingFile_refused()
{
    QProcess synth;
    synth.start(QStringLiteral(MINH_SYNTH), {m_path, QStringLiteral("--items"), QStringLiteral("1"),
                                             QStringLiteral("--mib"), QStringLiteral("1")});
    QVERIFY(synth.waitForFinished(60000));
    QVERIFY(synth.exitCode() != 0);
    SchoolDocument document;
    QVERIFY(document.open(m_path, SchoolFile::Access::ReadOnly));
    QCOMPARE(document.evidence().size(), 24); // the existing school is untouched
}

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
