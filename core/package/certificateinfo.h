#pragma once

#include <QDateTime>
#include <QString>

struct x509_st;

namespace Minh::Core {

// What a person needs to know about a signer's certificate: who, which one exactly (the SHA-256
// fingerprint an office pins), and when it is valid.
struct CertificateInfo
{
    QString subject; // the common name, or the whole subject when there is none
    QString issuer;
    QString sha256;      // lowercase hex of the DER encoding, no separators
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    bool selfSigned = false;

    static CertificateInfo from(const x509_st *certificate);
    // "AB:CD:…" or "abcd…" → "abcd…"; empty when it is not 64 hex digits.
    static QString normalizedFingerprint(const QString &text);
};

} // namespace Minh::Core
