#include "evidencelistbuilder.h"

#include "document/schooldocument.h"
#include "documentcomposer.h"
#include "formcontext.h"
#include "pagestyle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextTable>

namespace Minh::Core {

namespace {

const QString Form = QStringLiteral("evidence_list");

QString field(const EvidenceItem &item, const QString &key)
{
    if (key == QLatin1String("code")) {
        return item.code;
    }
    if (key == QLatin1String("title")) {
        return item.title;
    }
    if (key == QLatin1String("issue_info")) {
        return item.issueInfo;
    }
    if (key == QLatin1String("issuer")) {
        return item.issuer;
    }
    if (key == QLatin1String("location")) {
        return item.location;
    }
    if (key == QLatin1String("notes")) {
        return item.notes;
    }
    return {};
}

// Items in code order within a criterion: sequence numbers, not text, so 10 follows 9.
QList<const EvidenceItem *> sorted(QList<const EvidenceItem *> items)
{
    std::sort(items.begin(), items.end(), [](const EvidenceItem *a, const EvidenceItem *b) {
        return a->box != b->box ? a->box < b->box : a->sequence != b->sequence ? a->sequence < b->sequence : a->code < b->code;
    });
    return items;
}

} // namespace

PrintedDocument EvidenceListBuilder::build(const SchoolDocument &document)
{
    const FormContext context(document);
    PrintedDocument printed;
    printed.title = context.text(Form, QStringLiteral("title"));
    PrintedSection section;
    section.content = PageStyle::newContent();
    DocumentComposer composer(section.content.get());
    composer.title(printed.title, 14);
    TextStyle subtitle = DocumentComposer::centred(true);
    composer.paragraph(Nd30Blocks::upper(document.school().name) + QStringLiteral(" – ") + document.assessment().schoolYear,
                       subtitle);

    const QJsonArray columnData = context.form(Form).value(QStringLiteral("columns")).toArray();
    QList<TableColumn> columns;
    QStringList keys;
    for (const QJsonValue &value : columnData) {
        const QJsonObject column = value.toObject();
        columns.append({column.value(QStringLiteral("title")).toString(), column.value(QStringLiteral("percent")).toDouble()});
        keys.append(column.value(QStringLiteral("key")).toString());
    }
    QTextTable *table = composer.table(columns);
    const bool byCriterion = context.form(Form).value(QStringLiteral("group_by_criterion")).toBool();
    int number = 0;
    const auto addItem = [&](const EvidenceItem &item) {
        QStringList cells;
        for (const QString &key : keys) {
            cells.append(key == QLatin1String("number") ? QString::number(++number) : field(item, key));
        }
        const int row = composer.addRow(table, cells);
        composer.setCell(table, row, 0, cells.constFirst(), DocumentComposer::centredCell());
    };
    if (!byCriterion) {
        QList<const EvidenceItem *> items;
        for (const EvidenceItem &item : document.evidence()) {
            items.append(&item);
        }
        // Criterion by criterion in the framework's order, each item once.
        for (const Criterion *criterion : document.framework().criteria()) {
            QList<const EvidenceItem *> own;
            for (const EvidenceItem *item : std::as_const(items)) {
                if (item->criterionCode == criterion->code) {
                    own.append(item);
                }
            }
            for (const EvidenceItem *item : sorted(own)) {
                addItem(*item);
            }
        }
    } else {
        for (const Criterion *criterion : document.framework().criteria()) {
            QList<const EvidenceItem *> items;
            for (const EvidenceItem &item : document.evidence()) {
                if (item.criterionCode == criterion->code || item.citedBy.contains(criterion->code)) {
                    items.append(&item);
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            const int row = composer.addRow(
                table, {context.text(Form, QStringLiteral("criterion_row"), {{QStringLiteral("criterion"), criterion->code}})},
                {Qt::AlignLeft, true, false});
            composer.merge(table, row, 0, 1, table->columns());
            for (const EvidenceItem *item : sorted(items)) {
                addItem(*item);
            }
        }
    }
    printed.sections.append(section);
    return printed;
}

} // namespace Minh::Core
