#include "crashscenarios.h"

#include "../testsupport.h"
#include "crashworkload.h"
#include "document/schooldocument.h"
#include "storage/sql.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <algorithm>

using namespace Minh::Core;

namespace CrashScenarios {

namespace {

// The highest n of the complete "committed <n>" lines in `output` (0 if none).
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

bool hasLine(const QByteArray &output, const QByteArray &line)
{
    const QByteArray whole = line + '\n';
    return output.startsWith(whole) || output.contains(QByteArray('\n' + whole));
}

// A running minh-edit-driver and everything it printed so far.
struct Driver
{
    QProcess process;
    QByteArray output;

    bool start(const QString &program, const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, args);
        return process.waitForStarted();
    }
    // Reads until `done` says so or the driver ends.
    template<typename Done>
    bool readUntil(Done done)
    {
        while (!done(output) && process.state() == QProcess::Running) {
            if (!process.waitForReadyRead(60000)) {
                break;
            }
            output += process.readAllStandardOutput();
        }
        return done(output);
    }
    void kill()
    {
        process.kill();
        process.waitForFinished(60000);
        output += process.readAllStandardOutput();
    }
};

// The harness's assertion: a trial whose check `ok` is false is a failure, reported with `line`
// (what was found). Unlike QVERIFY it does not stop: every trial is counted.
void expectTrial(Tally *tally, const Context &context, bool ok, const QString &line)
{
    Q_ASSERT(tally->trials > 0); // called for the trial just counted
    if (context.verbose) {
        qInfo().noquote() << tally->scenario << line;
    }
    if (!ok) {
        tally->failures.append(QStringLiteral("trial %1: %2").arg(tally->trials).arg(line));
    }
}

QString integrity(const QString &path)
{
    return TestSupport::scalar(path, QStringLiteral("PRAGMA integrity_check")).toString();
}

// Sleeps a random part of `window` milliseconds: a kill at a random moment of the work.
void randomPause(QRandomGenerator *random, int windowMs)
{
    QThread::usleep(random->bounded(std::max(1, windowMs * 1000)));
}

} // namespace

Tally edits(const Context &context, int trials)
{
    Tally tally;
    tally.scenario = QStringLiteral("edits");
    const QString path = QDir(context.work).filePath(QStringLiteral("edits.minh"));
    {
        SchoolDocument document;
        if (!TestSupport::createSchool(&document, path)) {
            tally.failures.append(QStringLiteral("cannot create %1").arg(path));
            return tally;
        }
    }
    const IndicatorRef indicator{QStringLiteral("1.1"), 1, QStringLiteral("a")};
    Verdict before = Verdict::NotJudged;
    // Edit n's effects (see editdriver.cpp): odd n writes "edit n", even n sets the verdict.
    const auto textAfter = [](int n) { return QStringLiteral("edit %1").arg(n % 2 == 1 ? n : n - 1); };
    const auto verdictAfter = [&](int n) {
        const int last = n - n % 2;
        return last == 0 ? before : ((last / 2) % 2 == 1 ? Verdict::Met : Verdict::NotMet);
    };
    for (int trial = 0; trial < trials; ++trial) {
        ++tally.trials;
        const int target = context.random->bounded(1, 41);
        Driver driver;
        if (!driver.start(context.driver, {path, QStringLiteral("1000000")})) {
            expectTrial(&tally, context, false, QStringLiteral("the driver does not start"));
            break;
        }
        const bool reached = driver.readUntil([&](const QByteArray &o) { return lastCommitted(o) >= target; });
        driver.kill();
        const int reported = lastCommitted(driver.output);
        tally.killedMidWork += reached && driver.process.exitStatus() == QProcess::CrashExit ? 1 : 0;
        SchoolDocument document;
        if (!document.open(path)) {
            expectTrial(&tally, context, false, QStringLiteral("the file does not open: %1").arg(document.errorString()));
            break;
        }
        const QString text = document.criterionText(QStringLiteral("1.1"), QStringLiteral("description"));
        const Verdict verdict = document.judgements().indicator(indicator);
        // The edit after the last reported one may have been committed before the kill landed.
        const bool ok = reached && integrity(path) == QLatin1String("ok")
                        && (text == textAfter(reported) || text == textAfter(reported + 1))
                        && (verdict == verdictAfter(reported) || verdict == verdictAfter(reported + 1));
        expectTrial(&tally, context, ok,
               QStringLiteral("killed after %1 reported edits (aimed at %2): text “%3”, integrity %4")
                   .arg(reported)
                   .arg(target)
                   .arg(text, integrity(path)));
        before = verdict;
    }
    return tally;
}

