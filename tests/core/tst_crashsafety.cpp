#include "../testsupport.h"
#include "document/schooldocument.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

namespace {

// What minh-edit-driver writes (see tests/tools/editdriver.cpp): odd edits set the description of
// criterion 1.1 to "edit <n>", even edits judge 1.1/1/a, Met when n/2 is odd.
const IndicatorRef DriverIndicator{QStringLiteral("1.1"), 1, QStringLiteral("a")};

QString textAfter(int edits)
{
    return QStringLiteral("edit %1").arg(edits % 2 == 1 ? edits : edits - 1);
}

// `before` is the verdict the file held when the driver started.
Verdict verdictAfter(int edits, Verdict before)
{
    const int lastVerdictEdit = edits - edits % 2;
    if (lastVerdictEdit == 0) {
        return before;
    }
    return (lastVerdictEdit / 2) % 2 == 1 ? Verdict::Met : Verdict::NotMet;
}

QString verdictName(Verdict verdict)
{
    return verdict == Verdict::NotJudged
               ? QStringLiteral("not judged")
               : (verdict == Verdict::Met ? QStringLiteral("met") : QStringLiteral("not met"));
}

// The new value of the newest change-log row about `entity`: the log is written in the same
// transaction as the change, so it must agree with the data after any kill.
QString lastLogged(const QString &path, const QString &entity)
{
    return TestSupport::scalar(path, QStringLiteral("SELECT new_value FROM change_log WHERE entity = '%1' "
                                                    "ORDER BY id DESC LIMIT 1")
                                         .arg(entity))
        .toString();
}

// The highest n of the complete "committed <n>" lines in `output`.
int lastCommitted(const QByteArray &output)
{
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // unfinished, or empty after the last newline
    int last = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.startsWith("committed ")) {
            last = std::max(last, line.mid(10).toInt());
        }
    }
    return last;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringEdits_keepsEveryReportedCommit();
    void harness_importsMigrationsExtracts_loseNothing();
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(MINH_EDIT_DRIVER)).isExecutable(), MINH_EDIT_DRIVER);
}

void TestCrashSafety::killDuringEdits_keepsEveryReportedCommit()
{
    constexpr int Trials = 30;
    constexpr int MaxTarget = 40;
    constexpr quint32 Seed = 20260107;
    qInfo("seed %u, %d trials", Seed, Trials);
    QRandomGenerator random(Seed);

    TestSupport::School school;
    QVERIFY(school.create());
    school.document.close();
    const QString path = school.path;

    // The same file takes every kill in turn, so each trial also starts from a file the previous
    // kill may have left with a hot journal.
    Verdict verdictBefore = Verdict::NotJudged;
    QStringList failures;
    for (int trial = 1; trial <= Trials; ++trial) {
        const int target = random.bounded(1, MaxTarget + 1);
        QProcess driver;
        driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        driver.start(QStringLiteral(MINH_EDIT_DRIVER), {path, QStringLiteral("1000000")});
        QVERIFY2(driver.waitForStarted(), qPrintable(driver.errorString()));
        QByteArray output;
        while (lastCommitted(output) < target && driver.state() == QProcess::Running) {
            if (driver.waitForReadyRead(30000)) {
                output += driver.readAllStandardOutput();
            } else {
                break;
            }
        }
        const bool reachedTarget = lastCommitted(output) >= target;
        driver.kill();
        QVERIFY(driver.waitForFinished(30000));
        output += driver.readAllStandardOutput();
        QVERIFY2(reachedTarget, qPrintable(QStringLiteral("trial %1: the driver stopped after %2 of %3 edits")
                                               .arg(trial)
                                               .arg(lastCommitted(output))
                                               .arg(target)));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit);

        const int reported = lastCommitted(output);
        SchoolDocument document;
        if (!document.open(path)) {
            failures.append(
                QStringLiteral("trial %1: the file does not open: %2").arg(trial).arg(document.errorString()));
            qInfo().noquote() << failures.last();
            break;
        }
        const QString integrity = TestSupport::scalar(path, QStringLiteral("PRAGMA integrity_check")).toString();
        const QString text = document.criterionText(QStringLiteral("1.1"), QStringLiteral("description"));
        const Verdict verdict = document.judgements().indicator(DriverIndicator);
        // The edit after the last reported one may have been committed before the kill landed.
        const bool textOk = text == textAfter(reported) || text == textAfter(reported + 1);
        const bool verdictOk =
            verdict == verdictAfter(reported, verdictBefore) || verdict == verdictAfter(reported + 1, verdictBefore);
        const bool logOk = lastLogged(path, QStringLiteral("criterion_text")) == text &&
                           (reported < 2 || lastLogged(path, QStringLiteral("indicator_judgement")) ==
                                                (verdict == Verdict::Met ? QStringLiteral("1") : QStringLiteral("0")));
        const QString line = QStringLiteral("trial %1: killed after %2 reported commits (aimed at %3); text “%4”, "
                                            "verdict %5, integrity %6, change log %7")
                                 .arg(trial)
                                 .arg(reported)
                                 .arg(target)
                                 .arg(text, verdictName(verdict), integrity,
                                      logOk ? QStringLiteral("agrees") : QStringLiteral("disagrees"));
        qInfo().noquote() << line;
        if (integrity != QStringLiteral("ok") || !textOk || !verdictOk || !logOk) {
            failures.append(line);
        }
        verdictBefore = verdict;
    }
    qInfo("%d trials, %lld failures", Trials, static_cast<long long>(failures.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

// The other kinds of work, through minh-crash-harness (tests/tools/crashharness.cpp), which also
// runs the hundreds of trials of the README. Here a few of each, with a fixed seed.
void TestCrashSafety::harness_importsMigrationsExtracts_loseNothing()
{
    QVERIFY2(QFileInfo(QStringLiteral(MINH_CRASH_HARNESS)).isExecutable(), MINH_CRASH_HARNESS);
    QProcess harness;
    harness.setProcessChannelMode(QProcess::MergedChannels);
    harness.start(QStringLiteral(MINH_CRASH_HARNESS), {QStringLiteral("--trials"), QStringLiteral("18"),
                                                       QStringLiteral("--scenarios"),
                                                       QStringLiteral("imports,migrations,extracts"),
                                                       QStringLiteral("--seed"), QStringLiteral("20261122")});
    QVERIFY(harness.waitForFinished(280000));
    const QString output = QString::fromUtf8(harness.readAll());
    qInfo().noquote() << output;
    QCOMPARE(harness.exitStatus(), QProcess::NormalExit);
    QVERIFY2(output.contains(QLatin1String("18 trials, 0 failures")), qPrintable(output));
    QCOMPARE(harness.exitCode(), 0);
    // Some kills must land in the middle of the work, or the trials prove little.
    QVERIFY2(!output.contains(QLatin1String(", 0 killed mid-work")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
