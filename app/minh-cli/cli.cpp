#include "cli.h"

#include "assessmentcommands.h"
#include "document/schooldocument.h"
#include "evidencecommands.h"
#include "reportcommands.h"
#include "frameworkcommands.h"
#include "packagecommands.h"

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

bool Context::parse(QCommandLineParser &parser, const QStringList &arguments, int minimum, int maximum)
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
    const qsizetype count = parser.positionalArguments().size();
    if (maximum == -2) {
        maximum = minimum;
    }
    if (count < minimum || (maximum >= 0 && count > maximum)) {
        err << (maximum == 0 ? tr("This command takes no file.")
                : maximum == 1 ? tr("Give exactly one file.")
                               : tr("Give at least %n file(s) or folder(s).", "", minimum))
            << '\n'
            << parser.helpText();
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

std::optional<int> Context::openForReading(QCommandLineParser &parser, const QStringList &arguments,
                                           const QString &description, Core::SchoolDocument &document)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The school file."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    if (!open(document, parser.positionalArguments().constFirst(), Core::SchoolFile::Access::ReadOnly)) {
        return BadInput;
    }
    return std::nullopt;
}

bool Context::open(Core::SchoolDocument &document, const QString &path, Core::SchoolFile::Access access)
{
    if (!document.open(path, access)) {
        fail(document.errorString());
        return false;
    }
    return true;
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
                          "  evidence add FILE --criterion CODE --title TEXT [--issued TEXT] [--issuer TEXT]\n"
                          "               [--box N] [--year YYYY-YYYY] [PATH...]\n"
                          "                                           add an evidence item with its files; prints its code\n"
                          "  evidence attach FILE --code CODE PATH... attach more files to an item\n"
                          "  evidence cite FILE --code CODE --criterion CODE\n"
                          "                                           record that a criterion uses an item\n"
                          "  evidence keep FILE --code CODE [--no]    mark an item kept on purpose though not cited\n"
                          "  evidence list FILE [--json]              the evidence register\n"
                          "  evidence extract FILE OUTDIR [--code CODE]\n"
                          "                                           write evidence files into a folder\n"
                          "  evidence renumber FILE [--box-per-standard] [--apply]\n"
                          "                                           renumber codes without gaps, updating citations\n"
                          "  report FILE --document NAME --out OUT.pdf|OUT.odt\n"
                          "                                           print the report, a form or the plan\n"
                          "  check FILE [--json] [--dossier]          the evidence health check (exit 1 on errors);\n"
                          "                                           --dossier: the completeness check of the dossier\n"
                          "  keygen --school NAME --out school.p12 --password-file F\n"
                          "                                           create a school certificate (PKCS#12)\n"
                          "  export FILE --out PKG.zip (--p12 F --password-file F |\n"
                          "         --pkcs11-module SO --token LABEL --pin-file F [--key-label L])\n"
                          "                                           write the signed dossier\n"
                          "  verify PKG [--ca CA.pem] [--pin SHA256] [--json]\n"
                          "                                           verify a dossier (0 valid, 1 invalid, 2 unreadable)\n"
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
    if (command == QStringLiteral("evidence")) {
        return evidence(context, rest);
    }
    if (command == QStringLiteral("check")) {
        return check(context, rest);
    }
    if (command == QStringLiteral("report")) {
        return report(context, rest);
    }
    if (command == QStringLiteral("keygen")) {
        return keygen(context, rest);
    }
    if (command == QStringLiteral("export")) {
        return exportPackage(context, rest);
    }
    if (command == QStringLiteral("verify")) {
        return verifyPackage(context, rest);
    }
    context.err << Context::tr("Unknown command “%1”.").arg(command) << '\n';
    printUsage(context.err);
    return BadInput;
}

} // namespace Minh::Cli