Tally imports(const Context &context, int trials)
{
    Tally tally;
    tally.scenario = QStringLiteral("imports");
    const QString path = QDir(context.work).filePath(QStringLiteral("imports.minh"));
    const QString folder = QDir(context.work).filePath(QStringLiteral("import-sources"));
    QDir().mkpath(folder);
    {
        SchoolDocument document;
        if (!TestSupport::createSchool(&document, path)) {
            tally.failures.append(QStringLiteral("cannot create %1").arg(path));
            return tally;
        }
    }
    QHash<int, QString> sha256; // n → expected hash, computed once
    const auto expected = [&](int n) {
        if (!sha256.contains(n)) {
            sha256.insert(n, CrashWorkload::importSha256(n));
        }
        return sha256.value(n);
    };
    int next = 1;
    for (int trial = 0; trial < trials; ++trial) {
        ++tally.trials;
        const int target = next + context.random->bounded(0, 3); // 0 to 2 imports reported before the kill
        Driver driver;
        if (!driver.start(context.driver, {QStringLiteral("--import"), path, folder, QString::number(next),
                                           QStringLiteral("1000")})) {
            expectTrial(&tally, context, false, QStringLiteral("the driver does not start"));
            break;
        }
        driver.readUntil([&](const QByteArray &o) { return target == next || lastCommitted(o) >= target - 1; });
        // Then a random moment inside the next import (they take 10–200 ms each here).
        randomPause(context.random, 150);
        driver.kill();
        const int reported = std::max(next - 1, lastCommitted(driver.output));
        const QString inFlight = QDir(folder).filePath(QStringLiteral("import-%1.bin").arg(reported + 1));
        tally.killedMidWork += QFileInfo::exists(inFlight) ? 1 : 0;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QFile::remove(QDir(folder).filePath(name));
        }
        SchoolDocument document;
        if (!document.open(path)) {
            expectTrial(&tally, context, false, QStringLiteral("the file does not open: %1").arg(document.errorString()));
            break;
        }
        QStringList problems;
        int present = 0;
        for (const EvidenceItem &item : document.evidence()) {
            const int n = item.title.mid(7).toInt();
            present = std::max(present, n);
            if (item.files.size() != 1 || item.files.first().sha256 != expected(n)) {
                problems.append(QStringLiteral("import %1 is stored wrong").arg(n));
            }
        }
        for (int n = 1; n <= reported; ++n) {
            if (!std::any_of(document.evidence().cbegin(), document.evidence().cend(),
                             [&](const EvidenceItem &item) { return item.title == CrashWorkload::importTitle(n); })) {
                problems.append(QStringLiteral("reported import %1 is missing").arg(n));
            }
        }
        if (present > reported + 1) {
            problems.append(QStringLiteral("import %1 is there but was never started").arg(present));
        }
        if (!document.evidenceStore().incompleteContents().isEmpty()) {
            problems.append(QStringLiteral("a stored file lost chunks"));
        }
        const QString check = integrity(path);
        expectTrial(&tally, context, problems.isEmpty() && check == QLatin1String("ok"),
               QStringLiteral("killed after %1 reported imports, %2 in the file, integrity %3 %4")
                   .arg(reported)
                   .arg(present)
                   .arg(check, problems.join(QStringLiteral("; "))));
        next = present + 1;
    }
    return tally;
}

Tally migrations(const Context &context, int trials)
{
    Tally tally;
    tally.scenario = QStringLiteral("migrations");
    QFile sql(context.fixtureSql);
    if (!sql.open(QIODevice::ReadOnly)) {
        tally.failures.append(QStringLiteral("cannot read %1").arg(context.fixtureSql));
        return tally;
    }
    const QString fixture = QDir(context.work).filePath(QStringLiteral("fixture-v1.minh"));
    QFile::remove(fixture);
    for (const QString &statement : Sql::statements(QString::fromUtf8(sql.readAll()))) {
        TestSupport::execute(fixture, statement);
    }
    const int fixtureVersion = TestSupport::scalar(fixture, QStringLiteral("PRAGMA user_version")).toInt();
    const int latest = SchoolFile().latestSchemaVersion();
    // How long opening and migrating takes here, to spread the kills over that window.
    int windowMs = 0;
    {
        const QString probe = QDir(context.work).filePath(QStringLiteral("probe/school.minh"));
        QDir(QFileInfo(probe).path()).removeRecursively();
        QDir().mkpath(QFileInfo(probe).path());
        QFile::copy(fixture, probe);
        Driver driver;
        QElapsedTimer timer;
        if (driver.start(context.driver, {QStringLiteral("--migrate"), probe})) {
            driver.readUntil([](const QByteArray &o) { return hasLine(o, "opening"); });
            timer.start();
            driver.readUntil([](const QByteArray &o) { return hasLine(o, "migrated"); });
            windowMs = int(timer.elapsed()) + 1;
            driver.process.waitForFinished();
        }
    }
    tally.notes.append(QStringLiteral("schema %1 → %2; opening and migrating takes about %3 ms; kills spread over %4 ms")
                           .arg(fixtureVersion)
                           .arg(latest)
                           .arg(windowMs)
                           .arg(windowMs * 3 / 2));
    int leftovers = 0;
    for (int trial = 0; trial < trials; ++trial) {
        ++tally.trials;
        const QString folder = QDir(context.work).filePath(QStringLiteral("migration-%1").arg(trial));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("school.minh"));
        QFile::copy(fixture, path);
        Driver driver;
        if (!driver.start(context.driver, {QStringLiteral("--migrate"), path})) {
            expectTrial(&tally, context, false, QStringLiteral("the driver does not start"));
            break;
        }
        driver.readUntil([](const QByteArray &o) { return hasLine(o, "opening"); });
        randomPause(context.random, windowMs * 3 / 2);
        driver.kill();
        const bool midWork = !hasLine(driver.output, "migrated") && driver.process.exitStatus() == QProcess::CrashExit;
        tally.killedMidWork += midWork ? 1 : 0;
        const int versionAfterKill = TestSupport::scalar(path, QStringLiteral("PRAGMA user_version")).toInt();
        SchoolDocument document;
        const bool opened = document.open(path);
        const QString check = integrity(path);
        const bool ok = opened && check == QLatin1String("ok")
                        && TestSupport::scalar(path, QStringLiteral("PRAGMA user_version")).toInt() == latest
                        && document.school().name == QStringLiteral("Trường THCS Chu Văn An")
                        && document.judgements().indicators().size() == 3 && document.evidence().size() == 1
                        && document.evidence().first().citedBy.size() == 2;
        document.close();
        const QStringList parts = QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files);
        leftovers += int(parts.size());
        expectTrial(&tally, context, ok,
               QStringLiteral("killed %1 (version %2 on disk), reopened: %3, integrity %4, %5 partial backups left")
                   .arg(midWork ? QStringLiteral("during the migration") : QStringLiteral("before or after it"))
                   .arg(versionAfterKill)
                   .arg(opened ? QStringLiteral("yes") : document.errorString(), check)
                   .arg(parts.size()));
        QDir(folder).removeRecursively();
    }
    tally.notes.append(QStringLiteral("%1 partial backups (*.part) left beside the file after the kills").arg(leftovers));
    return tally;
}

