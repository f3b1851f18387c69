#include "localization.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Minh"));
    QApplication::setApplicationName(QStringLiteral("Minh"));
    QApplication::setApplicationVersion(QStringLiteral(MINH_VERSION));
    Minh::Core::Localization::install(&app, Minh::Core::Localization::language());

    Minh::Gui::MainWindow window;
    QString error;
    const QString path = Minh::Gui::Startup::fileToOpen(QApplication::arguments(), &error);
    if (path.isEmpty() || !window.openFile(path)) {
        QMessageBox::warning(&window, QObject::tr("Minh"), error.isEmpty() ? window.errorString() : error);
    }
    window.show();
    return app.exec();
}
