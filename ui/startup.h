#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Minh::Gui {

// Decides which school file the window opens first: the one named on the command line, else the
// last one opened, else the bundled demo school, created in the user's data folder if missing.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Gui::Startup)

public:
    static constexpr const char *DemoFramework = "tt57-2026";

    static QString demoPath();
    // Creates the demo school unless it exists; returns false with `error` set when it cannot.
    static bool ensureDemo(QString *error);
    static QString fileToOpen(const QStringList &arguments, QString *error);
    static void rememberOpened(const QString &path);
};

} // namespace Minh::Gui
