#include "fuzzentries.h"

#include "package/opensslproviders.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>


namespace FuzzEntries {

void initialize(int *argc, char ***argv)
{
    // SQL drivers are plugins, found through the application's library paths; the application
    // lives for the whole process, as in minh-cli.
    // It is never deleted: libFuzzer ends the process with exit(), and a QCoreApplication destroyed
    // among the static destructors crashes in Qt's own, already destroyed, globals.
    if (!QCoreApplication::instance()) {
        new QCoreApplication(*argc, *argv); // Qt keeps it as QCoreApplication::instance()
    }
    QStandardPaths::setTestModeEnabled(true);
    // OpenSSL's providers are loaded once per process and kept; loaded here, before the first
    // input, so that the leak check per input does not take them for a leak of that input.
    Minh::Core::OpenSslProviders::ensureLoaded();
    // Every rejected input logs its SQL error; millions of lines would only slow the fuzzer.
    if (qEnvironmentVariableIsEmpty("MINH_FUZZ_VERBOSE")) {
        QLoggingCategory::setFilterRules(QStringLiteral("minh.*=false\nqt.*=false"));
    }
}

} // namespace FuzzEntries
