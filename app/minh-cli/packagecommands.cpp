#include "packagecommands.h"

#include "cli.h"
#include "document/schooldocument.h"
#include "package/completenesscheck.h"
#include "package/packageexporter.h"
#include "package/packageverifier.h"
#include "package/schoolcertificate.h"
#include "package/signingidentity.h"
#include "report/dossierdocuments.h"

#include <QCommandLineParser>

namespace Minh::Cli {

namespace {

constexpr qint64 SecretLimit = 4096;

// A password or PIN from a file (or "-" for standard input); the line break editors add is not
// part of it. Never printed, never stored.
std::optional<QByteArray> readSecret(Context &context, const QString &path)
{
    std::optional<QByteArray> secret = context.readInput(path, SecretLimit);
    if (secret) {
        while (secret->endsWith('\n') || secret->endsWith('\r')) {
            secret->chop(1);
        }
    }
    return secret;
}

} // namespace

void printFindings(Context &context, const QList<Core::CompletenessFinding> &findings)
{
    for (const Core::CompletenessFinding &f : findings) {
        context.err << (f.severity == Core::CompletenessFinding::Severity::Error ? Context::tr("error")
                                                                                 : Context::tr("warning"))
                    << ": " << f.message << '\n';
    }
}

int keygen(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Context::tr("Creates a school certificate (RSA-2048, self-signed) and saves it with its "
                    "key as a password-protected PKCS#12 file; prints its fingerprint, which "
                    "the office pins."));
    parser.addOptions({{QStringLiteral("school"), Context::tr("The school's name."), QStringLiteral("NAME")},
                       {QStringLiteral("out"), Context::tr("The PKCS#12 file to write."), QStringLiteral("FILE")},
                       {QStringLiteral("password-file"),
                        Context::tr("A file holding the password (\"-\": standard input)."), QStringLiteral("FILE")}});
    if (!context.parse(parser, arguments, 0)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    if (!parser.isSet(QStringLiteral("school")) || !parser.isSet(QStringLiteral("out")) ||
        !parser.isSet(QStringLiteral("password-file"))) {
        return context.fail(Context::tr("Give --school, --out and --password-file."));
    }
    const auto password = readSecret(context, parser.value(QStringLiteral("password-file")));
    if (!password) {
        return BadInput;
    }
    Core::SchoolCertificate certificate;
    if (!certificate.create(parser.value(QStringLiteral("school")), *password, parser.value(QStringLiteral("out")))) {
        return context.fail(certificate.errorString());
    }
    context.out << Context::tr("Certificate SHA-256 fingerprint: %1").arg(certificate.certificate().sha256) << '\n';
    return Success;
}

int exportPackage(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Context::tr("Runs the completeness check and, when it finds no error, writes the signed "
                    "dossier (an ASiC-E ZIP). Exit status 1 when the check finds errors."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOptions(
        {{QStringLiteral("out"), Context::tr("The package to write."), QStringLiteral("PKG.zip")},
         {QStringLiteral("p12"), Context::tr("Sign with this PKCS#12 (.p12/.pfx) file."), QStringLiteral("FILE")},
         {QStringLiteral("password-file"), Context::tr("A file holding the PKCS#12 password."), QStringLiteral("FILE")},
         {QStringLiteral("pkcs11-module"), Context::tr("Sign with a token through this PKCS#11 module."),
          QStringLiteral("SO")},
         {QStringLiteral("token"), Context::tr("The token's label."), QStringLiteral("LABEL")},
         {QStringLiteral("key-label"), Context::tr("The label of the key and certificate on the token."),
          QStringLiteral("LABEL")},
         {QStringLiteral("pin-file"), Context::tr("A file holding the token's PIN."), QStringLiteral("FILE")}});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    const bool p12 = parser.isSet(QStringLiteral("p12"));
    const bool token = parser.isSet(QStringLiteral("pkcs11-module"));
    if (!parser.isSet(QStringLiteral("out")) || p12 == token ||
        (p12 && !parser.isSet(QStringLiteral("password-file"))) ||
        (token && (!parser.isSet(QStringLiteral("token")) || !parser.isSet(QStringLiteral("pin-file"))))) {
        return context.fail(Context::tr("Give --out and either --p12 with --password-file, or --pkcs11-module with "
                                        "--token and --pin-file."));
    }
    const auto secret =
        readSecret(context, parser.value(p12 ? QStringLiteral("password-file") : QStringLiteral("pin-file")));
    if (!secret) {
        return BadInput;
    }
    Core::SchoolDocument document;
    if (!context.open(document, parser.positionalArguments().constFirst(), Core::SchoolFile::Access::ReadOnly)) {
        return BadInput;
    }
    auto identity = p12 ? Core::SigningIdentity::fromPkcs12(parser.value(QStringLiteral("p12")), *secret)
                        : Core::SigningIdentity::fromPkcs11(parser.value(QStringLiteral("pkcs11-module")),
                                                            parser.value(QStringLiteral("token")), *secret,
                                                            parser.value(QStringLiteral("key-label")));
    if (!identity) {
        return context.fail(identity.error());
    }
    Core::PackageExporter exporter(document, *identity);
    exporter.setDocuments(Core::DossierDocuments::forSchoolFile(document.path()));
    exporter.setHooks(Core::DossierDocuments::hooks(document));
    const bool written = exporter.exportTo(parser.value(QStringLiteral("out")));
    printFindings(context, exporter.findings());
    if (!written) {
        return context.fail(exporter.errorString(),
                            Core::CompletenessCheck::hasErrors(exporter.findings()) ? CheckFailed : BadInput);
    }
    context.out << Context::tr("Signed by %1 (certificate SHA-256 %2); %n file(s) in the package.", "",
                               int(exporter.entries().size()))
                       .arg(identity->certificate().subject, identity->certificate().sha256)
                << '\n';
    return Success;
}

int verifyPackage(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Context::tr("Verifies a received dossier without any server: the signature, the signer "
                    "and trust, every file, completeness and the school level. Exit status 0 "
                    "valid, 1 invalid, 2 unreadable."));
    parser.addPositionalArgument(QStringLiteral("PKG"), Context::tr("The package."));
    parser.addOptions({{QStringLiteral("ca"), Context::tr("Trust signers that chain to these CA certificates (PEM)."),
                        QStringLiteral("CA.pem")},
                       {QStringLiteral("pin"), Context::tr("Trust the certificate with this SHA-256 fingerprint."),
                        QStringLiteral("SHA256")},
                       {QStringLiteral("json"), Context::tr("Print JSON.")}});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    const Core::TrustAnchors anchors{parser.value(QStringLiteral("ca")), parser.value(QStringLiteral("pin"))};
    if (!anchors.pinnedSha256.isEmpty() &&
        Core::CertificateInfo::normalizedFingerprint(anchors.pinnedSha256).isEmpty()) {
        return context.fail(Context::tr("The pinned fingerprint must be 64 hexadecimal digits (colons allowed)."));
    }
    const Core::PackageReport report =
        Core::PackageVerifier::verify(parser.positionalArguments().constFirst(), anchors);
    const bool valid = report.isValid(anchors);
    const int code = !report.readable ? BadInput : valid ? Success : CheckFailed;
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(report.toJson(anchors));
        return code;
    }
    if (!report.readable) {
        return context.fail(report.problem);
    }
    const Core::SignatureCheck &s = report.signature;
    QTextStream &out = context.out;
    out << Context::tr("Signature: %1")
               .arg(s.intact ? Context::tr("intact") : Context::tr("NOT VALID (%1)").arg(s.problem))
        << '\n';
    if (!s.signer.sha256.isEmpty()) {
        out << Context::tr("Signer: %1").arg(s.signer.subject) << '\n'
            << Context::tr("Issuer: %1").arg(s.signer.issuer) << '\n'
            << Context::tr("Certificate SHA-256: %1").arg(s.signer.sha256) << '\n'
            << Context::tr("Certificate valid from %1 to %2")
                   .arg(s.signer.notBefore.toString(Qt::ISODate), s.signer.notAfter.toString(Qt::ISODate))
            << '\n'
            << Context::tr("Signing time: %1").arg(s.signingTime.toString(Qt::ISODate)) << '\n';
    }
    const QString trust = s.trust == Core::SignatureCheck::Trust::Pinned ? Context::tr("trusted (pinned fingerprint)")
                          : s.trust == Core::SignatureCheck::Trust::CertificateAuthority
                              ? Context::tr("trusted (chains to the CA)")
                              : Context::tr("untrusted (%1)").arg(s.trustProblem);
    out << Context::tr("Trust: %1").arg(trust) << '\n';
    int ok = 0;
    for (const Core::PackageReport::File &f : report.files) {
        if (f.status == Core::PackageReport::File::Status::Ok) {
            ++ok;
            continue;
        }
        const QString what = f.status == Core::PackageReport::File::Status::Changed ? Context::tr("changed")
                             : f.status == Core::PackageReport::File::Status::Missing
                                 ? Context::tr("missing")
                                 : Context::tr("unexpected (not signed)");
        out << Context::tr("File %1: %2").arg(f.name, what) << '\n';
    }
    out << Context::tr("%n file(s) as signed.", "", ok) << '\n';
    if (report.recomputedLevel) {
        out << Context::tr("School level stated: %1; recomputed from the data with the included framework: %2")
                   .arg(report.statedLevel ? QString::number(*report.statedLevel) : Context::tr("none"))
                   .arg(*report.recomputedLevel)
            << '\n';
    }
    for (const Core::CompletenessFinding &f : report.completeness) {
        out << (f.severity == Core::CompletenessFinding::Severity::Error ? Context::tr("error")
                                                                         : Context::tr("warning"))
            << ": " << f.message << '\n';
    }
    out << (valid ? Context::tr("Result: VALID") : Context::tr("Result: NOT VALID: %1").arg(report.problem)) << '\n';
    return code;
}

} // namespace Minh::Cli
