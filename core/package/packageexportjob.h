#pragma once

#include "certificateinfo.h"
#include "completenesscheck.h"
#include "packagedocuments.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPromise>
#include <QString>

namespace Minh::Core {

// Who signs, as the user chose it. The secret (password or PIN) lives only as long as the job.
struct SignerChoice
{
    enum class Kind
    {
        Pkcs12,              // `path` + `secret` (password)
        Pkcs11,              // `modulePath`, `tokenLabel`, `keyLabel` + `secret` (PIN)
        NewSchoolCertificate // creates `path` for `schoolName`, protected by `secret`, then signs with it
    };
    Kind kind = Kind::Pkcs12;
    QString path;
    QByteArray secret;
    QString modulePath;
    QString tokenLabel;
    QString keyLabel;
    QString schoolName;
};

struct PackageExportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QList<CompletenessFinding> findings;
    CertificateInfo signer;
};

// The export as a background job (QtConcurrent::run(&PackageExportJob::run, …)): it opens its own
// read-only view of the school file, because an SQL connection belongs to the thread that made it,
// loads or creates the signer, and reports progress and honours cancel through the promise.
class PackageExportJob
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PackageExportJob)

public:
    static void run(QPromise<PackageExportOutcome> &promise, const QString &schoolFile, const SignerChoice &signer,
                    const QString &packagePath, const PackageDocuments &documents,
                    const CompletenessHooksFactory &hooksFor = {});
};

} // namespace Minh::Core
