#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Minh::Core {

// A certificate Minh makes for a school without a CA certificate: RSA-2048, self-signed, the
// school's name as subject, saved with its key only as a password-protected PKCS#12 file
// (AES-256, PBKDF2). The office trusts it by pinning its fingerprint.
class SchoolCertificate
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SchoolCertificate)

public:
    static constexpr int ValidYears = 5;
    static constexpr int MinimumPasswordLength = 8;

    [[nodiscard]] bool create(const QString &schoolName, const QByteArray &password, const QString &path);
    CertificateInfo certificate() const { return m_certificate; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    CertificateInfo m_certificate;
    QString m_error;
};

} // namespace Minh::Core
