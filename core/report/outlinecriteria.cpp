#include "document/schooldocument.h"
#include "outlinebuilder.h"

#include <QTextTable>

namespace Minh::Core {

namespace {


QString verdictText(const OutlinePart &part, Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return part.label(QStringLiteral("met"));
    case Verdict::NotMet:
        return part.label(QStringLiteral("not_met"));
    case Verdict::NotJudged:
        break;
    }
    return QString();
}

QString fieldTitle(const QList<TextField> &fields, const QString &key)
{
    for (const TextField &field : fields) {
        if (field.key == key) {
            return field.title;
        }
    }
    return key;
}

} // namespace

void OutlineBuilder::standards(const OutlinePart &part, int level)
{
    const Framework &framework = m_document.framework();
    const int standardLevel = level + 1;
    const QStringList opening = part.label(QStringLiteral("opening_fields")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const Standard &standard : framework.standards()) {
        composer().heading(standardLevel, part.label(QStringLiteral("standard")).arg(standard.number).arg(standard.title));
        for (const QString &key : opening) {
            subheading(fieldTitle(framework.regime().standardFields, key));
            const QString text = m_document.standardText(standard.number, key);
            text.trimmed().isEmpty() ? composer().blankLine() : paragraphs(text);
        }
        for (const Criterion &criterion : standard.criteria) {
            if (part.layout == QLatin1String("level_table")) {
                levelTableCriterion(part, criterion, standardLevel + 1);
            } else {
                indicatorTableCriterion(part, criterion, standardLevel + 1);
            }
        }
        standardClosing(part, standard, standardLevel + 1);
    }
}

void OutlineBuilder::indicatorTableCriterion(const OutlinePart &part, const Criterion &criterion, int level)
{
    const Framework &framework = m_document.framework();
    const QDate rulesDate = m_document.assessment().rulesDate;
    composer().heading(level, part.label(QStringLiteral("criterion")).arg(criterion.code, criterion.title));
    for (int l = 1; l <= criterion.levels.size(); ++l) {
        const QList<Indicator> indicators = framework.indicatorsInForce(criterion, l, rulesDate);
        if (indicators.isEmpty()) {
            continue;
        }
        composer().labelled(part.label(QStringLiteral("level")).arg(l), QString(), DocumentComposer::plain());
        for (const Indicator &indicator : indicators) {
            composer().paragraph(indicator.label.isEmpty() ? indicator.text : indicator.label + QStringLiteral(") ") + indicator.text);
        }
    }
    int number = 0;
    for (const TextField &field : framework.regime().criterionFields) {
        composer().labelled(part.label(QStringLiteral("field")).arg(++number).arg(field.title), QString(), DocumentComposer::plain());
        const QString text = m_document.criterionText(criterion.code, field.key);
        text.trimmed().isEmpty() ? composer().blankLine() : paragraphs(text);
    }
    subheading(part.label(QStringLiteral("self_rating")).arg(++number));

    // "Mức 1" | "Mức 2" | "Mức 3" over "Chỉ báo" | "Đạt/Không đạt" pairs, one row per indicator.
    const int levels = framework.maxCriterionLevel();
    QList<TableColumn> columns;
    for (int l = 1; l <= levels; ++l) {
        columns.append({part.label(QStringLiteral("level_column")).arg(l), 0});
        columns.append({QString(), 0});
    }
    QTextTable *table = composer().table(columns, 2);
    int rows = 0;
    for (int l = 1; l <= levels; ++l) {
        composer().merge(table, 0, 2 * (l - 1), 1, 2);
        composer().setCell(table, 1, 2 * (l - 1), part.columns.value(0), DocumentComposer::centredCell(true));
        composer().setCell(table, 1, 2 * (l - 1) + 1, part.columns.value(1), DocumentComposer::centredCell(true));
        rows = std::max(rows, int(criterion.indicators(l).size()));
    }
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        for (int l = 1; l <= levels; ++l) {
            const QList<Indicator> &indicators = criterion.indicators(l);
            if (r >= indicators.size()) {
                cells << part.label(QStringLiteral("none")) << part.label(QStringLiteral("none"));
                continue;
            }
            const Indicator &indicator = indicators.at(r);
            const bool single = indicator.label.isEmpty();
            cells << (single ? part.label(QStringLiteral("single")) : indicator.label)
                  << (framework.isInForce(indicator, rulesDate)
                          ? verdictText(part, m_document.judgements().indicator({criterion.code, l, indicator.key()}))
                          : part.label(QStringLiteral("none")));
        }
        composer().addRow(table, cells, DocumentComposer::centredCell());
    }
    const int reached = criterionLevel(criterion.code);
    composer().paragraph(reached > 0 ? part.label(QStringLiteral("criterion_result")).arg(reached)
                                     : part.label(QStringLiteral("criterion_not_met")),
                         [] {
                             TextStyle style = DocumentComposer::plain();
                             style.bold = true;
                             return style;
                         }());
}