Tally extracts(const Context &context, int trials)
{
    Tally tally;
    tally.scenario = QStringLiteral("extracts");
    const QString path = QDir(context.work).filePath(QStringLiteral("extracts.minh"));
    const QString sources = QDir(context.work).filePath(QStringLiteral("extract-sources"));
    QDir().mkpath(sources);
    {
        // Twelve files of 64 KiB – 3 MiB, imported by the driver itself (not killed).
        SchoolDocument document;
        QProcess driver;
        if (!TestSupport::createSchool(&document, path)) {
            tally.failures.append(QStringLiteral("cannot create %1").arg(path));
            return tally;
        }
        document.close();
        driver.start(context.driver, {QStringLiteral("--import"), path, sources, QStringLiteral("5001"), QStringLiteral("12")});
        if (!driver.waitForFinished(600000) || driver.exitCode() != 0) {
            tally.failures.append(QStringLiteral("cannot fill %1").arg(path));
            return tally;
        }
    }
    QSet<QString> stored;
    for (int n = 5001; n <= 5012; ++n) {
        stored.insert(CrashWorkload::importSha256(n));
    }
    int leftovers = 0;
    for (int trial = 0; trial < trials; ++trial) {
        ++tally.trials;
        const QString out = QDir(context.work).filePath(QStringLiteral("extracted"));
        QDir(out).removeRecursively();
        Driver driver;
        if (!driver.start(context.driver, {QStringLiteral("--extract"), path, out})) {
            expectTrial(&tally, context, false, QStringLiteral("the driver does not start"));
            break;
        }
        driver.readUntil([](const QByteArray &o) { return hasLine(o, "extracting"); });
        randomPause(context.random, 400);
        driver.kill();
        tally.killedMidWork += hasLine(driver.output, "extracted") ? 0 : 1;
        // Every file under a final name is complete; QSaveFile's temporary files ("<name>.XXXXXX")
        // may be left by a kill and are counted, not failed.
        QStringList partial;
        int complete = 0;
        int temporary = 0;
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile in(file);
            const bool isTemporary = !QFileInfo(file).suffix().isEmpty() && QFileInfo(file).suffix().size() == 6
                                     && QFileInfo(file).completeSuffix().contains(QLatin1String("bin."));
            if (isTemporary) {
                ++temporary;
                continue;
            }
            if (!in.open(QIODevice::ReadOnly)
                || !stored.contains(QString::fromLatin1(QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256).toHex()))) {
                partial.append(QFileInfo(file).fileName());
            } else {
                ++complete;
            }
        }
        leftovers += temporary;
        expectTrial(&tally, context, partial.isEmpty(),
               QStringLiteral("%1 complete files, %2 temporary files, partial under a final name: %3")
                   .arg(complete)
                   .arg(temporary)
                   .arg(partial.isEmpty() ? QStringLiteral("none") : partial.join(QStringLiteral(", "))));
    }
    tally.notes.append(QStringLiteral("%1 temporary files of QSaveFile left in the output folder after the kills").arg(leftovers));
    return tally;
}

} // namespace CrashScenarios
