#include "cli.h"

#include "assessmentcommands.h"
#include "frameworkcommands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace Minh::Cli {

Context::Context()
    : out(stdout)
    , err(stderr)
{
}

Context::~Context()
{
    out.flush();
    err.flush();
}

bool Context::parse(QCommandLineParser &parser, const QStringList &arguments, int positional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        err << (positional == 0 ? tr("This command takes no file.") : tr("Give exactly one file.")) << '\n' << parser.helpText();
        return false;
    }
    return true;
}

int Context::fail(const QString &message, int code)
{
    err << message << '\n';
    err.flush();
    return code;
}

void Context::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

std::optional<QByteArray> Context::readInput(const QString &path, qint64 limit)
{
    QFile file;
    const bool opened = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        fail(tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray data = file.read(limit + 1);
    if (data.size() > limit) {
        fail(tr("The file “%1” is larger than %2 bytes, too large for this input.").arg(path).arg(limit));
        return std::nullopt;
    }
    return data;
}

namespace {

void printUsage(QTextStream &stream)
{
    stream << Context::tr("Usage: minh-cli <command> [options]\n"
                          "\n"
                          "Commands:\n"
                          "  frameworks [--json]                      list the frameworks Minh knows\n"
                          "  framework-import FILE                    validate and import a framework file\n"
                          "  new OUT.minh --framework ID --school NAME [--year YYYY-YYYY] [--type TYPE]\n"
                          "                                           create a school file\n"
                          "  demo OUT.minh [--framework ID]           create the demo school\n"
                          "  judge FILE --json J.json                 record verdicts from a JSON file\n"
                          "  level FILE [--json]                      compute the levels, with reasons\n"
                          "  show FILE [--json]                       the whole assessment\n"
                          "  upgrade FILE [--framework-file F] [--apply]\n"
                          "                                           show or apply a newer version of the framework\n"
                          "\n"
                          "Exit status: 0 success, 1 a check failed, 2 bad usage or bad input.\n");
}

} // namespace

int run(const QStringList &arguments)
{
    Context context;
    if (arguments.size() < 2 || arguments.at(1) == QStringLiteral("--help") || arguments.at(1) == QStringLiteral("-h")) {
        printUsage(arguments.size() < 2 ? context.err : context.out);
        return arguments.size() < 2 ? BadInput : Success;
    }
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(1);
    if (command == QStringLiteral("frameworks")) {
        return listFrameworks(context, rest);
    }
    if (command == QStringLiteral("framework-import")) {
        return importFramework(context, rest);
    }
    if (command == QStringLiteral("new")) {
        return createSchool(context, rest);
    }
    if (command == QStringLiteral("demo")) {
        return createDemo(context, rest);
    }
    if (command == QStringLiteral("judge")) {
        return judge(context, rest);
    }
    if (command == QStringLiteral("level")) {
        return level(context, rest);
    }
    if (command == QStringLiteral("show")) {
        return show(context, rest);
    }
    if (command == QStringLiteral("upgrade")) {
        return upgradeFramework(context, rest);
    }
    context.err << Context::tr("Unknown command “%1”.").arg(command) << '\n';
    printUsage(context.err);
    return BadInput;
}

} // namespace Minh::Cli
