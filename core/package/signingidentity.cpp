#include "signingidentity.h"

#include "opensslproviders.h"
#include "signingidentity_p.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>

namespace Minh::Core {

namespace {

constexpr qint64 MaximumPkcs12Size = 1024 * 1024;

QString lastOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QString::fromUtf8(text);
}

} // namespace

SigningIdentity::SigningIdentity(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

SigningIdentity::SigningIdentity(SigningIdentity &&other) noexcept = default;
SigningIdentity &SigningIdentity::operator=(SigningIdentity &&other) noexcept = default;
SigningIdentity::~SigningIdentity() = default;

Result<SigningIdentity> SigningIdentity::fromPkcs12(const QString &path, const QByteArray &password)
{
    using R = Result<SigningIdentity>;
    OpenSslProviders::ensureLoaded();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(tr("The certificate file “%1” cannot be read: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaximumPkcs12Size) {
        return R::failure(tr("“%1” is too large to be a certificate file.").arg(path));
    }
    const QByteArray data = file.readAll();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(data.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(data.size()));
    if (!p12) {
        ERR_clear_error();
        return R::failure(tr("“%1” is not a PKCS#12 (.p12/.pfx) certificate file.").arg(path));
    }
    if (PKCS12_mac_present(p12) && PKCS12_verify_mac(p12, password.constData(), int(password.size())) != 1) {
        ERR_clear_error();
        PKCS12_free(p12);
        return R::failure(tr("The password for “%1” is wrong.").arg(path));
    }
    auto d = std::make_unique<Private>();
    const int parsed = PKCS12_parse(p12, password.constData(), &d->key, &d->certificate, &d->chain);
    PKCS12_free(p12);
    if (parsed != 1) {
        return R::failure(tr("The certificate file “%1” cannot be opened: %2").arg(path, lastOpenSslError()));
    }
    if (!d->key || !d->certificate) {
        return R::failure(tr("“%1” does not hold both a certificate and its private key.").arg(path));
    }
    if (X509_check_private_key(d->certificate, d->key) != 1) {
        ERR_clear_error();
        return R::failure(tr("In “%1”, the private key does not belong to the certificate.").arg(path));
    }
    return Private::make(std::move(d));
}

CertificateInfo SigningIdentity::certificate() const
{
    return CertificateInfo::from(d->certificate);
}

Result<QByteArray> SigningIdentity::signDetached(const QByteArray &content) const
{
    using R = Result<QByteArray>;
    const int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    BIO *in = BIO_new_mem_buf(content.constData(), int(content.size()));
    CMS_ContentInfo *cms = CMS_sign(nullptr, nullptr, d->chain, nullptr, flags);
    QByteArray der;
    QString error;
    if (!cms || !CMS_add1_signer(cms, d->certificate, d->key, EVP_sha256(), flags | CMS_CADES) ||
        CMS_final(cms, in, nullptr, flags) != 1) {
        error = tr("The signature could not be made: %1").arg(lastOpenSslError());
    } else {
        unsigned char *out = nullptr;
        const int length = i2d_CMS_ContentInfo(cms, &out);
        if (length > 0) {
            der = QByteArray(reinterpret_cast<const char *>(out), length);
            OPENSSL_free(out);
        } else {
            error = tr("The signature could not be made: %1").arg(lastOpenSslError());
        }
    }
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    return error.isEmpty() ? R(der) : R::failure(error);
}

} // namespace Minh::Core
