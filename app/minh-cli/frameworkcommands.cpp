#include "frameworkcommands.h"

#include "cli.h"
#include "document/frameworkupgrade.h"
#include "document/schooldocument.h"
#include "framework/frameworkparser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Minh::Cli {

int listFrameworks(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Lists the frameworks Minh knows."));
    parser.addOption({QStringLiteral("json"), Context::tr("Print JSON.")});
    if (!context.parse(parser, arguments, 0)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    for (const QString &problem : context.catalog.loadErrors()) {
        context.err << problem << '\n';
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &entry : context.catalog.entries()) {
            const Core::Framework &fw = entry.framework;
            list.append(QJsonObject{
                {QStringLiteral("id"), fw.id()},
                {QStringLiteral("circular"), fw.circular()},
                {QStringLiteral("title"), fw.title()},
                {QStringLiteral("school_types"), QJsonArray::fromStringList(fw.schoolTypes())},
                {QStringLiteral("status"), fw.status()},
                {QStringLiteral("verified"), fw.provenance().verified},
                {QStringLiteral("regime"), fw.regime().id},
                {QStringLiteral("origin"), entry.origin == Core::FrameworkCatalog::Origin::Shipped ? QStringLiteral("shipped")
                                                                                                    : QStringLiteral("imported")},
                {QStringLiteral("sha256"), fw.sha256()}});
        }
        context.printJson({{QStringLiteral("frameworks"), list}});
        return Success;
    }
    for (const auto &entry : context.catalog.entries()) {
        const Core::Framework &fw = entry.framework;
        context.out << fw.id() << "  " << fw.circular() << "  " << fw.schoolTypes().join(QStringLiteral(", ")) << "  "
                    << (fw.provenance().verified ? Context::tr("verified against the official document") : Context::tr("not verified against the official document"))
                    << '\n'
                    << "    " << fw.status() << '\n';
    }
    return Success;
}

int importFramework(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Validates a framework file and makes it available for new assessments."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The framework file (JSON, Minh's framework format)."));
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    const auto imported = context.catalog.importFile(parser.positionalArguments().constFirst());
    if (!imported) {
        return context.fail(imported.error());
    }
    context.out << Context::tr("Imported %1 (%2). Existing school files keep the framework they were made with; "
                               "use “minh-cli upgrade” to move one to this version.")
                       .arg(imported->id(), imported->circular())
                << '\n';
    return Success;
}

int upgradeFramework(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Shows what a newer version of the assessment's framework changes, "
                                                 "and applies it with --apply."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOption({QStringLiteral("framework-file"), Context::tr("Take the newer framework from this file instead of "
                                                                    "the frameworks Minh knows."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("apply"), Context::tr("Apply the changes (verdicts of removed or reworded indicators are cleared).")});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    Core::SchoolDocument document;
    if (!document.open(parser.positionalArguments().constFirst())) {
        return context.fail(document.errorString());
    }
    std::optional<Core::Framework> newer;
    if (parser.isSet(QStringLiteral("framework-file"))) {
        const QString path = parser.value(QStringLiteral("framework-file"));
        const auto data = context.readInput(path, Core::FrameworkParser::MaximumSize);
        if (!data) {
            return BadInput;
        }
        auto parsed = Core::FrameworkParser::parse(*data, path);
        if (!parsed) {
            return context.fail(parsed.error());
        }
        newer = std::move(parsed).value();
    } else if (const auto *entry = context.catalog.find(document.framework().id())) {
        newer = entry->framework;
    } else {
        return context.fail(Context::tr("Minh knows no other version of %1.").arg(document.framework().id()));
    }
    Core::FrameworkUpgrade upgrade(&document, *newer);
    if (!upgrade.preview()) {
        return context.fail(upgrade.errorString());
    }
    if (upgrade.isUpToDate()) {
        context.out << Context::tr("The assessment already uses this version of %1.").arg(newer->id()) << '\n';
        return Success;
    }
    for (const auto &change : upgrade.changes()) {
        context.out << "- " << Core::FrameworkUpgrade::describe(change) << '\n';
    }
    for (const QString &orphan : upgrade.orphanedRecords()) {
        context.out << "  " << Context::tr("kept in the file but no longer shown: %1").arg(orphan) << '\n';
    }
    const int cleared = int(upgrade.clearedJudgements().size());
    if (!parser.isSet(QStringLiteral("apply"))) {
        context.out << Context::tr("%n verdict(s) would be cleared because their indicator changed.", "", cleared) << '\n';
        context.out << Context::tr("Nothing was changed. Run again with --apply to upgrade.") << '\n';
        return Success;
    }
    if (!upgrade.apply()) {
        return context.fail(upgrade.errorString());
    }
    context.out << Context::tr("The assessment now uses the newer version of %1.").arg(newer->id()) << '\n'
                << Context::tr("%n verdict(s) were cleared because their indicator changed.", "", cleared) << '\n';
    return Success;
}

} // namespace Minh::Cli
