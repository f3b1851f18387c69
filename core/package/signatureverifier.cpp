#include "signatureverifier.h"

#include "opensslproviders.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace Minh::Core {

namespace {

QString openSslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_peek_last_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromUtf8(text);
}

QDateTime signingTimeOf(CMS_SignerInfo *signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0) {
        return {};
    }
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(signer, index);
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        return {};
    }
    tm parts{};
    if (ASN1_TIME_to_tm(reinterpret_cast<ASN1_TIME *>(value->value.asn1_string), &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

// Chain to the CA file at the signing time (there is no trusted timestamp; the certificate must
// have been valid when the school says it signed). Any key purpose: token certificates carry
// varied extended key usages.
QString chainProblem(X509 *signer, STACK_OF(X509) * untrusted, const QString &caFile, const QDateTime &when)
{
    X509_STORE *store = X509_STORE_new();
    const QByteArray path = QFile::encodeName(caFile);
    QString problem;
    if (X509_STORE_load_file(store, path.constData()) != 1) {
        problem = SignatureVerifier::tr("The CA file “%1” cannot be read as PEM certificates.").arg(caFile);
    } else {
        X509_STORE_CTX *context = X509_STORE_CTX_new();
        X509_STORE_CTX_init(context, store, signer, untrusted);
        X509_STORE_CTX_set_purpose(context, X509_PURPOSE_ANY);
        if (when.isValid()) {
            X509_STORE_CTX_set_time(context, 0, time_t(when.toSecsSinceEpoch()));
        }
        if (X509_verify_cert(context) != 1) {
            problem = SignatureVerifier::tr("The certificate does not chain to the given CA: %1")
                          .arg(QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context))));
        }
        X509_STORE_CTX_free(context);
    }
    X509_STORE_free(store);
    ERR_clear_error();
    return problem;
}

// OpenSSL 3.0's CMS_verify does not compare the ESS signing-certificate-v2 hash with the
// certificate the signature carries; without this check a certificate swapped or altered in the
// signature would go unnoticed by anyone who does not pin it.
bool signingCertificateMatches(CMS_SignerInfo *signer, X509 *certificate)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, -1);
    if (index < 0 || !certificate) {
        return false;
    }
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE) {
        return false;
    }
    const unsigned char *p = value->value.sequence->data;
    ESS_SIGNING_CERT_V2 *ess = d2i_ESS_SIGNING_CERT_V2(nullptr, &p, value->value.sequence->length);
    if (!ess) {
        return false;
    }
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, certificate);
    const bool matches = OSSL_ESS_check_signing_certs(nullptr, ess, chain, 1) == 1;
    sk_X509_free(chain);
    ESS_SIGNING_CERT_V2_free(ess);
    return matches;
}

} // namespace

QString SignatureCheck::trustKey(Trust trust)
{
    switch (trust) {
    case Trust::Untrusted:
        return QStringLiteral("untrusted");
    case Trust::CertificateAuthority:
        return QStringLiteral("ca");
    case Trust::Pinned:
        return QStringLiteral("pinned");
    }
    return {};
}

SignatureCheck SignatureVerifier::verify(const QByteArray &der, const QByteArray &content, const TrustAnchors &anchors)
{
    OpenSslProviders::ensureLoaded();
    SignatureCheck check;
    if (der.isEmpty() || der.size() > MaximumSize) {
        check.problem = tr("The signature is empty or too large.");
        return check;
    }
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, long(der.size()));
    if (!cms || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        ERR_clear_error();
        CMS_ContentInfo_free(cms);
        check.problem = tr("The signature is not valid DER-encoded CMS.");
        return check;
    }
    STACK_OF(CMS_SignerInfo) *signerInfos =
        OBJ_obj2nid(CMS_get0_type(cms)) == NID_pkcs7_signed ? CMS_get0_SignerInfos(cms) : nullptr;
    if (!signerInfos || sk_CMS_SignerInfo_num(signerInfos) != 1) {
        CMS_ContentInfo_free(cms);
        check.problem = tr("The signature is not signed data with exactly one signer.");
        return check;
    }
    BIO *data = BIO_new_mem_buf(content.constData(), int(content.size()));
    X509_STORE *empty = X509_STORE_new();
    // First the mathematics: content, attributes, ESS certificate binding. Trust comes after.
    const int verified = CMS_verify(cms, nullptr, empty, data, nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    if (verified != 1) {
        check.problem = tr("The signature does not match the manifest: %1").arg(openSslError());
    }
    STACK_OF(X509) *signers = CMS_get0_signers(cms);
    X509 *signer = signers && sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    if (!signer) {
        // CMS_get0_signers is filled by a successful verify; after a failure look the signer up.
        CMS_SignerInfo *info = sk_CMS_SignerInfo_value(signerInfos, 0);
        STACK_OF(X509) *certificates = CMS_get1_certs(cms);
        for (int i = 0; certificates && i < sk_X509_num(certificates); ++i) {
            if (CMS_SignerInfo_cert_cmp(info, sk_X509_value(certificates, i)) == 0) {
                check.signer = CertificateInfo::from(sk_X509_value(certificates, i));
            }
        }
        sk_X509_pop_free(certificates, X509_free);
    } else {
        check.signer = CertificateInfo::from(signer);
    }
    CMS_SignerInfo *info = sk_CMS_SignerInfo_value(signerInfos, 0);
    check.signingTime = signingTimeOf(info);
    check.cadesAttributes =
        check.signingTime.isValid() && CMS_signed_get_attr_by_NID(info, NID_id_smime_aa_signingCertificateV2, -1) >= 0;
    check.intact = verified == 1 && signer;
    if (check.intact && !check.cadesAttributes) {
        check.intact = false;
        check.problem =
            tr("The signature lacks the signing-time or signing-certificate-v2 attribute that CAdES-BES requires.");
    } else if (check.intact && !signingCertificateMatches(info, signer)) {
        check.intact = false;
        check.problem = tr("The certificate in the signature is not the one that was signed for.");
    }
    if (check.intact && check.signer.notBefore.isValid() && check.signingTime.isValid() &&
        (check.signingTime < check.signer.notBefore || check.signingTime > check.signer.notAfter)) {
        check.trustProblem = tr("The certificate was not valid at the stated signing time.");
    }
    if (check.intact && check.trustProblem.isEmpty()) {
        const QString pin = CertificateInfo::normalizedFingerprint(anchors.pinnedSha256);
        if (!pin.isEmpty() && pin == check.signer.sha256) {
            check.trust = SignatureCheck::Trust::Pinned;
        } else if (!anchors.caFile.isEmpty()) {
            STACK_OF(X509) *untrusted = CMS_get1_certs(cms);
            check.trustProblem = chainProblem(signer, untrusted, anchors.caFile, check.signingTime);
            sk_X509_pop_free(untrusted, X509_free);
            if (check.trustProblem.isEmpty()) {
                check.trust = SignatureCheck::Trust::CertificateAuthority;
            }
        }
        if (check.trust == SignatureCheck::Trust::Untrusted && check.trustProblem.isEmpty()) {
            check.trustProblem = !anchors.pinnedSha256.isEmpty() && anchors.caFile.isEmpty()
                                     ? tr("The certificate's fingerprint is not the pinned one.")
                                     : tr("No CA file or pinned fingerprint was given; the signer is not checked.");
        }
    }
    sk_X509_free(signers);
    X509_STORE_free(empty);
    BIO_free(data);
    CMS_ContentInfo_free(cms);
    ERR_clear_error();
    return check;
}

} // namespace Minh::Core
