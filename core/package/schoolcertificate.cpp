#include "schoolcertificate.h"

#include "opensslproviders.h"

#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Minh::Core {

namespace {

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool randomSerial(X509 *certificate)
{
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> serial(BN_new());
    return serial && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
           BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate));
}

} // namespace

bool SchoolCertificate::fail(const QString &message)
{
    ERR_clear_error();
    m_error = message;
    return false;
}

bool SchoolCertificate::create(const QString &schoolName, const QByteArray &password, const QString &path)
{
    OpenSslProviders::ensureLoaded();
    const QString name = schoolName.trimmed().normalized(QString::NormalizationForm_C);
    if (name.isEmpty() || name.size() > 64) {
        return fail(tr("The school's name must have 1 to 64 characters."));
    }
    if (password.size() < MinimumPasswordLength) {
        return fail(tr("The password must have at least %1 characters.").arg(MinimumPasswordLength));
    }
    KeyPtr key(EVP_RSA_gen(2048));
    CertPtr certificate(X509_new());
    if (!key || !certificate) {
        return fail(tr("The key could not be generated."));
    }
    X509 *x = certificate.get();
    const QByteArray utf8 = name.toUtf8();
    X509_NAME *subject = X509_get_subject_name(x);
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.constData());
    const bool ok = X509_set_version(x, 2) == 1 && randomSerial(x) && X509_gmtime_adj(X509_getm_notBefore(x), 0) &&
                    X509_gmtime_adj(X509_getm_notAfter(x), long(ValidYears) * 365 * 24 * 3600) &&
                    X509_NAME_add_entry_by_txt(subject, "C", MBSTRING_ASC,
                                               reinterpret_cast<const unsigned char *>("VN"), -1, -1, 0) &&
                    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, bytes, int(utf8.size()), -1, 0) &&
                    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, bytes, int(utf8.size()), -1, 0) &&
                    X509_set_issuer_name(x, subject) == 1 && X509_set_pubkey(x, key.get()) == 1 &&
                    addExtension(x, NID_basic_constraints, "critical,CA:FALSE") &&
                    addExtension(x, NID_key_usage, "critical,digitalSignature,nonRepudiation") &&
                    addExtension(x, NID_ext_key_usage, "emailProtection") &&
                    addExtension(x, NID_subject_key_identifier, "hash") && X509_sign(x, key.get(), EVP_sha256()) > 0;
    if (!ok) {
        return fail(tr("The certificate could not be made."));
    }
    // AES-256 for key and certificate bags, PBKDF2 and a SHA-256 MAC: never a legacy cipher.
    // The friendly name is ASCII: PKCS#12 stores it as BMPString from single bytes.
    Pkcs12Ptr p12(PKCS12_create_ex(password.constData(), "Minh school certificate", key.get(), x, nullptr,
                                   NID_aes_256_cbc, NID_aes_256_cbc, PKCS12_DEFAULT_ITER, PKCS12_DEFAULT_ITER, 0,
                                   nullptr, nullptr));
    if (!p12) {
        return fail(tr("The certificate file could not be made."));
    }
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    if (length <= 0) {
        return fail(tr("The certificate file could not be made."));
    }
    const QByteArray data(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        return fail(tr("The file “%1” cannot be written: %2").arg(path, out.errorString()));
    }
    m_certificate = CertificateInfo::from(x);
    return true;
}

} // namespace Minh::Core
