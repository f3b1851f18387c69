#include "evidencecommands.h"

#include "cli.h"
#include "document/schooldocument.h"
#include "evidence/citationparser.h"
#include "evidence/evidenceextractor.h"
#include "evidence/evidencehealth.h"
#include "evidence/evidencejson.h"
#include "evidence/evidencerenumbering.h"
#include "report/dossierdocuments.h"
#include "package/completenesscheck.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QRegularExpression>

namespace Minh::Cli {

namespace {

// The code as the register writes it, whatever spelling the user typed ("h1 1.1 01" → "[H1-1.1-01]").
QString canonicalCode(const Core::SchoolDocument &document, const QString &typed)
{
    const Core::CitationParser parser(document.framework().regime().evidence.codeFormat);
    const auto code = parser.parseCode(typed);
    return code ? parser.format(*code) : typed.trimmed();
}

// "2024-2025" or "2023-2024, 2024-2025": each a pair of consecutive years.
bool validSchoolYears(const QString &text)
{
    static const QRegularExpression pair(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s*[,;]\\s*")));
    for (const QString &part : parts) {
        const auto match = pair.match(part.trimmed());
        if (!match.hasMatch() || match.captured(2).toInt() != match.captured(1).toInt() + 1) {
            return false;
        }
    }
    return !parts.isEmpty();
}

void reportDuplicates(Context &context, const Core::SchoolDocument &document, const QString &code,
                      const QList<Core::EvidenceStore::Imported> &imported)
{
    for (const auto &result : imported) {
        if (!result.duplicate) {
            continue;
        }
        const QStringList others = document.evidenceStore().itemsSharing(result.file.contentId, document.evidenceItem(code)->id);
        context.err << Context::tr("“%1” has the same content as a file of %2; it is stored once.")
                           .arg(result.file.fileName, others.isEmpty() ? code : others.join(QStringLiteral(", ")))
                    << '\n';
    }
}

int add(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Adds an evidence item, imports its files into the school file and prints "
                                                 "the item's code."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Context::tr("Files to attach (none for an item kept only on paper)."),
                                 QStringLiteral("[PATH...]"));
    parser.addOptions({{QStringLiteral("criterion"), Context::tr("The criterion where the item is first used."), QStringLiteral("CODE")},
                       {QStringLiteral("title"), Context::tr("The item's title (tên minh chứng)."), QStringLiteral("TEXT")},
                       {QStringLiteral("issued"), Context::tr("Number and date of issue, or time of survey."), QStringLiteral("TEXT")},
                       {QStringLiteral("issuer"), Context::tr("Who issued or made it."), QStringLiteral("TEXT")},
                       {QStringLiteral("box"), Context::tr("The box (hộp) it is kept in; default: the standard's number."), QStringLiteral("N")},
                       {QStringLiteral("year"), Context::tr("The school year(s) it covers, e.g. 2024-2025."), QStringLiteral("YEARS")},
                       {QStringLiteral("notes"), Context::tr("Notes."), QStringLiteral("TEXT")},
                       {QStringLiteral("location"), Context::tr("Where the original is kept, or a link."), QStringLiteral("TEXT")}});
    if (!context.parse(parser, arguments, 1, -1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    if (!parser.isSet(QStringLiteral("criterion")) || parser.value(QStringLiteral("title")).trimmed().isEmpty()) {
        return context.fail(Context::tr("Give the criterion with --criterion and the title with --title."));
    }
    bool boxOk = true;
    const int box = parser.isSet(QStringLiteral("box")) ? parser.value(QStringLiteral("box")).toInt(&boxOk) : 0;
    if (parser.isSet(QStringLiteral("box")) && (!boxOk || box < 1 || box > 999)) {
        return context.fail(Context::tr("The box must be a number from 1 to 999."));
    }
    if (parser.isSet(QStringLiteral("year")) && !validSchoolYears(parser.value(QStringLiteral("year")))) {
        return context.fail(Context::tr("“%1” is not a school year; write it as 2024-2025 (several separated by commas).")
                                .arg(parser.value(QStringLiteral("year"))));
    }
    QStringList positional = parser.positionalArguments();
    Core::SchoolDocument document;
    if (!context.open(document, positional.takeFirst(), Core::SchoolFile::Access::ReadWrite)) {
        return BadInput;
    }
    Core::EvidenceItem item;
    item.criterionCode = parser.value(QStringLiteral("criterion"));
    item.title = parser.value(QStringLiteral("title"));
    item.issueInfo = parser.value(QStringLiteral("issued"));
    item.issuer = parser.value(QStringLiteral("issuer"));
    item.box = box;
    item.schoolYears = parser.value(QStringLiteral("year"));
    item.notes = parser.value(QStringLiteral("notes"));
    item.location = parser.value(QStringLiteral("location"));
    QList<Core::EvidenceStore::Imported> imported;
    if (!document.addEvidence(item, positional, &imported)) {
        return context.fail(document.errorString());
    }
    const QString code = document.evidence().constLast().code;
    reportDuplicates(context, document, code, imported);
    context.out << code << '\n';
    return Success;
}

int attach(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Imports more files into an existing evidence item."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Context::tr("Files to attach."), QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("code"), Context::tr("The item's code."), QStringLiteral("CODE")});
    if (!context.parse(parser, arguments, 2, -1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    QStringList positional = parser.positionalArguments();
    Core::SchoolDocument document;
    if (!context.open(document, positional.takeFirst(), Core::SchoolFile::Access::ReadWrite)) {
        return BadInput;
    }
    const QString code = canonicalCode(document, parser.value(QStringLiteral("code")));
    QList<Core::EvidenceStore::Imported> imported;
    if (!document.attachEvidenceFiles(code, positional, &imported)) {
        return context.fail(document.errorString());
    }
    reportDuplicates(context, document, code, imported);
    context.out << Context::tr("Attached %n file(s) to %1.", "", int(imported.size())).arg(code) << '\n';
    return Success;
}

int cite(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Records that a criterion uses an evidence item, which keeps its code."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOptions({{QStringLiteral("code"), Context::tr("The item's code."), QStringLiteral("CODE")},
                       {QStringLiteral("criterion"), Context::tr("The criterion that uses it."), QStringLiteral("CODE")}});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    Core::SchoolDocument document;
    if (!context.open(document, parser.positionalArguments().constFirst(), Core::SchoolFile::Access::ReadWrite)) {
        return BadInput;
    }
    const QString code = canonicalCode(document, parser.value(QStringLiteral("code")));
    if (!document.citeEvidence(code, parser.value(QStringLiteral("criterion")))) {
        return context.fail(document.errorString());
    }
    context.out << Context::tr("Criterion %1 now uses %2.").arg(parser.value(QStringLiteral("criterion")), code) << '\n';
    return Success;
}

int keep(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Marks an evidence item as kept on purpose although no text cites it, so "
                                                 "the completeness check does not flag it (--no: undoes it)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOptions({{QStringLiteral("code"), Context::tr("The item's code."), QStringLiteral("CODE")},
                       {QStringLiteral("no"), Context::tr("No longer kept on purpose.")}});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    Core::SchoolDocument document;
    if (!context.open(document, parser.positionalArguments().constFirst(), Core::SchoolFile::Access::ReadWrite)) {
        return BadInput;
    }
    const QString code = canonicalCode(document, parser.value(QStringLiteral("code")));
    const bool kept = !parser.isSet(QStringLiteral("no"));
    if (!document.setEvidenceKept(code, kept)) {
        return context.fail(document.errorString());
    }
    context.out << (kept ? Context::tr("%1 is kept on purpose.") : Context::tr("%1 is no longer kept on purpose.")).arg(code) << '\n';
    return Success;
}

int list(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    Core::SchoolDocument document;
    if (const auto stop = context.openForReading(parser, arguments, Context::tr("Lists the evidence register."), document)) {
        return *stop;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson({{QStringLiteral("evidence"), Core::EvidenceJson::items(document.evidence())}});
        return Success;
    }
    for (const Core::EvidenceItem &e : document.evidence()) {
        context.out << e.code << "  " << e.title << "  " << e.issueInfo << "  " << e.issuer << "  "
                    << Context::tr("%n file(s)", "", int(e.files.size())) << '\n';
    }
    return Success;
}

int extract(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Writes evidence files into a folder: one item's, or all of them in one "
                                                 "subfolder per standard."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), Context::tr("The folder to write into; created if missing."));
    parser.addOption({QStringLiteral("code"), Context::tr("Only this item."), QStringLiteral("CODE")});
    if (!context.parse(parser, arguments, 2)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    Core::SchoolDocument document;
    if (!context.open(document, parser.positionalArguments().at(0), Core::SchoolFile::Access::ReadOnly)) {
        return BadInput;
    }
    Core::EvidenceExtractor extractor(document);
    const QString folder = parser.positionalArguments().at(1);
    const bool ok = parser.isSet(QStringLiteral("code"))
                        ? extractor.extractItem(canonicalCode(document, parser.value(QStringLiteral("code"))), folder)
                        : extractor.extractAll(folder);
    if (!ok) {
        return context.fail(extractor.errorString());
    }
    for (const QString &path : extractor.writtenFiles()) {
        context.out << path << '\n';
    }
    return Success;
}

int renumber(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Shows how the evidence codes would be renumbered (per criterion 01, 02… "
                                                 "without gaps) and, with --apply, renumbers them and updates every "
                                                 "citation in the texts."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOptions({{QStringLiteral("box-per-standard"), Context::tr("Also put every item in the box of its standard.")},
                       {QStringLiteral("apply"), Context::tr("Apply the changes shown.")}});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    Core::SchoolDocument document;
    const bool apply = parser.isSet(QStringLiteral("apply"));
    if (!context.open(document, parser.positionalArguments().constFirst(),
                      apply ? Core::SchoolFile::Access::ReadWrite : Core::SchoolFile::Access::ReadOnly)) {
        return BadInput;
    }
    Core::EvidenceRenumbering renumbering(&document, parser.isSet(QStringLiteral("box-per-standard"))
                                                         ? Core::EvidenceRenumbering::Boxes::OnePerStandard
                                                         : Core::EvidenceRenumbering::Boxes::Keep);
    const QList<Core::EvidenceCodeChange> changes = renumbering.preview();
    if (changes.isEmpty()) {
        context.out << Context::tr("The codes are already numbered without gaps; nothing to change.") << '\n';
        return Success;
    }
    for (const Core::EvidenceCodeChange &change : changes) {
        context.out << change.oldCode << " → " << change.newCode << '\n';
    }
    const QStringList conflicts = renumbering.conflicts();
    if (!conflicts.isEmpty() && !apply) {
        context.err << Context::tr("The texts cite %1, but no item has these codes; renumbering would make the "
                                   "citations point at other items. Correct them first.")
                           .arg(conflicts.join(QStringLiteral(", ")))
                    << '\n';
    }
    if (!apply) {
        context.out << Context::tr("Nothing was changed. Run again with --apply to renumber.") << '\n';
        return Success;
    }
    if (!renumbering.apply()) {
        return context.fail(renumbering.errorString());
    }
    context.out << Context::tr("Renumbered %n item(s); citations in the texts were updated.", "", int(changes.size())) << '\n';
    return Success;
}

} // namespace

int evidence(Context &context, const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QStringLiteral("add")) {
        return add(context, rest);
    }
    if (sub == QStringLiteral("attach")) {
        return attach(context, rest);
    }
    if (sub == QStringLiteral("cite")) {
        return cite(context, rest);
    }
    if (sub == QStringLiteral("list")) {
        return list(context, rest);
    }
    if (sub == QStringLiteral("keep")) {
        return keep(context, rest);
    }
    if (sub == QStringLiteral("extract")) {
        return extract(context, rest);
    }
    if (sub == QStringLiteral("renumber")) {
        return renumber(context, rest);
    }
    return context.fail(Context::tr("Unknown evidence command “%1”; use add, attach, cite, keep, list, extract or renumber.").arg(sub));
}

