#include "packageexportjob.h"

#include "document/schooldocument.h"
#include "packageexporter.h"
#include "schoolcertificate.h"
#include "signingidentity.h"

namespace Minh::Core {

void PackageExportJob::run(QPromise<PackageExportOutcome> &promise, const QString &schoolFile,
                           const SignerChoice &signer, const QString &packagePath, const PackageDocuments &documents,
                           const CompletenessHooksFactory &hooksFor)
{
    PackageExportOutcome outcome;
    const auto finish = [&](const QString &error) {
        outcome.error = error;
        promise.addResult(outcome);
    };
    SchoolDocument document;
    if (!document.open(schoolFile, SchoolFile::Access::ReadOnly)) {
        return finish(document.errorString());
    }
    QString certificatePath = signer.path;
    if (signer.kind == SignerChoice::Kind::NewSchoolCertificate) {
        SchoolCertificate certificate;
        if (!certificate.create(signer.schoolName, signer.secret, signer.path)) {
            return finish(certificate.errorString());
        }
    }
    Result<SigningIdentity> identity =
        signer.kind == SignerChoice::Kind::Pkcs11
            ? SigningIdentity::fromPkcs11(signer.modulePath, signer.tokenLabel, signer.secret, signer.keyLabel)
            : SigningIdentity::fromPkcs12(certificatePath, signer.secret);
    if (!identity) {
        return finish(identity.error());
    }
    outcome.signer = identity->certificate();
    PackageExporter exporter(document, *identity);
    exporter.setDocuments(documents);
    if (hooksFor) {
        exporter.setHooks(hooksFor(document));
    }
    outcome.ok = exporter.exportTo(packagePath, PackageExporter::progressOf(promise));
    outcome.findings = exporter.findings();
    outcome.cancelled = !outcome.ok && promise.isCanceled();
    finish(outcome.ok ? QString() : exporter.errorString());
}

} // namespace Minh::Core
