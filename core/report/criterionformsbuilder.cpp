#include "criterionformsbuilder.h"

#include "document/schooldocument.h"
#include "documentcomposer.h"
#include "formcontext.h"
#include "nd30blocks.h"
#include "pagestyle.h"

#include <QTextTable>

namespace Minh::Core {

namespace {

const QString Form = QStringLiteral("criterion_form");
// Left for the hand when the council has not written a text yet.
const QString Blank = QString(34, QChar(0x2026));

QString verdictText(const FormContext &context, Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return context.text(Form, QStringLiteral("met"));
    case Verdict::NotMet:
        return context.text(Form, QStringLiteral("not_met"));
    case Verdict::NotJudged:
        break;
    }
    return context.text(Form, QStringLiteral("not_judged"));
}

// Who writes the criterion: the members it is assigned to, with their working group.
QString writers(const SchoolDocument &document, const QString &criterion, QString *firstName)
{
    QStringList names;
    QString group;
    for (const CouncilMember &m : document.council()) {
        if (m.criteria.contains(criterion)) {
            names.append(m.fullName);
            group = group.isEmpty() ? m.workingGroup : group;
        }
    }
    *firstName = names.value(0);
    const QString people = names.join(QStringLiteral(", "));
    return group.isEmpty() ? people : people.isEmpty() ? group : group + QStringLiteral(" (") + people + QLatin1Char(')');
}

void paragraphs(DocumentComposer &composer, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        composer.blankLine();
    }
    for (const QString &line : lines) {
        composer.paragraph(line);
    }
}

void footer(DocumentComposer &composer, const FormContext &context, const QString &writer)
{
    Nd30Blocks::Signature left;
    left.title = context.text(Form, QStringLiteral("left_signature"));
    left.note = context.text(Form, QStringLiteral("signature_note"));
    Nd30Blocks::Signature right;
    right.dateLine = Nd30Blocks::dateLine(QString(), QDate());
    right.title = context.text(Form, QStringLiteral("right_signature"));
    right.note = left.note;
    right.signer = writer;
    Nd30Blocks::twoSignatures(composer, left, right);
}

// "5. Tự đánh giá" table: per level a "Chỉ báo" and a "Đạt/Không đạt" column.
void ratingTable(DocumentComposer &composer, const FormContext &context, const Criterion &criterion)
{
    const SchoolDocument &document = context.document();
    const int levels = document.framework().maxCriterionLevel();
    QList<QList<Indicator>> byLevel;
    int rows = 0;
    for (int level = 1; level <= levels; ++level) {
        byLevel.append(document.framework().indicatorsInForce(criterion, level, document.assessment().rulesDate));
        rows = std::max(rows, int(byLevel.constLast().size()));
    }
    QList<TableColumn> columns;
    for (int level = 1; level <= levels; ++level) {
        columns.append({context.text(Form, QStringLiteral("level_label"), {{QStringLiteral("level"), QString::number(level)}})
                            .chopped(1),
                        0});
        columns.append({QString(), 0});
    }
    QTextTable *table = composer.table(columns, 2);
    for (int level = 0; level < levels; ++level) {
        composer.merge(table, 0, 2 * level, 1, 2);
        composer.setCell(table, 1, 2 * level, context.text(Form, QStringLiteral("indicator")), DocumentComposer::centredCell(true));
        composer.setCell(table, 1, 2 * level + 1, context.text(Form, QStringLiteral("verdict")), DocumentComposer::centredCell(true));
    }
    const QString none = context.text(Form, QStringLiteral("no_indicator"));
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        for (int level = 1; level <= levels; ++level) {
            const QList<Indicator> &indicators = byLevel.at(level - 1);
            if (r >= indicators.size()) {
                cells << none << none;
                continue;
            }
            const Indicator &indicator = indicators.at(r);
            const Verdict verdict = document.judgements().indicator({criterion.code, level, indicator.key()});
            // An unlettered single requirement is marked "*", as the forms do.
            cells << (indicator.label.isEmpty() ? QStringLiteral("*") : indicator.label) << verdictText(context, verdict);
        }
        composer.addRow(table, cells, DocumentComposer::centredCell());
    }
}

// The 2026 layout: per level, what the school has achieved (the council's text for that level)
// and whether the level is met (all its indicators in force met).
void levelTable(DocumentComposer &composer, const FormContext &context, const Criterion &criterion)
{
    const SchoolDocument &document = context.document();
    composer.heading(2, context.text(Form, QStringLiteral("status_heading")));
    const QStringList titles = context.texts(Form, QStringLiteral("status_columns"));
    QTextTable *table = composer.table({{titles.value(0), 12}, {titles.value(1), 63}, {titles.value(2), 25}});
    const QList<TextField> &fields = document.framework().regime().criterionFields;
    for (int level = 1; level <= document.framework().maxCriterionLevel(); ++level) {
        const QList<Indicator> indicators =
            document.framework().indicatorsInForce(criterion, level, document.assessment().rulesDate);
        if (indicators.isEmpty()) {
            continue;
        }
        Verdict verdict = Verdict::Met;
        for (const Indicator &indicator : indicators) {
            const Verdict v = document.judgements().indicator({criterion.code, level, indicator.key()});
            verdict = v == Verdict::NotMet || verdict == Verdict::NotMet ? Verdict::NotMet
                      : v == Verdict::NotJudged                          ? Verdict::NotJudged
                                                                         : verdict;
        }
        const QString text = level - 1 < fields.size() ? document.criterionText(criterion.code, fields.at(level - 1).key) : QString();
        const QString label =
            context.text(Form, QStringLiteral("level_label"), {{QStringLiteral("level"), QString::number(level)}}).chopped(1);
        const int row = composer.addRow(table, {label, text.isEmpty() ? Blank : text, verdictText(context, verdict)});
        composer.setCell(table, row, 0, label, DocumentComposer::centredCell(true));
        composer.setCell(table, row, 2, verdictText(context, verdict), DocumentComposer::centredCell());
    }
}

