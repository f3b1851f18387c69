#include "document/schooldocument.h"
#include "outlinebuilder.h"

#include <QTextTable>

namespace Minh::Core {

// The summary of criterion results: "Tiêu chuẩn, Tiêu chí" | "Kết quả": "Không đạt" | "Đạt":
// "Mức 1" … — an "x" in every level the criterion reaches. `standard` > 0 limits it to one standard
// (the per-standard summary of 2026).
void OutlineBuilder::resultsSummary(const OutlinePart &part, int standard)
{
    // Inside the per-standard assessment the summary's wording has its own keys ("summary_…"),
    // the plain ones being the criterion headings'.
    const QString prefix = standard > 0 ? QStringLiteral("summary_") : QString();
    const auto label = [&part, &prefix](const char *key) { return part.label(prefix + QLatin1String(key)); };
    const Framework &framework = m_document.framework();
    const int levels = framework.maxCriterionLevel();
    QList<TableColumn> columns{{label("criteria"), 30}, {QString(), 0}};
    for (int level = 1; level <= levels; ++level) {
        columns.append({QString(), 0});
    }
    QTextTable *table = composer().table(columns, 3);
    composer().merge(table, 0, 0, 3, 1);
    composer().setCell(table, 0, 1, label("result"), DocumentComposer::centredCell(true));
    composer().merge(table, 0, 1, 1, levels + 1);
    composer().setCell(table, 1, 1, label("not_met"), DocumentComposer::centredCell(true));
    composer().merge(table, 1, 1, 2, 1);
    composer().setCell(table, 1, 2, label("met"), DocumentComposer::centredCell(true));
    composer().merge(table, 1, 2, 1, levels);
    for (int level = 1; level <= levels; ++level) {
        composer().setCell(table, 2, 1 + level, label("level").arg(level),
                           DocumentComposer::centredCell(true));
    }
    const QString mark = label("mark");
    QList<int> totals(levels + 1, 0);
    for (const Standard &s : framework.standards()) {
        if (standard > 0 && s.number != standard) {
            continue;
        }
        if (standard == 0) {
            const int row = composer().addRow(table, {label("standard").arg(s.number)}, {Qt::AlignLeft, true, false});
            composer().merge(table, row, 0, 1, levels + 2);
        }
        for (const Criterion &criterion : s.criteria) {
            const int level = criterionLevel(criterion.code);
            QStringList cells{label("criterion").arg(criterion.code), level == 0 ? mark : QString()};
            for (int l = 1; l <= levels; ++l) {
                cells.append(level >= l ? mark : QString());
            }
            const int row = composer().addRow(table, cells, DocumentComposer::centredCell());
            composer().setCell(table, row, 0, cells.first());
            ++totals[level];
        }
    }
    if (!label("total").isEmpty()) {
        // Criteria counted at their highest level, so that the columns add up to all criteria.
        QStringList cells{label("total")};
        for (int level = 0; level <= levels; ++level) {
            cells.append(QString::number(totals.at(level)));
        }
        const int row = composer().addRow(table, cells, DocumentComposer::centredCell(true));
        composer().setCell(table, row, 0, cells.first(), {Qt::AlignLeft, true, false});
    }
}

// The Mức 4 requirements (Điều 22): "Khoản n Điều 22" | Đạt | Không đạt | Ghi chú.
void OutlineBuilder::extraSummary(const OutlinePart &part)
{
    const ExtraRequirements &extra = m_document.framework().extraRequirements();
    QTextTable *table = composer().table({{part.columns.value(0), 40}, {QString(), 0}, {QString(), 0}, {QString(), 25}}, 2);
    composer().merge(table, 0, 0, 2, 1);
    composer().setCell(table, 0, 1, part.label(QStringLiteral("result")), DocumentComposer::centredCell(true));
    composer().merge(table, 0, 1, 1, 2);
    composer().setCell(table, 0, 3, part.columns.value(3), DocumentComposer::centredCell(true));
    composer().merge(table, 0, 3, 2, 1);
    composer().setCell(table, 1, 1, part.columns.value(1), DocumentComposer::centredCell(true));
    composer().setCell(table, 1, 2, part.columns.value(2), DocumentComposer::centredCell(true));
    if (extra.isEmpty()) {
        composer().addRow(table, {part.label(QStringLiteral("none"))});
        return;
    }
    const QString mark = part.label(QStringLiteral("mark"));
    for (const ExtraRequirement &requirement : extra.requirements) {
        const Verdict verdict = m_document.judgements().extraRequirement(requirement.number);
        const int row = composer().addRow(
            table, {part.label(QStringLiteral("requirement")).arg(requirement.number).arg(extra.article),
                    verdict == Verdict::Met ? mark : QString(), verdict == Verdict::NotMet ? mark : QString(), QString()},
            DocumentComposer::centredCell());
        composer().setCell(table, row, 0, part.label(QStringLiteral("requirement")).arg(requirement.number).arg(extra.article));
    }
}

// Per standard: number of criteria, and how many stop at each level ("%1 (%2%)").
void OutlineBuilder::standardCounts(const OutlinePart &part)
{
    const Framework &framework = m_document.framework();
    const int levels = framework.maxCriterionLevel();
    QList<TableColumn> columns;
    for (const QString &title : part.columns) {
        columns.append({title, 0});
    }
    QTextTable *table = composer().table(columns);
    const auto count = [&part](int n, int total) {
        const QString percent = total > 0 ? QString::number(100.0 * n / total, 'f', 1) : QStringLiteral("0");
        return part.label(QStringLiteral("count")).arg(n).arg(percent);
    };
    QList<int> all(levels + 1, 0);
    int allCriteria = 0;
    for (const Standard &s : framework.standards()) {
        QList<int> counts(levels + 1, 0);
        for (const Criterion &criterion : s.criteria) {
            ++counts[criterionLevel(criterion.code)];
            ++all[criterionLevel(criterion.code)];
        }
        allCriteria += int(s.criteria.size());
        QStringList cells{part.label(QStringLiteral("standard")).arg(s.number), QString::number(s.criteria.size())};
        for (int level = 0; level <= levels && cells.size() < part.columns.size(); ++level) {
            cells.append(count(counts.at(level), int(s.criteria.size())));
        }
        composer().addRow(table, cells, DocumentComposer::centredCell());
    }
    QStringList cells{part.label(QStringLiteral("total")), QString::number(allCriteria)};
    for (int level = 0; level <= levels && cells.size() < part.columns.size(); ++level) {
        cells.append(count(all.at(level), allCriteria));
    }
    composer().addRow(table, cells, DocumentComposer::centredCell(true));
}

} // namespace Minh::Core
