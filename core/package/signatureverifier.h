#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Minh::Core {

// Who the office trusts: a CA file (PEM, one or more certificates) and/or one pinned
// certificate fingerprint. Neither: the signature is checked, the signer stays untrusted.
struct TrustAnchors
{
    QString caFile;
    QString pinnedSha256;
    bool isEmpty() const { return caFile.isEmpty() && pinnedSha256.isEmpty(); }
};

struct SignatureCheck
{
    enum class Trust
    {
        Untrusted,
        CertificateAuthority, // chains to the CA file
        Pinned                // the certificate's fingerprint is the pinned one
    };
    bool intact = false; // the signature matches the content and its certificate
    QString problem;     // why not, translated
    CertificateInfo signer;
    QDateTime signingTime;        // UTC, as the signer's computer stated it
    bool cadesAttributes = false; // signing-time and signing-certificate-v2 present
    Trust trust = Trust::Untrusted;
    QString trustProblem; // why the signer is not trusted, translated

    static QString trustKey(Trust trust);
};

// Checks a detached CMS signature (DER, from a package: untrusted input) over `content`.
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SignatureVerifier)

public:
    static constexpr qint64 MaximumSize = 1024 * 1024;
    static SignatureCheck verify(const QByteArray &der, const QByteArray &content, const TrustAnchors &anchors);
};

} // namespace Minh::Core