PrintedSection criterionForm(const FormContext &context, const Evaluation &evaluation, const Criterion &criterion)
{
    const SchoolDocument &document = context.document();
    PrintedSection section;
    section.content = PageStyle::newContent();
    DocumentComposer composer(section.content.get());
    QString writer;
    composer.labelled(context.text(Form, QStringLiteral("school_label")), document.school().name, DocumentComposer::plain());
    composer.labelled(context.text(Form, QStringLiteral("group_label")), writers(document, criterion.code, &writer),
                      DocumentComposer::plain());
    composer.emptyLines(1);
    composer.title(context.text(Form, QStringLiteral("title")), 14);
    composer.emptyLines(1);
    const Standard *standard = document.framework().standard(criterion.standardNumber);
    const QHash<QString, QString> values{{QStringLiteral("standard"), QString::number(criterion.standardNumber)},
                                         {QStringLiteral("standard_title"), standard ? standard->title : QString()},
                                         {QStringLiteral("criterion"), criterion.code},
                                         {QStringLiteral("criterion_title"), criterion.title}};
    TextStyle bold = DocumentComposer::plain();
    bold.bold = true;
    composer.paragraph(context.text(Form, QStringLiteral("standard_line"), values), bold);
    composer.paragraph(context.text(Form, QStringLiteral("criterion_line"), values), bold);
    for (int level = 1; level <= document.framework().maxCriterionLevel(); ++level) {
        const QList<Indicator> indicators =
            document.framework().indicatorsInForce(criterion, level, document.assessment().rulesDate);
        if (indicators.isEmpty()) {
            continue;
        }
        composer.labelled(context.text(Form, QStringLiteral("level_label"), {{QStringLiteral("level"), QString::number(level)}}),
                          indicators.size() == 1 && indicators.first().label.isEmpty() ? indicators.first().text : QString());
        if (indicators.size() == 1 && indicators.first().label.isEmpty()) {
            continue;
        }
        for (const Indicator &indicator : indicators) {
            composer.paragraph(indicator.label + QStringLiteral(") ") + indicator.text);
        }
    }
    if (context.text(Form, QStringLiteral("layout")) == QLatin1String("level_table")) {
        levelTable(composer, context, criterion);
    } else {
        int number = 0;
        for (const TextField &field : document.framework().regime().criterionFields) {
            composer.heading(2, QStringLiteral("%1. %2:").arg(++number).arg(field.title));
            paragraphs(composer, document.criterionText(criterion.code, field.key));
        }
        composer.heading(2, QStringLiteral("%1. %2").arg(++number).arg(context.text(Form, QStringLiteral("self_rating"))));
        ratingTable(composer, context, criterion);
    }
    const CriterionResult *result = evaluation.criterion(criterion.code);
    const int level = result ? result->level : 0;
    composer.paragraph(level > 0 ? context.text(Form, QStringLiteral("result_met"), {{QStringLiteral("level"), QString::number(level)}})
                                 : context.text(Form, QStringLiteral("result_not_met")),
                       bold);
    footer(composer, context, writer);
    return section;
}

PrintedSection extraRequirementsForm(const FormContext &context)
{
    const SchoolDocument &document = context.document();
    const ExtraRequirements &extra = document.framework().extraRequirements();
    PrintedSection section;
    section.content = PageStyle::newContent();
    DocumentComposer composer(section.content.get());
    composer.labelled(context.text(Form, QStringLiteral("school_label")), document.school().name, DocumentComposer::plain());
    composer.labelled(context.text(Form, QStringLiteral("group_label")), QString(), DocumentComposer::plain());
    composer.emptyLines(1);
    composer.title(context.text(Form, QStringLiteral("extra_title"), {{QStringLiteral("extra_title_upper"), Nd30Blocks::upper(extra.title)}}),
                   14);
    TextStyle bold;
    bold.bold = true;
    for (const ExtraRequirement &requirement : extra.requirements) {
        composer.paragraph(context.text(Form, QStringLiteral("extra_requirement_line"),
                                        {{QStringLiteral("number"), QString::number(requirement.number)},
                                         {QStringLiteral("article"), extra.article},
                                         {QStringLiteral("text"), requirement.text}}),
                           bold);
        int number = 0;
        for (const TextField &field : document.framework().regime().criterionFields) {
            composer.labelled(QStringLiteral("%1. %2:").arg(++number).arg(field.title), QString());
            paragraphs(composer, document.extraRequirementText(requirement.number, field.key));
        }
        composer.labelled(QStringLiteral("%1. %2").arg(++number).arg(context.text(Form, QStringLiteral("self_rating"))),
                          verdictText(context, document.judgements().extraRequirement(requirement.number)));
    }
    footer(composer, context, QString());
    return section;
}

} // namespace

PrintedDocument CriterionFormsBuilder::build(const SchoolDocument &document)
{
    const FormContext context(document);
    PrintedDocument printed;
    printed.title = context.text(Form, QStringLiteral("title"));
    const Evaluation evaluation = document.evaluate();
    for (const Criterion *criterion : document.framework().criteria()) {
        printed.sections.append(criterionForm(context, evaluation, *criterion));
    }
    if (!document.framework().extraRequirements().isEmpty()) {
        printed.sections.append(extraRequirementsForm(context));
    }
    return printed;
}

} // namespace Minh::Core