void OutlineBuilder::levelTableCriterion(const OutlinePart &part, const Criterion &criterion, int level)
{
    const Framework &framework = m_document.framework();
    const QDate rulesDate = m_document.assessment().rulesDate;
    composer().heading(level, part.label(QStringLiteral("criterion")).arg(criterion.code, criterion.title));
    for (int l = 1; l <= criterion.levels.size(); ++l) {
        const QList<Indicator> indicators = framework.indicatorsInForce(criterion, l, rulesDate);
        if (indicators.isEmpty()) {
            continue;
        }
        composer().labelled(part.label(QStringLiteral("level")).arg(l), QString(), DocumentComposer::plain());
        for (const Indicator &indicator : indicators) {
            composer().paragraph(indicator.label.isEmpty() ? indicator.text : indicator.label + QStringLiteral(") ") + indicator.text);
        }
    }
    subheading(part.label(QStringLiteral("status")));
    QTextTable *table = composer().table({{part.columns.value(0), 12}, {part.columns.value(1), 66}, {part.columns.value(2), 22}});
    const int reached = criterionLevel(criterion.code);
    for (int l = 1; l <= framework.maxCriterionLevel(); ++l) {
        const QString status = m_document.criterionText(criterion.code, part.label(QStringLiteral("status_field")).arg(l));
        const int row = composer().addRow(table, {part.label(QStringLiteral("level_row")).arg(l), status,
                                                  reached >= l ? part.label(QStringLiteral("met")) : part.label(QStringLiteral("not_met"))},
                                          DocumentComposer::centredCell());
        composer().setCell(table, row, 1, status, {Qt::AlignJustify, false, false});
    }
}

void OutlineBuilder::standardClosing(const OutlinePart &part, const Standard &standard, int level)
{
    const Framework &framework = m_document.framework();
    composer().heading(level, part.label(QStringLiteral("conclusion")).arg(standard.number));
    int number = 0;
    const QStringList closing = part.label(QStringLiteral("closing_fields")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &key : closing) {
        composer().labelled(part.label(QStringLiteral("field")).arg(++number).arg(fieldTitle(framework.regime().standardFields, key)),
                            QString(), DocumentComposer::plain());
        const QString text = m_document.standardText(standard.number, key);
        text.trimmed().isEmpty() ? composer().blankLine() : paragraphs(text);
    }
    if (part.layout == QLatin1String("level_table")) {
        subheading(part.label(QStringLiteral("summary")).arg(++number).arg(standard.number));
        resultsSummary(part, standard.number);
        return;
    }
    subheading(part.label(QStringLiteral("counts")).arg(++number));
    const int total = int(standard.criteria.size());
    for (int l = 1; l <= framework.maxCriterionLevel(); ++l) {
        int met = 0;
        for (const Criterion &criterion : standard.criteria) {
            met += criterionLevel(criterion.code) >= l ? 1 : 0;
        }
        composer().labelled(part.label(QStringLiteral("level")).arg(l), QString(), DocumentComposer::plain());
        composer().paragraph(part.label(QStringLiteral("count_met")).arg(met).arg(total));
        composer().paragraph(part.label(QStringLiteral("count_not_met")).arg(total - met));
    }
    const int reached = m_evaluation.standards.value(standard.number);
    composer().paragraph(reached > 0 ? part.label(QStringLiteral("standard_result")).arg(reached)
                                     : part.label(QStringLiteral("standard_not_met")),
                         [] {
                             TextStyle style = DocumentComposer::plain();
                             style.bold = true;
                             return style;
                         }());
}

void OutlineBuilder::extraRequirements(const OutlinePart &part, int level)
{
    const ExtraRequirements &extra = m_document.framework().extraRequirements();
    if (extra.isEmpty()) {
        composer().paragraph(part.label(QStringLiteral("none")));
        return;
    }
    bool allMet = true;
    for (const ExtraRequirement &requirement : extra.requirements) {
        composer().heading(level + 1, part.label(QStringLiteral("requirement")).arg(requirement.number).arg(extra.article, requirement.text));
        int number = 0;
        for (const TextField &field : m_document.framework().regime().criterionFields) {
            composer().labelled(part.label(QStringLiteral("field")).arg(++number).arg(field.title), QString(), DocumentComposer::plain());
            const QString text = m_document.extraRequirementText(requirement.number, field.key);
            text.trimmed().isEmpty() ? composer().blankLine() : paragraphs(text);
        }
        const Verdict verdict = m_document.judgements().extraRequirement(requirement.number);
        allMet = allMet && verdict == Verdict::Met;
        composer().labelled(part.label(QStringLiteral("self_rating")).arg(++number).arg(verdictText(part, verdict)), QString(),
                            DocumentComposer::plain());
    }
    subheading(part.label(QStringLiteral("conclusion")));
    composer().paragraph(allMet ? part.label(QStringLiteral("all_met")) : part.label(QStringLiteral("not_all_met")));
}

} // namespace Minh::Core
