#pragma once

#include "signingidentity.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <functional>

namespace Minh::Core {

struct SigningIdentity::Private
{
    X509 *certificate = nullptr;
    EVP_PKEY *key = nullptr;
    STACK_OF(X509) *chain = nullptr;
    // Releases what holds the key (the PKCS#11 engine), after the key itself.
    std::function<void()> release;

    ~Private()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
        sk_X509_pop_free(chain, X509_free);
        if (release) {
            release();
        }
    }

    static SigningIdentity make(std::unique_ptr<Private> d) { return SigningIdentity(std::move(d)); }
};

} // namespace Minh::Core
