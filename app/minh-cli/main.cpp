#include "cli.h"
#include "localization.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A GUI application without a screen: documents and demo evidence are drawn with fonts, which
    // need Qt GUI, but the tool must run on a server or over ssh.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Failures reach the user as translated messages on stderr; Qt's and Minh's diagnostic log is
    // for developers (MINH_DEBUG=1) and would only mix noise into output that scripts read.
    if (qEnvironmentVariableIsEmpty("MINH_DEBUG")) {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Minh"));
    QCoreApplication::setApplicationName(QStringLiteral("Minh"));
    Minh::Core::Localization::install(&app, Minh::Core::Localization::language());
    return Minh::Cli::run(QCoreApplication::arguments());
}
