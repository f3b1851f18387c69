#include "opensslproviders.h"

#include <openssl/provider.h>

#include <mutex>

namespace Minh::Core {

void OpenSslProviders::ensureLoaded()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OSSL_PROVIDER_load(nullptr, "default");
        // Missing on some builds; then only modern files open, which is still correct.
        OSSL_PROVIDER_load(nullptr, "legacy");
    });
}

} // namespace Minh::Core
