#include "fuzzentries.h"

#include "package/packageverifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Minh::Core;

namespace FuzzEntries {

void packageFile(const QByteArray &data)
{
    QTemporaryDir dir;
    FUZZ_CHECK(dir.isValid(), "a scratch folder");
    const QString path = dir.filePath(QStringLiteral("fuzz-dossier.zip"));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(data) == data.size(), "the package is written");
    file.close();

    const PackageReport report = PackageVerifier::verify(path, TrustAnchors{});
    // No input from a stranger is a valid dossier: nobody signed it with a key of this test.
    FUZZ_CHECK(!report.isValid(TrustAnchors{}) || report.readable, "only a readable package can be valid");
    FUZZ_CHECK(report.readable || !report.problem.isEmpty(), "an unreadable package says why");
    if (!report.readable) {
        FUZZ_CHECK(report.problem.contains(QStringLiteral("fuzz-dossier.zip")), "the message names the package");
    }
    // Reading a package writes nothing: the folder still holds only the package.
    FUZZ_CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
                   QStringList{QStringLiteral("fuzz-dossier.zip")},
               "verifying writes nothing");
}

} // namespace FuzzEntries
