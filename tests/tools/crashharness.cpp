// minh-crash-harness: kills minh-edit-driver with SIGKILL at random moments while it edits,
// imports evidence, migrates an older file or extracts evidence, and checks after every kill that
// the file opens, PRAGMA integrity_check is ok and everything reported committed is there.
//
//   minh-crash-harness [--trials N] [--scenarios edits,imports,migrations,extracts] [--seed S]
//                      [--work FOLDER] [--verbose]
//
// N trials are shared out evenly between the scenarios. Prints one line per scenario and exits 1
// when any trial failed. tst_crashsafety runs it with 30 trials; README gives the 500-trial run.

#include "crashscenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace CrashScenarios;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("trials"), QStringLiteral("Trials in all."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("scenarios"), QStringLiteral("Comma-separated scenarios."), QStringLiteral("LIST"),
                      QStringLiteral("edits,imports,migrations,extracts")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: from the clock)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("One line per trial.")});
    parser.process(app);

    const quint32 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt()
                                                               : quint32(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator random(seed);
    QTemporaryDir temporary;
    Context context;
    context.driver = QStringLiteral(MINH_EDIT_DRIVER);
    context.work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    context.fixtureSql = QStringLiteral(MINH_TEST_DATA "/schema/v1.sql");
    context.random = &random;
    context.verbose = parser.isSet(QStringLiteral("verbose"));
    QDir().mkpath(context.work);

    const QStringList scenarios = parser.value(QStringLiteral("scenarios")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int trials = parser.value(QStringLiteral("trials")).toInt();
    QTextStream out(stdout);
    out << QStringLiteral("seed %1, %2 trials over %3\n").arg(seed).arg(trials).arg(scenarios.join(QStringLiteral(", ")));
    out.flush();
    int total = 0;
    int failures = 0;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const int share = int(trials / scenarios.size() + (i < trials % scenarios.size() ? 1 : 0));
        const QString name = scenarios.at(i);
        Tally tally;
        if (name == QLatin1String("edits")) {
            tally = edits(context, share);
        } else if (name == QLatin1String("imports")) {
            tally = imports(context, share);
        } else if (name == QLatin1String("migrations")) {
            tally = migrations(context, share);
        } else if (name == QLatin1String("extracts")) {
            tally = extracts(context, share);
        } else {
            QTextStream(stderr) << "unknown scenario " << name << '\n';
            return 2;
        }
        total += tally.trials;
        failures += int(tally.failures.size());
        out << QStringLiteral("%1: %2 trials, %3 killed mid-work, %4 failures\n")
                   .arg(tally.scenario, -10)
                   .arg(tally.trials)
                   .arg(tally.killedMidWork)
                   .arg(tally.failures.size());
        for (const QString &note : std::as_const(tally.notes)) {
            out << "    " << note << '\n';
        }
        for (const QString &failure : std::as_const(tally.failures)) {
            out << "    FAILED " << failure << '\n';
        }
        out.flush();
    }
    out << QStringLiteral("%1 trials, %2 failures\n").arg(total).arg(failures);
    return failures == 0 && total == trials ? 0 : 1;
}
