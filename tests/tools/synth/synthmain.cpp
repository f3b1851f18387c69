// minh-synth: makes a synthetic school file of a chosen size, for benchmarks and scale tests.
//
//   minh-synth OUT.minh [--items N] [--mib M] [--framework ID] [--seed S]
//
// OUT must not exist. Defaults: 2,000 evidence items, 4096 MiB of files, tt18-2018. Prints the
// file's size and what it holds.

#include "syntheticschool.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The school file to make."));
    parser.addOption({QStringLiteral("items"), QStringLiteral("Evidence items."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("mib"), QStringLiteral("Total size of their files, MiB."), QStringLiteral("M"), QStringLiteral("4096")});
    parser.addOption({QStringLiteral("framework"), QStringLiteral("Framework id."), QStringLiteral("ID"), QStringLiteral("tt18-2018")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("20261122")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    SyntheticSchool::Spec spec;
    spec.items = parser.value(QStringLiteral("items")).toInt();
    spec.bytes = parser.value(QStringLiteral("mib")).toLongLong() << 20;
    spec.frameworkId = parser.value(QStringLiteral("framework"));
    spec.seed = parser.value(QStringLiteral("seed")).toUInt();
    const QString out = parser.positionalArguments().first();
    // Refuse before anything else, so that the clean-up after a failure never removes a file
    // that was there before.
    if (QFileInfo::exists(out)) {
        QTextStream(stderr) << "minh-synth: " << out << " exists already; give a new file name.\n";
        return 2;
    }
    SyntheticSchool school;
    QTextStream stdoutStream(stdout);
    if (!school.create(out, spec)) {
        QTextStream(stderr) << "minh-synth: " << school.errorString() << '\n';
        QFile::remove(out);
        return 1;
    }
    stdoutStream << QStringLiteral("%1: %2 items, %3 files, %4 MiB of files, file %5 MiB\n")
                        .arg(out)
                        .arg(spec.items)
                        .arg(school.filesWritten())
                        .arg(school.bytesWritten() >> 20)
                        .arg(QFileInfo(out).size() >> 20);
    return 0;
}
