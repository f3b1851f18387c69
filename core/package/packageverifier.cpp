#include "packageverifier.h"

#include "asicmanifest.h"
#include "document/assessmentsnapshot.h"
#include "evaluation/levelengine.h"
#include "framework/frameworkparser.h"
#include "packageexporter.h"
#include "util/sha256.h"
#include "ziparchive.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Minh::Core {

QString PackageReport::File::statusKey(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Changed:
        return QStringLiteral("changed");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Unexpected:
        return QStringLiteral("unexpected");
    }
    return {};
}

bool PackageReport::filesIntact() const
{
    return !files.isEmpty() &&
           std::all_of(files.cbegin(), files.cend(), [](const File &f) { return f.status == File::Status::Ok; });
}

bool PackageReport::isValid(const TrustAnchors &anchors) const
{
    return readable && signature.intact && filesIntact() && levelConfirmed() && completenessChecked &&
           !CompletenessCheck::hasErrors(completeness) &&
           (anchors.isEmpty() || signature.trust != SignatureCheck::Trust::Untrusted);
}

QJsonObject PackageReport::toJson(const TrustAnchors &anchors) const
{
    QJsonArray fileList;
    for (const File &f : files) {
        fileList.append(
            QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("status"), File::statusKey(f.status)}});
    }
    const CertificateInfo &c = signature.signer;
    const auto optionalInt = [](const std::optional<int> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return {{QStringLiteral("format"), QStringLiteral("minh-verification")},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("valid"), isValid(anchors)},
            {QStringLiteral("readable"), readable},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("signature"),
             QJsonObject{{QStringLiteral("intact"), signature.intact},
                         {QStringLiteral("problem"), signature.problem},
                         {QStringLiteral("signer"), c.subject},
                         {QStringLiteral("issuer"), c.issuer},
                         {QStringLiteral("certificate_sha256"), c.sha256},
                         {QStringLiteral("not_before"), c.notBefore.toString(Qt::ISODate)},
                         {QStringLiteral("not_after"), c.notAfter.toString(Qt::ISODate)},
                         {QStringLiteral("signing_time"), signature.signingTime.toString(Qt::ISODate)},
                         {QStringLiteral("cades_attributes"), signature.cadesAttributes},
                         {QStringLiteral("trust"), SignatureCheck::trustKey(signature.trust)},
                         {QStringLiteral("trust_problem"), signature.trustProblem}}},
            {QStringLiteral("files"), fileList},
            {QStringLiteral("school"), schoolName},
            {QStringLiteral("framework"), frameworkId},
            {QStringLiteral("stated_level"), optionalInt(statedLevel)},
            {QStringLiteral("recomputed_level"), optionalInt(recomputedLevel)},
            {QStringLiteral("completeness"),
             completenessChecked ? QJsonValue(CompletenessCheck::toJson(completeness)) : QJsonValue()}};
}

