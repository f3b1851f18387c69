// The signed dossier against the reference of the issue, in the same run on the same files:
// export vs `sha256sum` followed by `zip -0 -r`, verification vs `sha256sum` alone. Generates
// about 1 GiB of incompressible evidence (many scans, three videos) unless told otherwise:
//   bench_package [--size-mib N] [--dir FOLDER]
// Prints one row per operation (best of two runs) with the process's peak memory, which includes
// importing the files into the school file first. Exit status 1 when a target is not met.

#include "benchsupport.h"
#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"
#include "package/packageexporter.h"
#include "package/packageverifier.h"
#include "package/schoolcertificate.h"
#include "package/signingidentity.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Minh::Core;

namespace {

bool writeFile(const QString &path, qint64 size, const QByteArray &pool, QRandomGenerator *random)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    for (qint64 left = size; left > 0;) {
        const qint64 piece = std::min<qint64>(left, 1 << 20);
        if (file.write(pool.constData() + random->bounded(pool.size() - piece), piece) != piece) {
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
    qint64 written = 0;
    for (int i = 0; written < totalBytes * 6 / 10; ++i) {
        const qint64 size = 100 * 1024 + random.bounded(3 * 1024 * 1024 - 100 * 1024);
        paths.append(QDir(folder).filePath(QStringLiteral("scan-%1.pdf").arg(i, 4, 10, QLatin1Char('0'))));
        if (!writeFile(paths.constLast(), size, pool, &random)) {
            return {};
        }
        written += size;
    }
    for (int i = 0; i < 3; ++i) {
        paths.append(QDir(folder).filePath(QStringLiteral("video-%1.mp4").arg(i)));
        const qint64 size = (totalBytes - written) / (3 - i);
        if (!writeFile(paths.constLast(), size, pool, &random)) {
            return {};
        }
        written += size;
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
    parser.addOption({QStringLiteral("size-mib"), QStringLiteral("Total size of the generated files."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work in this folder (default: a temporary one)."),
                      QStringLiteral("FOLDER")});
    parser.process(app);
    QTemporaryDir temporary;
    const QString root = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const qint64 total = parser.value(QStringLiteral("size-mib")).toLongLong() << 20;
    const QDir dir(root);
    QTextStream out(stdout);

    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList paths = generate(data, total);
    if (paths.isEmpty()) {
        qCritical("cannot generate the files");
        return 2;
    }
    out << QStringLiteral("%1 files, %2 MiB in %3\n").arg(paths.size()).arg(total >> 20).arg(root);
    out.flush();

    // The demo school passes the completeness check; the generated files join its first item.
    FrameworkCatalog catalog(dir.filePath(QStringLiteral("frameworks")));
    SchoolDocument document;
    DemoSchoolBuilder builder(catalog.find(QStringLiteral("tt57-2026"))->framework);
    if (!builder.create(dir.filePath(QStringLiteral("bench.minh")), &document) ||
        !document.attachEvidenceFiles(document.evidence().constFirst().code, paths)) {
        qCritical("%s %s", qPrintable(builder.errorString()), qPrintable(document.errorString()));
        return 2;
    }
    SchoolCertificate certificate;
    if (!certificate.create(QStringLiteral("Trường đo hiệu năng"), "bench-password",
                            dir.filePath(QStringLiteral("school.p12")))) {
        qCritical("%s", qPrintable(certificate.errorString()));
        return 2;
    }
    auto identity = SigningIdentity::fromPkcs12(dir.filePath(QStringLiteral("school.p12")), "bench-password");
    if (!identity) {
        qCritical("%s", qPrintable(identity.error()));
        return 2;
    }

    constexpr int Rounds = 2;
    const QString package = dir.filePath(QStringLiteral("dossier.zip"));
    double exportSeconds = 1e9;
    double verifySeconds = 1e9;
    double exportPeak = 0;
    double verifyPeak = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        PackageExporter exporter(document, *identity);
        if (!exporter.exportTo(package)) {
            qCritical("%s", qPrintable(exporter.errorString()));
            return 2;
        }
        exportSeconds = std::min(exportSeconds, BenchSupport::seconds(timer));
        exportPeak = BenchSupport::peakMegabytes();
        timer.restart();
        const PackageReport report = PackageVerifier::verify(package, {});
        if (!report.isValid({})) {
            qCritical("the package does not verify: %s", qPrintable(report.problem));
            return 2;
        }
        verifySeconds = std::min(verifySeconds, BenchSupport::seconds(timer));
        verifyPeak = BenchSupport::peakMegabytes();
    }
    out << QStringLiteral("package: %1 MiB\n").arg(QFileInfo(package).size() >> 20);

    const QString zip = dir.filePath(QStringLiteral("reference.zip"));
    const QString both =
        QStringLiteral("cd '%1' && sha256sum * > /dev/null && rm -f '%2' && zip -0 -r -q '%2' .").arg(data, zip);
    const QString hashOnly = QStringLiteral("cd '%1' && sha256sum * > /dev/null").arg(data);
    double bothSeconds = 1e9;
    double hashSeconds = 1e9;
    for (int round = 0; round < Rounds; ++round) {
        const double b = BenchSupport::timeShell(both);
        const double h = BenchSupport::timeShell(hashOnly);
        if (b < 0 || h < 0) {
            qCritical("the reference commands failed");
            return 2;
        }
        bothSeconds = std::min(bothSeconds, b);
        hashSeconds = std::min(hashSeconds, h);
    }
    QFile::remove(zip);

    const bool met = BenchSupport::printTable(
        {{QStringLiteral("export (sign)"), exportSeconds, QStringLiteral("sha256sum + zip -0 -r"), bothSeconds, 1.0,
          exportPeak},
         {QStringLiteral("verify"), verifySeconds, QStringLiteral("sha256sum"), hashSeconds, 1.5, verifyPeak}});
    return met ? 0 : 1;
}
