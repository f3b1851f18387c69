// Evidence import and extraction against the reference of the issue: `cp -r` followed by
// `sha256sum` over the same files, in the same run. Generates about 1 GiB of mixed files (many
// small scans, a few large videos) unless told otherwise:
//   bench_evidence [--size-mib N] [--dir FOLDER] [--rounds N]
// Prints one row per operation with Minh's time, the reference's, the ratio, the target and the
// process's peak memory, each the best of three runs (or N), then the bytes each operation read
// and wrote in the last round, which a loaded machine does not change. Exit status 1 when a target
// is not met.

#include "benchsupport.h"
#include "document/schooldocument.h"
#include "evidence/evidenceextractor.h"
#include "framework/frameworkcatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Minh::Core;

namespace {

// Incompressible content, different in every file: slices of a random pool at random offsets.
bool writeFile(const QString &path, qint64 size, const QByteArray &pool, QRandomGenerator *random)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    qint64 left = size;
    while (left > 0) {
        const qint64 piece = std::min<qint64>(left, 1 << 20);
        const qint64 offset = random->bounded(pool.size() - piece);
        if (file.write(pool.constData() + offset, piece) != piece) {
            return false;
        }
        left -= piece;
    }
    return true;
}

QStringList generate(const QString &folder, qint64 totalBytes)
{
    QRandomGenerator random(20261122);
    QByteArray pool(64 << 20, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(pool.data()), pool.size() / 4);
    QDir().mkpath(folder);
    QStringList paths;
    // 60 % scans of 100 KB – 3 MB, 40 % in three videos.
    qint64 written = 0;
    for (int i = 0; written < totalBytes * 6 / 10; ++i) {
        const qint64 size = 100 * 1024 + random.bounded(3 * 1024 * 1024 - 100 * 1024);
        const QString path = QDir(folder).filePath(QStringLiteral("scan-%1.pdf").arg(i, 4, 10, QLatin1Char('0')));
        if (!writeFile(path, size, pool, &random)) {
            return {};
        }
        paths.append(path);
        written += size;
    }
    for (int i = 0; i < 3; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("video-%1.mp4").arg(i));
        if (!writeFile(path, (totalBytes - written) / (3 - i), pool, &random)) {
            return {};
        }
        written += QFileInfo(path).size();
        paths.append(path);
    }
    return paths;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mib"), QStringLiteral("Total size of the generated files."), QStringLiteral("N"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work in this folder (default: a temporary one)."),
                      QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Runs of every measurement; the best counts."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    QTemporaryDir temporary;
    const QString root = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const qint64 total = parser.value(QStringLiteral("size-mib")).toLongLong() << 20;

    QTextStream out(stdout);
    const QString data = QDir(root).filePath(QStringLiteral("data"));
    const QStringList paths = generate(data, total);
    if (paths.isEmpty()) {
        qCritical("cannot generate the files");
        return 2;
    }
    out << QStringLiteral("%1 files, %2 MiB in %3\n").arg(paths.size()).arg(total >> 20).arg(root);
    out.flush();

    // Best of three for every measurement, Minh's and the reference's alike: the first run of
    // anything on a shared machine is at the mercy of the page cache and the other core.
    const int Rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const QString copy = QDir(root).filePath(QStringLiteral("copy"));
    const QString reference = QStringLiteral("cp -r '%1' '%2' && sha256sum '%2'/* > /dev/null").arg(data, copy);
    double referenceSeconds = 1e9;
    for (int round = 0; round < Rounds; ++round) {
        QDir(copy).removeRecursively();
        const double seconds = BenchSupport::timeShell(reference);
        if (seconds < 0) {
            qCritical("the reference command failed: %s", qPrintable(reference));
            return 2;
        }
        referenceSeconds = std::min(referenceSeconds, seconds);
    }
    QDir(copy).removeRecursively();

    FrameworkCatalog catalog(QDir(root).filePath(QStringLiteral("frameworks")));
    SchoolInfo school;
    school.name = QStringLiteral("Trường đo hiệu năng");
    double importSeconds = 1e9;
    double extractSeconds = 1e9;
    double importPeak = 0;
    double extractPeak = 0;
    BenchSupport::IoCounters importIo;
    BenchSupport::IoCounters extractIo;
    for (int round = 0; round < Rounds; ++round) {
        SchoolDocument document;
        const QString schoolPath = QDir(root).filePath(QStringLiteral("bench.minh"));
        QFile::remove(schoolPath);
        if (!document.create(schoolPath, catalog.find(QStringLiteral("tt18-2018"))->framework, school,
                             QStringLiteral("2025-2026"))) {
            qCritical("%s", qPrintable(document.errorString()));
            return 2;
        }
        const QList<const Criterion *> criteria = document.framework().criteria();
        QElapsedTimer timer;
        timer.start();
        BenchSupport::IoCounters before = BenchSupport::IoCounters::now();
        for (qsizetype i = 0; i < paths.size(); ++i) {
            EvidenceItem item;
            item.criterionCode = criteria.at(i % criteria.size())->code;
            item.title = QFileInfo(paths.at(i)).completeBaseName();
            if (!document.addEvidence(item, {paths.at(i)})) {
                qCritical("%s", qPrintable(document.errorString()));
                return 2;
            }
        }
        importSeconds = std::min(importSeconds, BenchSupport::seconds(timer));
        importIo = BenchSupport::IoCounters::now() - before;
        importPeak = BenchSupport::peakMegabytes();

        const QString extracted = QDir(root).filePath(QStringLiteral("extracted"));
        QDir(extracted).removeRecursively();
        timer.restart();
        before = BenchSupport::IoCounters::now();
        EvidenceExtractor extractor(document);
        if (!extractor.extractAll(extracted)) {
            qCritical("%s", qPrintable(extractor.errorString()));
            return 2;
        }
        extractSeconds = std::min(extractSeconds, BenchSupport::seconds(timer));
        extractIo = BenchSupport::IoCounters::now() - before;
        extractPeak = BenchSupport::peakMegabytes();
        QDir(extracted).removeRecursively();
    }

    const QString referenceName = QStringLiteral("cp -r + sha256sum");
    const bool met = BenchSupport::printTable({{QStringLiteral("import"), importSeconds, referenceName, referenceSeconds, 2.0, importPeak},
                                               {QStringLiteral("extract all"), extractSeconds, referenceName, referenceSeconds, 1.5,
                                                extractPeak}});
    const auto mib = [](qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', 1); };
    for (const auto &[name, io] : {std::pair{QStringLiteral("import"), importIo}, std::pair{QStringLiteral("extract all"), extractIo}}) {
        out << QStringLiteral("I/O of %1 (MiB, for %2 MiB of files): read %3, written %4, of which to the disk %5; "
                              "processor %6 s user, %7 s system\n")
                   .arg(name, mib(total), mib(io.rchar), mib(io.wchar), mib(io.writeBytes))
                   .arg(io.userSeconds, 0, 'f', 2)
                   .arg(io.systemSeconds, 0, 'f', 2);
    }
    return met ? 0 : 1;
}
