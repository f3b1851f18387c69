#include "assessmentcommands.h"

#include "cli.h"
#include "document/assessmentjson.h"
#include "document/demoschoolbuilder.h"
#include "document/judgementimport.h"
#include "document/schooldocument.h"
#include "evaluation/evaluationjson.h"
#include "evaluation/reasontext.h"
#include "models/criteriatreemodel.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QRegularExpression>

namespace Minh::Cli {

namespace {

constexpr qint64 JudgementFileLimit = 16 * 1024 * 1024;


bool validSchoolYear(const QString &year)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto match = pattern.match(year);
    return match.hasMatch() && match.captured(2).toInt() == match.captured(1).toInt() + 1;
}

QString nationalStandardText(const Core::Evaluation &evaluation)
{
    if (!evaluation.nationalStandardDegree) {
        return Context::tr("not stated by this framework");
    }
    return *evaluation.nationalStandardDegree > 0 ? Context::tr("mức độ %1").arg(*evaluation.nationalStandardDegree)
                                                  : Context::tr("not reached");
}

} // namespace

int createSchool(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Creates a new school file."));
    parser.addPositionalArgument(QStringLiteral("OUT"), Context::tr("The school file to create; it must not exist."));
    parser.addOption({QStringLiteral("framework"), Context::tr("The framework id (see “minh-cli frameworks”)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("school"), Context::tr("The school's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("year"), Context::tr("The school year, e.g. 2025-2026."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("type"), Context::tr("The school type, one of those the framework lists."), QStringLiteral("TYPE")});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    const auto *entry = context.catalog.find(parser.value(QStringLiteral("framework")));
    if (!entry) {
        return context.fail(Context::tr("Unknown framework “%1”; see “minh-cli frameworks”.").arg(parser.value(QStringLiteral("framework"))));
    }
    const QString name = parser.value(QStringLiteral("school")).trimmed();
    if (name.isEmpty()) {
        return context.fail(Context::tr("Give the school's name with --school."));
    }
    const QString year = parser.isSet(QStringLiteral("year")) ? parser.value(QStringLiteral("year"))
                                                              : Core::DemoSchoolBuilder::schoolYear();
    if (!validSchoolYear(year)) {
        return context.fail(Context::tr("“%1” is not a school year; write it as 2025-2026.").arg(year));
    }
    const QStringList types = entry->framework.schoolTypes();
    const QString type = parser.isSet(QStringLiteral("type")) ? parser.value(QStringLiteral("type"))
                                                              : (types.isEmpty() ? QString() : types.constFirst());
    if (!types.isEmpty() && !types.contains(type)) {
        return context.fail(Context::tr("The framework %1 is for %2 schools, not “%3”.")
                                .arg(entry->framework.id(), types.join(QStringLiteral(", ")), type));
    }
    Core::SchoolDocument document;
    Core::SchoolInfo school;
    school.name = name;
    school.schoolType = type;
    if (!document.create(parser.positionalArguments().constFirst(), entry->framework, school, year)) {
        return context.fail(document.errorString());
    }
    context.out << Context::tr("Created %1 for %2 under %3.").arg(document.path(), name, entry->framework.circular()) << '\n';
    return Success;
}

int createDemo(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Creates the demo school, a fictional school with a realistic assessment."));
    parser.addPositionalArgument(QStringLiteral("OUT"), Context::tr("The school file to create; it must not exist."));
    parser.addOption({QStringLiteral("framework"), Context::tr("The framework id (default tt57-2026)."), QStringLiteral("ID"),
                      QStringLiteral("tt57-2026")});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    const auto *entry = context.catalog.find(parser.value(QStringLiteral("framework")));
    if (!entry) {
        return context.fail(Context::tr("Unknown framework “%1”; see “minh-cli frameworks”.").arg(parser.value(QStringLiteral("framework"))));
    }
    Core::SchoolDocument document;
    Core::DemoSchoolBuilder builder(entry->framework);
    if (!builder.create(parser.positionalArguments().constFirst(), &document)) {
        return context.fail(builder.errorString());
    }
    context.out << Context::tr("Created the demo school %1 under %2.").arg(document.path(), entry->framework.circular()) << '\n';
    return Success;
}

int judge(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Records verdicts: {\"indicators\": {\"1.1/1/a\": true, …}, \"level4\": {\"1\": false}}; "
                                                 "null clears a verdict."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOption({QStringLiteral("json"), Context::tr("The JSON file with the verdicts (- for standard input)."), QStringLiteral("J")});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        return context.fail(Context::tr("Give the verdicts with --json FILE."));
    }
    Core::SchoolDocument document;
    if (!context.open(document, parser.positionalArguments().constFirst(), Core::SchoolFile::Access::ReadWrite)) {
        return BadInput;
    }
    const QString jsonPath = parser.value(QStringLiteral("json"));
    const auto data = context.readInput(jsonPath, JudgementFileLimit);
    if (!data) {
        return BadInput;
    }
    Core::JudgementImport import;
    if (!import.read(*data, jsonPath, document)) {
        return context.fail(import.errorString());
    }
    if (!document.applyJudgements(import.indicators(), import.extraRequirements())) {
        return context.fail(document.errorString());
    }
    context.out << Context::tr("Recorded %n verdict(s).", "", int(import.indicators().size() + import.extraRequirements().size()))
                << '\n';
    return Success;
}

int level(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    Core::SchoolDocument document;
    if (const auto stop = context.openForReading(parser, arguments, Context::tr("Computes the criterion, standard, school and national-standard levels."), document)) {
        return *stop;
    }
    const Core::Evaluation evaluation = document.evaluate();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(Core::EvaluationJson::toJson(evaluation));
        return Success;
    }
    const Core::Framework &fw = document.framework();
    QTextStream &out = context.out;
    out << document.school().name << " — " << fw.circular() << '\n';
    out << Context::tr("School level: %1").arg(Core::CriteriaTreeModel::levelText(evaluation.schoolLevel)) << '\n';
    out << Context::tr("National standard: %1").arg(nationalStandardText(evaluation)) << '\n';
    for (const Core::Standard &s : fw.standards()) {
        out << Context::tr("Standard %1: %2").arg(s.number).arg(Core::CriteriaTreeModel::levelText(evaluation.standards.value(s.number)))
            << '\n';
        for (const Core::Criterion &c : s.criteria) {
            const auto *result = evaluation.criterion(c.code);
            out << "  " << c.code << "  " << Core::CriteriaTreeModel::levelText(result ? result->level : 0) << '\n';
        }
    }
    for (auto it = evaluation.blocking.cbegin(); it != evaluation.blocking.cend(); ++it) {
        out << Context::tr("Mức %1 is not reached because:").arg(it.key()) << '\n';
        for (const Core::BlockingReason &reason : it.value()) {
            out << "  - " << Core::ReasonText::describe(reason) << '\n';
        }
    }
    if (!evaluation.incomplete.isEmpty()) {
        out << Context::tr("%n indicator(s) or requirement(s) not yet judged.", "", int(evaluation.incomplete.size())) << '\n';
    }
    return Success;
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    Core::SchoolDocument document;
    if (const auto stop = context.openForReading(parser, arguments, Context::tr("Prints the whole assessment as JSON."), document)) {
        return *stop;
    }
    context.printJson(Core::AssessmentJson::toJson(document));
    return Success;
}

} // namespace Minh::Cli
