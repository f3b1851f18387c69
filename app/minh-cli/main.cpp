#include "cli.h"
#include "localization.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Minh"));
    QCoreApplication::setApplicationName(QStringLiteral("Minh"));
    // Failures reach the user as translated messages; the diagnostic log is for developers.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("minh.*=false"));
    }
    Minh::Core::Localization::install(&app, Minh::Core::Localization::language());
    return Minh::Cli::run(QCoreApplication::arguments());
}
