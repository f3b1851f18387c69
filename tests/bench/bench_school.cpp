// Times one operation of Minh on an existing (generated) school file against a reference tool run
// on the same file in the same run, best of three each:
//   bench_school --school FILE --operation open|evaluate|check|json|extract [--dir FOLDER]
// Prints one line "<operation> <Minh s> <reference s> <peak MB>" for tests/bench/run-all.sh, which
// runs every operation in its own process so that the peak memory is the operation's own.
//
// References (sqlite3 CLI on the same file):
//   open, check, json: reading every table Minh loads on open (all but the evidence contents),
//                      in JSON for "json", as the least any program must do to show this data;
//   extract:           reading every stored chunk and writing it to /dev/null (no hashing, no files).
// evaluate has no outside equivalent; its reference is "-" and its target an absolute time.

#include "benchsupport.h"
#include "document/assessmentjson.h"
#include "document/schooldocument.h"
#include "evidence/evidenceextractor.h"
#include "evidence/evidencehealth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Minh::Core;

namespace {

const QStringList MetadataTables = {
    QStringLiteral("framework_copy"),   QStringLiteral("school"),          QStringLiteral("assessment"),
    QStringLiteral("indicator_judgement"), QStringLiteral("extra_requirement_judgement"),
    QStringLiteral("criterion_text"),   QStringLiteral("standard_text"),   QStringLiteral("council_member"),
    QStringLiteral("criterion_assignment"), QStringLiteral("plan_item"),   QStringLiteral("evidence_item"),
    QStringLiteral("evidence_citation"), QStringLiteral("evidence_file"),  QStringLiteral("evidence_content"),
};

QString referenceCommand(const QString &operation, const QString &school)
{
    if (operation == QLatin1String("evaluate")) {
        return {};
    }
    if (operation == QLatin1String("extract")) {
        return QStringLiteral("sqlite3 '%1' \"SELECT sum(writefile('/dev/null', data)) FROM evidence_chunk\"").arg(school);
    }
    QStringList selects;
    for (const QString &table : MetadataTables) {
        selects.append(QStringLiteral("SELECT * FROM %1;").arg(table));
    }
    return QStringLiteral("sqlite3 %1 '%2' \"%3\"")
        .arg(operation == QLatin1String("json") ? QStringLiteral("-json") : QString(), school, selects.join(QLatin1Char(' ')));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("school"), QStringLiteral("The school file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("operation"), QStringLiteral("open, evaluate, check, json or extract."), QStringLiteral("OP")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Scratch folder for extract."), QStringLiteral("FOLDER")});
    parser.process(app);
    const QString school = parser.value(QStringLiteral("school"));
    const QString operation = parser.value(QStringLiteral("operation"));
    QTemporaryDir temporary;
    const QString scratch = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();

    constexpr int Rounds = 3;
    double referenceSeconds = -1;
    const QString reference = referenceCommand(operation, school);
    for (int round = 0; round < Rounds && !reference.isEmpty(); ++round) {
        const double seconds = BenchSupport::timeShell(reference);
        if (seconds < 0) {
            qCritical("the reference failed: %s", qPrintable(reference));
            return 2;
        }
        referenceSeconds = referenceSeconds < 0 ? seconds : std::min(referenceSeconds, seconds);
    }

    double best = 1e9;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        SchoolDocument document;
        if (operation == QLatin1String("open")) {
            timer.start();
        }
        // Read-only everywhere but "open", which measures what the window does: open for changes.
        if (!document.open(school, operation == QLatin1String("open") ? SchoolFile::Access::ReadWrite
                                                                      : SchoolFile::Access::ReadOnly)) {
            qCritical("%s", qPrintable(document.errorString()));
            return 2;
        }
        if (operation != QLatin1String("open")) {
            timer.start();
        }
        bool ok = true;
        if (operation == QLatin1String("evaluate")) {
            ok = document.evaluate().schoolLevel >= 0;
        } else if (operation == QLatin1String("check")) {
            (void)EvidenceHealth::check(document);
        } else if (operation == QLatin1String("json")) {
            ok = !QJsonDocument(AssessmentJson::toJson(document)).toJson(QJsonDocument::Compact).isEmpty();
        } else if (operation == QLatin1String("extract")) {
            const QString out = QDir(scratch).filePath(QStringLiteral("extracted"));
            QDir(out).removeRecursively();
            EvidenceExtractor extractor(document);
            ok = extractor.extractAll(out);
            if (!ok) {
                qCritical("%s", qPrintable(extractor.errorString()));
            }
            best = std::min(best, BenchSupport::seconds(timer));
            QDir(out).removeRecursively();
            if (!ok) {
                return 2;
            }
            continue;
        } else if (operation != QLatin1String("open")) {
            qCritical("unknown operation %s", qPrintable(operation));
            return 2;
        }
        best = std::min(best, BenchSupport::seconds(timer));
        if (!ok) {
            return 2;
        }
    }
    QTextStream(stdout) << operation << ' ' << best << ' ' << referenceSeconds << ' ' << BenchSupport::peakMegabytes() << '\n';
    return 0;
}
