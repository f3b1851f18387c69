// SigningIdentity::fromPkcs11: the one place that uses OpenSSL's ENGINE API, deprecated in
// OpenSSL 3 but the only way to reach libp11's engine on Debian 12 (the pkcs11 provider arrives
// with Debian 13; move to it, and to OSSL_STORE URIs, when the floor moves).
#define OPENSSL_SUPPRESS_DEPRECATED

#include "opensslproviders.h"
#include "signingidentity.h"
#include "signingidentity_p.h"

#include <QFileInfo>
#include <QUrl>

#include <openssl/engine.h>
#include <openssl/err.h>

namespace Minh::Core {

namespace {

QString engineError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_peek_last_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromUtf8(text);
}

} // namespace

Result<SigningIdentity> SigningIdentity::fromPkcs11(const QString &modulePath, const QString &tokenLabel,
                                                    const QByteArray &pin, const QString &object)
{
    using R = Result<SigningIdentity>;
    OpenSslProviders::ensureLoaded();
    if (!QFileInfo(modulePath).isFile()) {
        return R::failure(tr("The PKCS#11 module “%1” does not exist.").arg(modulePath));
    }
    ENGINE_load_builtin_engines();
    ENGINE *engine = ENGINE_by_id("pkcs11");
    if (!engine) {
        return R::failure(tr("OpenSSL's PKCS#11 engine is not installed (Debian package libengine-pkcs11-openssl)."));
    }
    const QByteArray module = modulePath.toUtf8();
    const QByteArray pinCopy = pin; // the engine needs a NUL-terminated string
    if (ENGINE_ctrl_cmd_string(engine, "MODULE_PATH", module.constData(), 0) != 1 ||
        ENGINE_ctrl_cmd_string(engine, "PIN", pinCopy.constData(), 0) != 1 || ENGINE_init(engine) != 1) {
        const QString why = engineError();
        ENGINE_free(engine);
        return R::failure(tr("The PKCS#11 module “%1” cannot be used: %2").arg(modulePath, why));
    }
    auto d = std::make_unique<Private>();
    d->release = [engine] {
        ENGINE_finish(engine);
        ENGINE_free(engine);
    };
    QString uri = QStringLiteral("pkcs11:token=") + QString::fromLatin1(QUrl::toPercentEncoding(tokenLabel));
    if (!object.isEmpty()) {
        uri += QStringLiteral(";object=") + QString::fromLatin1(QUrl::toPercentEncoding(object));
    }
    const QByteArray certUri = (uri + QStringLiteral(";type=cert")).toUtf8();
    struct
    {
        const char *id;
        X509 *certificate;
    } parameters{certUri.constData(), nullptr};
    if (ENGINE_ctrl_cmd(engine, "LOAD_CERT_CTRL", 0, &parameters, nullptr, 1) != 1 || !parameters.certificate) {
        ERR_clear_error();
        return R::failure(tr("No certificate was found on the token “%1”.").arg(tokenLabel));
    }
    d->certificate = parameters.certificate;
    const QByteArray keyUri = (uri + QStringLiteral(";type=private")).toUtf8();
    d->key = ENGINE_load_private_key(engine, keyUri.constData(), nullptr, nullptr);
    if (!d->key) {
        const QString why = engineError();
        return R::failure(tr("The private key on the token “%1” cannot be used (wrong PIN?): %2").arg(tokenLabel, why));
    }
    if (X509_check_private_key(d->certificate, d->key) != 1) {
        ERR_clear_error();
        return R::failure(tr("On the token “%1”, the private key does not belong to the certificate.").arg(tokenLabel));
    }
    return Private::make(std::move(d));
}

} // namespace Minh::Core
