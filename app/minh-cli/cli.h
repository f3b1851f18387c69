#pragma once

#include "framework/frameworkcatalog.h"
#include "storage/schoolfile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Cli {

// Exit codes are part of the command line's contract (README).
enum ExitCode
{
    Success = 0,
    CheckFailed = 1,
    BadInput = 2
};

// What every subcommand needs: where to print, and the frameworks Minh knows.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Cli::Context)

public:
    Context();
    ~Context();

    QTextStream out;
    QTextStream err;
    Core::FrameworkCatalog catalog;

    // Parses a subcommand's arguments; on error prints it and the usage. The subcommand takes
    // `minimum` to `maximum` positional arguments (maximum -1: no limit; default: exactly minimum).
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int minimum, int maximum = -2);
    int fail(const QString &message, int code = BadInput);
    // For commands that read one school file and may print JSON: sets up `parser` (FILE, --json),
    // parses and opens the file read-only. Returns an exit code when the command must stop here
    // (help shown, bad usage, unreadable file), nothing when it can go on.
    std::optional<int> openForReading(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                                      Core::SchoolDocument &document);
    // Opens a school file; on failure prints why and returns false.
    bool open(Core::SchoolDocument &document, const QString &path, Core::SchoolFile::Access access);
    void printJson(const QJsonObject &object);
    // Reads a small input file (JSON, password…), "-" meaning standard input; nullopt on error.
    std::optional<QByteArray> readInput(const QString &path, qint64 limit);
};

int run(const QStringList &arguments);

} // namespace Minh::Cli
