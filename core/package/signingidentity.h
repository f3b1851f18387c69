#pragma once

#include "certificateinfo.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Minh::Core {

// A certificate with the private key that signs for it: from a PKCS#12 file, or on a PKCS#11
// token (the key never leaves it). Passwords and PINs are used to open it and not kept.
class SigningIdentity
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SigningIdentity)

public:
    SigningIdentity(SigningIdentity &&other) noexcept;
    SigningIdentity &operator=(SigningIdentity &&other) noexcept;
    ~SigningIdentity();

    // A .p12/.pfx file, modern (AES, PBKDF2) or legacy (RC2, 3DES).
    static Result<SigningIdentity> fromPkcs12(const QString &path, const QByteArray &password);
    // A token through OpenSSL's PKCS#11 engine (libengine-pkcs11-openssl). `object` is the
    // label of the key and certificate when the token holds several; empty takes the first.
    static Result<SigningIdentity> fromPkcs11(const QString &modulePath, const QString &tokenLabel,
                                              const QByteArray &pin, const QString &object = {});

    CertificateInfo certificate() const;
    // A detached CMS signature (DER) over `content`: SHA-256, with the signing-time and the
    // ESS signing-certificate-v2 attributes that CAdES-BES asks for, and the certificate chain.
    Result<QByteArray> signDetached(const QByteArray &content) const;

    struct Private;

private:
    explicit SigningIdentity(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Minh::Core
