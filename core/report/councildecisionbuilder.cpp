#include "councildecisionbuilder.h"

#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "documentcomposer.h"
#include "formcontext.h"
#include "nd30blocks.h"
#include "pagestyle.h"

#include <QJsonObject>
#include <QMap>
#include <QTextTable>

namespace Minh::Core {

namespace {

const QString Form = QStringLiteral("council_decision");

QList<TableColumn> columns(const QStringList &titles, const QList<qreal> &percents)
{
    QList<TableColumn> result;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        result.append({titles.at(i), percents.value(i)});
    }
    return result;
}

void decision(DocumentComposer &composer, const FormContext &context)
{
    const QString doc = DocumentSettings::councilDecision();
    Nd30Blocks::header(composer, context.header(doc));
    Nd30Blocks::documentTitle(composer, context.text(Form, QStringLiteral("type")), context.text(Form, QStringLiteral("excerpt")));
    composer.paragraph(context.text(Form, QStringLiteral("issuer_line")), DocumentComposer::centred(true));
    const QHash<QString, QString> values{
        {QStringLiteral("proposal"), context.setting(doc, QStringLiteral("proposal"), QStringLiteral("Thư ký Hội đồng"))}};
    TextStyle basis;
    basis.italic = true;
    for (const QString &line : context.texts(Form, QStringLiteral("bases"), values)) {
        composer.paragraph(line, basis);
    }
    composer.paragraph(context.text(Form, QStringLiteral("decides")), DocumentComposer::centred(true));
    for (const QString &article : context.texts(Form, QStringLiteral("articles"))) {
        // "Điều 1." in bold, the rest plain, as decisions are typeset.
        const qsizetype dot = article.indexOf(QLatin1Char('.'));
        composer.labelled(article.left(dot + 1), article.mid(dot + 1).trimmed());
    }
    Nd30Blocks::signatureBlock(composer, context.recipients(doc, Form), context.signature(doc));
}

void memberList(DocumentComposer &composer, const FormContext &context)
{
    const QString doc = DocumentSettings::councilDecision();
    const QHash<QString, QString> values{
        {QStringLiteral("number"), context.setting(doc, QStringLiteral("number"), QStringLiteral("…"))},
        {QStringLiteral("date"), Nd30Blocks::dateText(context.date(doc)).mid(5)}};
    composer.title(context.text(Form, QStringLiteral("members_title")), 14);
    TextStyle subtitle = DocumentComposer::centred();
    subtitle.italic = true;
    composer.paragraph(context.text(Form, QStringLiteral("members_subtitle"), values), subtitle);
    const QJsonObject duties = context.form(Form).value(QStringLiteral("role_duties")).toObject();
    QTextTable *table = composer.table(
        columns(context.texts(Form, QStringLiteral("members_columns")), {8, 34, 30, 28}));
    int number = 0;
    for (const CouncilMember &m : context.document().council()) {
        const QString duty = m.duty.isEmpty() ? duties.value(councilRoleKey(m.role)).toString() : m.duty;
        const int row = composer.addRow(table, {QString::number(++number), m.fullName, m.position, duty});
        composer.setCell(table, row, 0, QString::number(number), DocumentComposer::centredCell());
    }

    // The working groups, one block of rows per group, when the council has them.
    QMap<QString, QList<const CouncilMember *>> groups;
    for (const CouncilMember &m : context.document().council()) {
        if (!m.workingGroup.isEmpty()) {
            groups[m.workingGroup].append(&m);
        }
    }
    if (groups.isEmpty()) {
        return;
    }
    composer.emptyLines(1);
    composer.title(context.text(Form, QStringLiteral("groups_title")), 14);
    QTextTable *groupTable = composer.table(columns(context.texts(Form, QStringLiteral("groups_columns")), {8, 30, 30, 32}));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const int header = composer.addRow(groupTable, {it.key()}, {Qt::AlignLeft, true, false});
        composer.merge(groupTable, header, 0, 1, groupTable->columns());
        int number = 0;
        for (const CouncilMember *m : it.value()) {
            const int row = composer.addRow(groupTable, {QString::number(++number), m->fullName, m->position,
                                                         m->criteria.join(QStringLiteral(", "))});
            composer.setCell(groupTable, row, 0, QString::number(number), DocumentComposer::centredCell());
        }
    }
}

} // namespace

PrintedDocument CouncilDecisionBuilder::build(const SchoolDocument &document)
{
    const FormContext context(document);
    PrintedDocument printed;
    printed.title = context.text(Form, QStringLiteral("type")) + QLatin1Char(' ') + context.text(Form, QStringLiteral("excerpt"));

    PrintedSection first;
    first.content = PageStyle::newContent();
    DocumentComposer decisionComposer(first.content.get());
    decision(decisionComposer, context);
    printed.sections.append(first);

    // The list is an attachment: it starts on its own page.
    PrintedSection list;
    list.content = PageStyle::newContent();
    DocumentComposer listComposer(list.content.get());
    memberList(listComposer, context);
    printed.sections.append(list);
    return printed;
}

} // namespace Minh::Core
