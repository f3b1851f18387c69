#include "packageexporter.h"

#include "asicmanifest.h"
#include "document/assessmentjson.h"
#include "document/schooldocument.h"
#include "evidence/safefilename.h"
#include "signingidentity.h"
#include "util/sha256.h"
#include "ziparchive.h"

#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Minh::Core {

namespace {

// Hashes what a producer writes while passing it on to the ZIP entry.
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    QByteArray digest() { return m_hash.result(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        m_hash.addData(QByteArrayView(data, length));
        if (m_target->write(data, length) != length) {
            setErrorString(m_target->errorString());
            return -1;
        }
        return length;
    }

private:
    QIODevice *m_target;
    Sha256 m_hash;
};

struct EvidenceEntry
{
    QString name;
    const EvidenceFile *file;
};

} // namespace

PackageExporter::PackageExporter(const SchoolDocument &document, const SigningIdentity &identity)
    : m_document(document)
    , m_identity(identity)
{}

bool PackageExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PackageExporter::exportTo(const QString &path, const Progress &progress)
{
    m_entries.clear();
    m_error.clear();
    m_findings = CompletenessCheck::check(m_document, m_hooks);
    if (CompletenessCheck::hasErrors(m_findings)) {
        const int errors = int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const CompletenessFinding &f) {
            return f.severity == CompletenessFinding::Severity::Error;
        }));
        return fail(
            tr("The dossier is not complete: the check found %n error(s). Correct them before signing.", "", errors));
    }

    // Evidence names: one folder per standard, names from code and title, unique per folder.
    const Framework &fw = m_document.framework();
    QList<EvidenceEntry> evidence;
    QHash<QString, QSet<QString>> taken;
    qint64 total = 0;
    for (const EvidenceItem &item : m_document.evidence()) {
        const Criterion *criterion = fw.criterion(item.criterionCode);
        // The same folder name as "evidence extract", in the user's language.
        const QString folder =
            SafeFileName::sanitize(QCoreApplication::translate("Minh::Core::EvidenceExtractor", "Standard %1")
                                       .arg(criterion ? criterion->standardNumber : 0));
        for (const EvidenceFile &file : item.files) {
            const QString name = SafeFileName::unique(SafeFileName::forEvidence(item.code, item.title, file.fileName),
                                                      SafeFileName::extensionOf(file.fileName), &taken[folder]);
            evidence.append({EvidenceFolder + folder + QLatin1Char('/') + name, &file});
            total += file.size;
        }
    }
    std::sort(evidence.begin(), evidence.end(),
              [](const EvidenceEntry &a, const EvidenceEntry &b) { return a.name < b.name; });

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(tr("The package “%1” cannot be written: %2").arg(path, out.errorString()));
    }
    const auto abort = [&](const QString &message) {
        out.cancelWriting();
        return fail(message);
    };
    ZipWriter zip(&out);
    zip.setTimestamp(QDateTime::currentDateTimeUtc());
    QList<AsicManifest::Reference> references;
    const auto addSmall = [&](const QString &name, const QByteArray &data, ZipWriter::Compression compression) {
        if (!zip.addEntry(name, data, compression)) {
            return false;
        }
        m_entries.append(name);
        if (name != AsicManifest::MimeTypeName) {
            Sha256 hash;
            hash.addData(data);
            references.append({name, AsicManifest::mimeTypeFor(name), hash.result()});
        }
        return true;
    };
    if (!zip.open() || !addSmall(AsicManifest::MimeTypeName, AsicManifest::MimeType, ZipWriter::Compression::Store) ||
        !addSmall(AssessmentName, QJsonDocument(AssessmentJson::toJson(m_document)).toJson(QJsonDocument::Indented),
                  ZipWriter::Compression::Deflate) ||
        !addSmall(FrameworkName, fw.source(), ZipWriter::Compression::Deflate)) {
        return abort(zip.errorString());
    }

    QSet<QString> documentNames;
    for (const PackageDocument &document : std::as_const(m_documents)) {
        const QString name = DocumentsFolder + SafeFileName::unique(SafeFileName::sanitize(document.fileName),
                                                                    QStringLiteral("pdf"), &documentNames);
        if (!zip.beginEntry(name, -1, ZipWriter::Compression::Store)) {
            return abort(zip.errorString());
        }
        HashingDevice device(zip.entryDevice());
        QString error;
        if (!document.writePdf || !document.writePdf(&device, &error)) {
            return abort(tr("The document “%1” could not be made: %2").arg(document.fileName, error));
        }
        if (!zip.finishEntry()) {
            return abort(zip.errorString());
        }
        references.append({name, AsicManifest::mimeTypeFor(name), device.digest()});
        m_entries.append(name);
    }

    EvidenceStore store = m_document.evidenceStore();
    qint64 before = 0;
    bool cancelled = false;
    for (const EvidenceEntry &entry : std::as_const(evidence)) {
        if (!zip.beginEntry(entry.name, entry.file->size, ZipWriter::Compression::Store)) {
            return abort(zip.errorString());
        }
        const EvidenceStore::Progress step = [&](qint64 done, qint64) {
            cancelled = progress && !progress(before + done, total);
            return !cancelled;
        };
        // read() checks the content against its stored SHA-256 while streaming and fails on any
        // difference, so the stored digest is exactly the digest of the bytes written here.
        if (!store.read(entry.file->contentId, zip.entryDevice(), step)) {
            return abort(cancelled ? tr("The export was cancelled.")
                                   : tr("“%1” could not be added: %2").arg(entry.name, store.errorString()));
        }
        if (!zip.finishEntry()) {
            return abort(zip.errorString());
        }
        before += entry.file->size;
        references.append(
            {entry.name, AsicManifest::mimeTypeFor(entry.name), QByteArray::fromHex(entry.file->sha256.toLatin1())});
        m_entries.append(entry.name);
    }

    const QByteArray manifest = AsicManifest::write(references);
    const Result<QByteArray> signature = m_identity.signDetached(manifest);
    if (!signature) {
        return abort(signature.error());
    }
    if (!zip.addEntry(AsicManifest::FileName, manifest, ZipWriter::Compression::Deflate) ||
        !zip.addEntry(AsicManifest::SignatureName, *signature, ZipWriter::Compression::Store) || !zip.close()) {
        return abort(zip.errorString());
    }
    m_entries.append({AsicManifest::FileName, AsicManifest::SignatureName});
    if (progress && !progress(total, total)) {
        return abort(tr("The export was cancelled."));
    }
    if (!out.commit()) {
        return fail(tr("The package “%1” cannot be written: %2").arg(path, out.errorString()));
    }
    return true;
}

} // namespace Minh::Core