int check(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    Core::SchoolDocument document;
    const QString description = Context::tr("Checks the evidence: criteria without evidence, items cited nowhere, "
                                            "citations of nothing, missing or damaged files, the evidence window, "
                                            "missing titles, dates and issuers. Exit status 1 when it finds errors. "
                                            "With --dossier, the whole completeness check that export runs.");
    parser.addOption({QStringLiteral("dossier"), Context::tr("Run the completeness check of the signed dossier instead.")});
    if (const auto stop = context.openForReading(parser, arguments, description, document)) {
        return *stop;
    }
    if (parser.isSet(QStringLiteral("dossier"))) {
        const QList<Core::CompletenessFinding> findings = Core::CompletenessCheck::check(document, Core::DossierDocuments::hooks(document));
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson(Core::CompletenessCheck::toJson(findings));
        } else {
            for (const Core::CompletenessFinding &f : findings) {
                context.out << (f.severity == Core::CompletenessFinding::Severity::Error ? Context::tr("error") : Context::tr("warning"))
                            << ": " << f.message << '\n';
            }
            if (findings.isEmpty()) {
                context.out << Context::tr("No problems found.") << '\n';
            }
        }
        return Core::CompletenessCheck::hasErrors(findings) ? CheckFailed : Success;
    }
    const QList<Core::HealthFinding> findings = Core::EvidenceHealth::check(document);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(Core::EvidenceJson::findings(findings));
    } else {
        for (const Core::HealthFinding &f : findings) {
            context.out << (f.severity == Core::HealthFinding::Severity::Error ? Context::tr("error") : Context::tr("warning"))
                        << ": " << f.message << '\n';
        }
        if (findings.isEmpty()) {
            context.out << Context::tr("No problems found.") << '\n';
        }
    }
    return Core::EvidenceHealth::hasErrors(findings) ? CheckFailed : Success;
}

} // namespace Minh::Cli
