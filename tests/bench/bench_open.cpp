// The opening benchmark of issue 4: how long until the main window is usable on a big school, and
// how much of the file was read to get there.
//   bench_open --school FILE
// Builds the real MainWindow offscreen, shows it, opens a small warm-up school (so that plugins,
// fonts and translations are loaded before the clock starts), then times openFile(FILE) until the
// criteria tree is filled and every pending event (layout, first paint) is processed.
//
// Bytes read: the process's "rchar" from /proc/self/io before and after. rchar counts every byte
// handed to the process by read()/pread(), from the page cache or the disk alike, so it cannot be
// fooled by a warm cache (read_bytes would be 0 then); it is an upper bound on the bytes of FILE
// read, since it also counts the lock file and anything else read meanwhile. SQLite reads the file
// with pread() (no mmap unless asked, and Minh does not ask), so nothing it reads escapes rchar.
// The same counter of the window's own thread alone (/proc/thread-self/io) is printed too: the
// rest is what workers read meanwhile, chiefly the thumbnails' worker copying out the first
// criterion's files for minh-thumbnailer (found as in the app, beside this program's build).
// Prints "window <seconds> <bytes read> <file size> <peak MB> <bytes read by the window's thread>".

#include "benchsupport.h"
#include "document/schooldocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Minh::Core;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("MINH_THUMBNAILER")) {
        qputenv("MINH_THUMBNAILER", MINH_THUMBNAILER);
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the recent-files list of the user stays untouched
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("school"), QStringLiteral("The school file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("warm-up"), QStringLiteral("A small school to open first."), QStringLiteral("FILE")});
    parser.process(app);
    const QString school = parser.value(QStringLiteral("school"));

    Minh::Gui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    if (parser.isSet(QStringLiteral("warm-up")) && !window.openFile(parser.value(QStringLiteral("warm-up")))) {
        qCritical("%s", qPrintable(window.errorString()));
        return 2;
    }
    QCoreApplication::processEvents();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    if (!tree) {
        qCritical("no criteria tree");
        return 2;
    }

    const qint64 before = BenchSupport::IoCounters::now().rchar;
    const qint64 threadBefore = BenchSupport::IoCounters::ofThisThread().rchar;
    QElapsedTimer timer;
    timer.start();
    if (!window.openFile(school)) {
        qCritical("%s", qPrintable(window.errorString()));
        return 2;
    }
    QCoreApplication::processEvents();
    const double seconds = BenchSupport::seconds(timer);
    const qint64 read = BenchSupport::IoCounters::now().rchar - before;
    const qint64 threadRead = BenchSupport::IoCounters::ofThisThread().rchar - threadBefore;
    if (tree->model()->rowCount() == 0) {
        qCritical("the tree is empty after opening");
        return 2;
    }
    QTextStream(stdout) << "window " << seconds << ' ' << read << ' ' << QFileInfo(school).size() << ' '
                        << BenchSupport::peakMegabytes() << ' ' << threadRead << '\n';
    return 0;
}
