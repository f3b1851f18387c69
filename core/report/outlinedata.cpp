#include "document/schoolfigurecatalog.h"
#include "document/schooldocument.h"
#include "outlinebuilder.h"

#include <QTextTable>

namespace Minh::Core {

namespace {

QList<TableColumn> columnsOf(const QStringList &titles)
{
    QList<TableColumn> columns;
    for (const QString &title : titles) {
        columns.append({title, 0});
    }
    return columns;
}

} // namespace

void OutlineBuilder::schoolInfo(const OutlinePart &part)
{
    const SchoolInfo &school = m_document.school();
    const QList<QPair<QString, QString>> lines{
        {QStringLiteral("name"), school.name},
        {QStringLiteral("address"), QStringList({school.address, school.phone, school.email, school.website}).join(QStringLiteral("; "))
                                        .replace(QRegularExpression(QStringLiteral("(; )+$")), QString())},
        {QStringLiteral("authority"), school.managingAuthority},
        {QStringLiteral("type"), SchoolFigureCatalog::schoolTypeName(school.schoolType)},
        {QStringLiteral("founded"), m_document.documentSetting(m_documentId, QStringLiteral("founded"))},
    };
    for (const auto &[key, value] : lines) {
        if (!part.label(key).isEmpty()) {
            composer().labelled(part.label(key), value, DocumentComposer::plain());
        }
    }
    if (part.columns.isEmpty()) {
        return;
    }
    const QString year = m_document.assessment().schoolYear;
    composer().labelled(part.label(QStringLiteral("size")).arg(year), QString(), DocumentComposer::plain());
    QTextTable *table = composer().table(columnsOf(part.columns));
    QStringList cells;
    for (const QString &keys : part.cells) {
        cells.append(figure(year, keys));
    }
    composer().addRow(table, cells, DocumentComposer::centredCell());
}

// Phần I / the data annex: one table per catalogue section, one column per school year of the
// regime's window (SchoolDocument::dataSchoolYears), then "Ghi chú".
void OutlineBuilder::schoolData(const OutlinePart &part)
{
    const SchoolInfo &school = m_document.school();
    if (!part.label(QStringLiteral("info")).isEmpty()) {
        QTextTable *info = composer().table({{part.label(QStringLiteral("info")), 40}, {part.label(QStringLiteral("content")), 60}});
        for (const auto &[key, value] : QList<QPair<QString, QString>>{{QStringLiteral("name"), school.name},
                                                                        {QStringLiteral("authority"), school.managingAuthority},
                                                                        {QStringLiteral("address"), school.address},
                                                                        {QStringLiteral("principal"), school.principal},
                                                                        {QStringLiteral("phone"), school.phone},
                                                                        {QStringLiteral("email"), school.email},
                                                                        {QStringLiteral("website"), school.website}}) {
            composer().addRow(info, {part.label(key), value});
        }
    }
    const QStringList years = m_document.dataSchoolYears();
    int number = 0;
    for (const SchoolFigureSection &section : SchoolFigureCatalog::sections(school.schoolType)) {
        subheading(part.label(QStringLiteral("table")).arg(++number).arg(section.title));
        // Five school years in portrait: 11 pt so that "2022-2023" fits its column.
        QList<TableColumn> columns{{QString(), 26}};
        for (const QString &year : years) {
            columns.append({part.label(QStringLiteral("school_year")).arg(year), 0});
        }
        columns.append({part.label(QStringLiteral("note")), 9});
        QTextTable *table = composer().table(columns, 1, years.size() > 3 ? 11 : 12);
        for (const SchoolFigureRow &row : section.rows) {
            QStringList cells{row.label};
            for (const QString &year : years) {
                cells.append(m_document.schoolFigure(year, row.key));
            }
            cells.append(QString());
            const int r = composer().addRow(table, cells, DocumentComposer::centredCell());
            composer().setCell(table, r, 0, row.label);
        }
    }
}

void OutlineBuilder::evidenceList(const OutlinePart &part)
{
    if (!part.label(QStringLiteral("title")).isEmpty()) {
        composer().title(part.label(QStringLiteral("title")));
    }
    QList<TableColumn> columns = columnsOf(part.columns);
    for (int i = 0; i < part.cells.size(); ++i) {
        const QString &cell = part.cells.at(i);
        columns[i].percent = cell == QLatin1String("number") ? 6 : cell == QLatin1String("code") ? 16 : cell == QLatin1String("title") ? 30 : 0;
    }
    QTextTable *table = composer().table(columns);
    QList<EvidenceItem> items = m_document.evidence();
    std::stable_sort(items.begin(), items.end(), [](const EvidenceItem &a, const EvidenceItem &b) {
        return a.criterionCode == b.criterionCode ? a.sequence < b.sequence : a.criterionCode < b.criterionCode;
    });
    // Criteria in the framework's order ("1.10" after "1.9"), grouped under a row when the regime asks.
    QList<const Criterion *> order = m_document.framework().criteria();
    const QString group = part.label(QStringLiteral("criterion"));
    int number = 0;
    for (const Criterion *criterion : order) {
        bool first = true;
        for (const EvidenceItem &item : std::as_const(items)) {
            if (item.criterionCode != criterion->code) {
                continue;
            }
            if (first && !group.isEmpty()) {
                const int row = composer().addRow(table, {group.arg(criterion->code)}, {Qt::AlignLeft, true, false});
                composer().merge(table, row, 0, 1, int(part.columns.size()));
            }
            first = false;
            QStringList cells;
            for (const QString &cell : part.cells) {
                if (cell == QLatin1String("number")) {
                    cells.append(QString::number(++number));
                } else if (cell == QLatin1String("code")) {
                    cells.append(item.code);
                } else if (cell == QLatin1String("title")) {
                    cells.append(item.title);
                } else if (cell == QLatin1String("issue_info")) {
                    cells.append(item.issueInfo);
                } else if (cell == QLatin1String("issuer")) {
                    cells.append(item.issuer);
                } else if (cell == QLatin1String("location")) {
                    cells.append(item.location);
                } else {
                    cells.append(item.notes);
                }
            }
            composer().addRow(table, cells);
        }
    }
}

void OutlineBuilder::planIssues(const OutlinePart &part)
{
    QTextTable *table = composer().table(columnsOf(part.columns));
    int number = 0;
    for (const PlanItem &item : m_document.plan()) {
        const Criterion *criterion = m_document.framework().criterion(item.criterionCode);
        const int standard = criterion ? criterion->standardNumber : item.standardNumber;
        const int level = criterion ? criterionLevel(criterion->code) : 0;
        QStringList cells;
        for (const QString &cell : part.cells) {
            if (cell == QLatin1String("number")) {
                cells.append(QString::number(++number));
            } else if (cell == QLatin1String("standard")) {
                cells.append(standard > 0 ? part.label(QStringLiteral("standard")).arg(standard) : QString());
            } else if (cell == QLatin1String("criterion")) {
                cells.append(item.criterionCode);
            } else if (cell == QLatin1String("current_level")) {
                cells.append(!criterion ? QString()
                                        : level > 0 ? part.label(QStringLiteral("level")).arg(level)
                                                    : part.label(QStringLiteral("not_met")));
            } else if (cell == QLatin1String("content")) {
                cells.append(item.content);
            } else {
                cells.append(QString());
            }
        }
        composer().addRow(table, cells);
    }
}

void OutlineBuilder::planTable(const OutlinePart &part)
{
    const bool numbered = !part.label(QStringLiteral("column_numbers")).isEmpty();
    QTextTable *table = composer().table(columnsOf(part.columns), numbered ? 2 : 1, 11);
    if (numbered) {
        // Biểu 2 numbers its columns (1) … (10) under the titles.
        for (int c = 0; c < part.columns.size(); ++c) {
            composer().setCell(table, 1, c, part.label(QStringLiteral("column_numbers")).arg(c + 1), DocumentComposer::centredCell());
        }
    }
    int number = 0;
    for (const PlanItem &item : m_document.plan()) {
        QStringList cells;
        for (const QString &cell : part.cells) {
            const QHash<QString, QString> values{
                {QStringLiteral("number"), QString::number(number + 1)}, {QStringLiteral("criterion"), item.criterionCode},
                {QStringLiteral("content"), item.content},           {QStringLiteral("goal"), item.goal},
                {QStringLiteral("actions"), item.actions},           {QStringLiteral("success_indicators"), item.successIndicators},
                {QStringLiteral("timeline"), item.timeline},         {QStringLiteral("owner"), item.owner},
                {QStringLiteral("resources"), item.resources},       {QStringLiteral("expected_evidence"), item.expectedEvidence},
                {QStringLiteral("progress"), item.progress}};
            cells.append(values.value(cell));
        }
        ++number;
        composer().addRow(table, cells);
    }
}

} // namespace Minh::Core
