// The full self-assessment report of the demo school: Minh builds and renders it to PDF, and in
// the same run LibreOffice converts the ODT Minh wrote to PDF (soffice --headless --convert-to
// pdf), the reference of issue 5. Target: Minh at least 5× faster (ratio ≤ 0.2).
//   bench_report [--framework ID] [--runs N]
// LibreOffice starts once untimed first, so that its profile creation is not counted. Without
// soffice the reference row is skipped. Exit status 1 when the target is not met.

#include "benchsupport.h"
#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "report/printeddocumentregistry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Minh::Core;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("framework"), QStringLiteral("Framework of the demo school."), QStringLiteral("ID"),
                      QStringLiteral("tt18-2018")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each side (best is kept)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    FrameworkCatalog catalog(dir.filePath(QStringLiteral("frameworks")));
    const FrameworkCatalog::Entry *entry = catalog.find(parser.value(QStringLiteral("framework")));
    if (!entry) {
        qCritical("unknown framework");
        return 2;
    }
    SchoolDocument document;
    DemoSchoolBuilder builder(entry->framework);
    if (!builder.create(dir.filePath(QStringLiteral("demo.minh")), &document)) {
        qCritical("%s", qPrintable(builder.errorString()));
        return 2;
    }

    // Minh: build the document from the school file and write the PDF, as `minh-cli report` does.
    double minh = -1;
    int pages = 0;
    const QString pdf = dir.filePath(QStringLiteral("minh.pdf"));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<PrintedDocument> printed = PrintedDocumentRegistry::build(QStringLiteral("report"), document);
        PdfReportWriter writer;
        if (!printed || !writer.write(printed.value(), pdf)) {
            qCritical("cannot write the PDF");
            return 2;
        }
        const double seconds = BenchSupport::seconds(timer);
        minh = minh < 0 ? seconds : std::min(minh, seconds);
        pages = writer.pageCount();
    }
    const double peak = BenchSupport::peakMegabytes();

    const QString odt = dir.filePath(QStringLiteral("report.odt"));
    OdtReportWriter odtWriter;
    if (!odtWriter.write(PrintedDocumentRegistry::build(QStringLiteral("report"), document).value(), odt)) {
        qCritical("%s", qPrintable(odtWriter.errorString()));
        return 2;
    }

    QTextStream out(stdout);
    out << QStringLiteral("demo school %1: %2 pages\n").arg(entry->framework.id()).arg(pages);
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        out << QStringLiteral("soffice is not installed: no reference. Minh: %1 s\n").arg(minh, 0, 'f', 2);
        return 0;
    }
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString outDir = dir.filePath(QStringLiteral("lo"));
    const QString command = QStringLiteral("soffice -env:UserInstallation=%1 --headless --convert-to pdf --outdir '%2' '%3'")
                                .arg(profile, outDir, odt);
    BenchSupport::timeShell(command); // creates the profile, untimed
    double reference = -1;
    for (int run = 0; run < runs; ++run) {
        const double seconds = BenchSupport::timeShell(command);
        if (seconds < 0) {
            qCritical("soffice failed");
            return 2;
        }
        reference = reference < 0 ? seconds : std::min(reference, seconds);
    }
    const bool met = BenchSupport::printTable(
        {{QStringLiteral("report to PDF"), minh, QStringLiteral("soffice ODT → PDF"), reference, 0.2, peak}});
    out << QStringLiteral("Minh is %1× faster\n").arg(reference / minh, 0, 'f', 1);
    return met ? 0 : 1;
}