PackageReport PackageVerifier::verify(const QString &path, const TrustAnchors &anchors, const Progress &progress)
{
    PackageReport report;
    const QString shownName = QFileInfo(path).fileName();
    ZipReader zip(path);
    if (!zip.open()) {
        report.problem = zip.errorString();
        return report;
    }
    const qint64 packageSize = QFileInfo(path).size();
    QHash<QString, QByteArray> digests; // entry → SHA-256
    QStringList order;
    QByteArray manifest;
    QByteArray signature;
    QByteArray assessment;
    QByteArray framework;
    bool first = true;
    qint64 done = 0;
    for (;;) {
        const ZipReader::Next next = zip.next();
        if (next == ZipReader::Next::Error) {
            report.problem = zip.errorString();
            return report;
        }
        if (next == ZipReader::Next::End) {
            break;
        }
        const QString name = zip.entryName();
        if (first) {
            QByteArray type;
            if (name != AsicManifest::MimeTypeName || !zip.readAll(&type, 256) || type != AsicManifest::MimeType) {
                report.problem = tr("“%1” is not an ASiC-E dossier: its first entry is not the mimetype %2.")
                                     .arg(shownName, QString::fromLatin1(AsicManifest::MimeType));
                return report;
            }
            first = false;
            continue;
        }
        QByteArray *keep = nullptr;
        qint64 limit = 0;
        if (name == AsicManifest::FileName) {
            keep = &manifest;
            limit = AsicManifest::MaximumSize;
        } else if (name == AsicManifest::SignatureName) {
            keep = &signature;
            limit = SignatureVerifier::MaximumSize;
        } else if (name == PackageExporter::AssessmentName) {
            keep = &assessment;
            limit = MaximumAssessmentSize;
        } else if (name == PackageExporter::FrameworkName) {
            keep = &framework;
            limit = FrameworkParser::MaximumSize;
        }
        Sha256 hash;
        qint64 kept = 0;
        const bool read = zip.read([&](const char *data, qint64 length) {
            hash.addData(QByteArrayView(data, length));
            if (keep) {
                kept += length;
                if (kept > limit) {
                    return false;
                }
                keep->append(data, length);
            }
            done += length;
            return !progress || progress(std::min(done, packageSize), packageSize);
        });
        if (!read) {
            report.problem = keep && kept > limit ? tr("The entry “%1” of “%2” is larger than %3 bytes; it is refused.")
                                                        .arg(name, shownName)
                                                        .arg(limit)
                                                  : zip.errorString();
            return report;
        }
        digests.insert(name, hash.result());
        order.append(name);
    }
    if (first) {
        report.problem = tr("“%1” is empty.").arg(shownName);
        return report;
    }
    report.readable = true;

    if (signature.isEmpty() || manifest.isEmpty()) {
        report.problem = tr("“%1” has no signature or no manifest: it is not a signed dossier.").arg(shownName);
        report.signature.problem = report.problem;
    } else {
        report.signature = SignatureVerifier::verify(signature, manifest, anchors);
        if (!report.signature.intact) {
            report.problem = report.signature.problem;
        }
    }
    const Result<QList<AsicManifest::Reference>> references =
        manifest.isEmpty() ? Result<QList<AsicManifest::Reference>>::failure(report.problem)
                           : AsicManifest::parse(manifest, shownName);
    QSet<QString> listed;
    if (!references) {
        if (report.problem.isEmpty()) {
            report.problem = references.error();
        }
    } else {
        for (const AsicManifest::Reference &ref : *references) {
            listed.insert(ref.name);
            PackageReport::File file{ref.name, PackageReport::File::Status::Ok};
            if (!digests.contains(ref.name)) {
                file.status = PackageReport::File::Status::Missing;
            } else if (digests.value(ref.name) != ref.sha256) {
                file.status = PackageReport::File::Status::Changed;
            }
            report.files.append(file);
        }
    }
    for (const QString &name : std::as_const(order)) {
        if (!listed.contains(name) && name != AsicManifest::FileName && name != AsicManifest::SignatureName) {
            report.files.append({name, PackageReport::File::Status::Unexpected});
        }
    }
    if (report.problem.isEmpty() && !report.filesIntact()) {
        report.problem = tr("Files of “%1” are changed, missing or not signed.").arg(shownName);
    }

    // The data, re-checked with the framework the package carries.
    const Result<Framework> fw =
        FrameworkParser::parse(framework, shownName + QLatin1Char('/') + PackageExporter::FrameworkName);
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(assessment, &parseError);
    if (!fw) {
        report.problem = report.problem.isEmpty() ? fw.error() : report.problem;
        return report;
    }
    report.frameworkId = fw->id();
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        report.problem = report.problem.isEmpty()
                             ? tr("“%1” in “%2” is not valid JSON.").arg(PackageExporter::AssessmentName, shownName)
                             : report.problem;
        return report;
    }
    const Result<AssessmentSnapshot> snapshot =
        AssessmentSnapshot::fromJson(json.object(), PackageExporter::AssessmentName);
    if (!snapshot) {
        report.problem = report.problem.isEmpty() ? snapshot.error() : report.problem;
        return report;
    }
    report.schoolName = snapshot->school.name;
    report.statedLevel = snapshot->statedSchoolLevel;
    report.recomputedLevel =
        LevelEngine(*fw).evaluate(snapshot->judgements, snapshot->assessment.rulesDate).schoolLevel;
    CompletenessHooks hooks;
    // What the office can see of the documents: whether they are in the package.
    const bool documents = std::any_of(order.cbegin(), order.cend(),
                                       [](const QString &n) { return n.startsWith(PackageExporter::DocumentsFolder); });
    if (documents) {
        hooks.documentsGenerate = [] { return QString(); };
        // The exporter names documents "<NN>-<registry name>.pdf" (core/report/dossierdocuments.cpp);
        // what the office can check is that the decision and the letter were sent.
        const auto holds = [&order](const QString &name) {
            return std::any_of(order.cbegin(), order.cend(), [&](const QString &n) {
                return n.startsWith(PackageExporter::DocumentsFolder) && n.endsWith(QLatin1Char('-') + name + QStringLiteral(".pdf"));
            });
        };
        hooks.councilDecisionPresent = [holds] { return holds(QStringLiteral("council-decision")); };
        hooks.registrationLetterFilled = [holds] { return holds(QStringLiteral("registration-letter")); };
    }
    report.completeness = CompletenessCheck::check(*fw, *snapshot, hooks);
    if (!documents) {
        report.completeness.append(
            {CompletenessFinding::Severity::Warning, QStringLiteral("documents_absent"),
             CompletenessFinding::Place::Documents, QString(),
             tr("The package holds no printed documents (report, forms, registration letter).")});
    }
    report.completenessChecked = true;
    if (report.problem.isEmpty() && !report.levelConfirmed()) {
        report.problem = tr("The school level stated in the dossier (%1) is not the level its data give (%2).")
                             .arg(report.statedLevel ? QString::number(*report.statedLevel) : tr("none"))
                             .arg(*report.recomputedLevel);
    }
    if (report.problem.isEmpty() && CompletenessCheck::hasErrors(report.completeness)) {
        report.problem = tr("The dossier is not complete.");
    }
    return report;
}

} // namespace Minh::Core
