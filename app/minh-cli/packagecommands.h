#pragma once

#include <QStringList>

namespace Minh::Core {
struct CompletenessFinding;
}

namespace Minh::Cli {

class Context;

// "minh-cli keygen --school NAME --out school.p12 --password-file F"
int keygen(Context &context, const QStringList &arguments);
// "minh-cli export FILE --out PKG.zip (--p12 F --password-file F | --pkcs11-module SO --token L --pin-file F)"
int exportPackage(Context &context, const QStringList &arguments);
// "minh-cli verify PKG [--ca CA.pem] [--pin SHA256] [--json]": exit 0 valid, 1 invalid, 2 unreadable.
int verifyPackage(Context &context, const QStringList &arguments);
// Prints the completeness check's findings on standard error ("check --dossier" and "export").
void printFindings(Context &context, const QList<Core::CompletenessFinding> &findings);

} // namespace Minh::Cli
