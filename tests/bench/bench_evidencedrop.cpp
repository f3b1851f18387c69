// How the window fares while dropped files are imported: the import runs on a worker thread with
// its own connection, and this program measures the longest pause of the calling (GUI) thread's
// event loop meanwhile, the import's time against `cp` + `sha256sum` of the same files, and the
// time the GUI thread spends reading the new metadata back afterwards.
//
//   bench_evidencedrop [--size-mib N] [--files N]

#include "benchsupport.h"
#include "document/evidenceimportjob.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Minh::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int sizeMib = option(QStringLiteral("--size-mib"), 256);
    const int fileCount = std::max(1, option(QStringLiteral("--files"), 4));
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString schoolPath = dir.filePath(QStringLiteral("school.minh"));
    FrameworkCatalog catalog;
    const FrameworkCatalog::Entry *framework = catalog.find(QStringLiteral("tt18-2018"));
    SchoolDocument document;
    SchoolInfo school;
    school.name = QStringLiteral("Trường đo");
    school.schoolType = QStringLiteral("THCS");
    if (!framework || !document.create(schoolPath, framework->framework, school, QStringLiteral("2025-2026"))) {
        out << "cannot create the school file\n";
        return 1;
    }
    QStringList paths;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < fileCount; ++i) {
        const QString path = dir.filePath(QStringLiteral("scan-%1.pdf").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        for (int mib = 0; mib < sizeMib / fileCount; ++mib) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block);
        }
        paths.append(path);
    }

    const double reference = BenchSupport::timeShell(
        QStringLiteral("mkdir -p '%1/copy' && cp %1/scan-*.pdf '%1/copy/' && sha256sum %1/copy/* && sync")
            .arg(dir.path()));

    EvidenceImportRequest request;
    request.schoolPath = schoolPath;
    request.author = QStringLiteral("bench");
    request.codeFormat = document.framework().regime().evidence.codeFormat;
    request.criterion = QStringLiteral("1.1");
    request.box = 1;
    request.paths = paths;

    QElapsedTimer total;
    QElapsedTimer tick;
    qint64 longestPause = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { longestPause = std::max(longestPause, tick.restart()); });
    QFutureWatcher<EvidenceImportOutcome> watcher;
    double importSeconds = 0;
    double reloadMs = 0;
    QObject::connect(&watcher, &QFutureWatcher<EvidenceImportOutcome>::finished, [&] {
        importSeconds = BenchSupport::seconds(total);
        heartbeat.stop();
        QElapsedTimer reload;
        reload.start();
        if (!document.reloadEvidence()) {
            out << document.errorString() << '\n';
        }
        reloadMs = double(reload.nsecsElapsed()) / 1e6;
        app.quit();
    });
    total.start();
    tick.start();
    heartbeat.start();
    watcher.setFuture(EvidenceImportJob::start(request));
    app.exec();

    const EvidenceImportOutcome outcome = watcher.result();
    if (!outcome.error.isEmpty() || outcome.created.size() != fileCount) {
        out << "import failed: " << outcome.error << '\n';
        return 1;
    }
    out << QStringLiteral("dropped %1 files, %2 MiB in all\n").arg(fileCount).arg(sizeMib);
    out << QStringLiteral("import on the worker: %1 s (cp + sha256sum + sync: %2 s, ratio %3)\n")
               .arg(importSeconds, 0, 'f', 2)
               .arg(reference, 0, 'f', 2)
               .arg(importSeconds / reference, 0, 'f', 2);
    out << QStringLiteral("longest pause of the GUI thread's event loop meanwhile: %1 ms (target < 100 ms)\n")
               .arg(longestPause);
    out << QStringLiteral("reading the metadata back on the GUI thread: %1 ms\n").arg(reloadMs, 0, 'f', 1);
    out << QStringLiteral("peak memory: %1 MB\n").arg(BenchSupport::peakMegabytes(), 0, 'f', 0);
    return longestPause < 100 ? 0 : 2;
}
