#pragma once

namespace Minh::Core {

// Loads OpenSSL's "default" and "legacy" providers once per process. The legacy one decrypts
// older .p12/.pfx files (RC2, 3DES, as Windows and many Vietnamese CAs still issue them);
// loading any provider explicitly disables the automatic default, so both are loaded.
class OpenSslProviders
{
public:
    static void ensureLoaded();
};

} // namespace Minh::Core
