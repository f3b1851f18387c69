#include "selfassessmentplanbuilder.h"

#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "documentcomposer.h"
#include "formcontext.h"
#include "pagestyle.h"

#include <QJsonObject>
#include <QMap>
#include <QTextTable>

namespace Minh::Core {

namespace {

const QString Form = QStringLiteral("self_assessment_plan");
const QString Blank = QString(34, QChar(0x2026));

QString sectionTitle(const FormContext &context, const QString &key)
{
    return context.form(Form).value(QStringLiteral("sections")).toObject().value(key).toString();
}

QList<TableColumn> columns(const QStringList &titles, const QList<qreal> &percents)
{
    QList<TableColumn> result;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        result.append({titles.at(i), percents.value(i)});
    }
    return result;
}

void lines(DocumentComposer &composer, const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        composer.blankLine();
    }
    for (const QString &part : parts) {
        composer.paragraph(part);
    }
}

void numberedRow(DocumentComposer &composer, QTextTable *table, int number, QStringList cells)
{
    cells.prepend(QString::number(number));
    const int row = composer.addRow(table, cells);
    composer.setCell(table, row, 0, cells.constFirst(), DocumentComposer::centredCell());
}

QString dateRange(const PlanActivity &activity)
{
    const auto format = [](QDate date) { return date.toString(QStringLiteral("dd/MM/yyyy")); };
    if (!activity.startsOn.isValid()) {
        return activity.period;
    }
    const QString range = activity.endsOn.isValid() && activity.endsOn != activity.startsOn
                              ? format(activity.startsOn) + QStringLiteral(" - ") + format(activity.endsOn)
                              : format(activity.startsOn);
    return activity.period.isEmpty() ? range : activity.period + QStringLiteral("\n(") + range + QLatin1Char(')');
}

void council(DocumentComposer &composer, const FormContext &context)
{
    const SchoolDocument &document = context.document();
    composer.heading(1, sectionTitle(context, QStringLiteral("council")));
    composer.heading(2, sectionTitle(context, QStringLiteral("members")));
    composer.paragraph(context.text(Form, QStringLiteral("members_text"),
                                    {{QStringLiteral("count"), QString::number(document.council().size())}}));
    QTextTable *members = composer.table(columns(context.texts(Form, QStringLiteral("members_columns")), {8, 34, 30, 28}));
    const QJsonObject duties = context.form(QStringLiteral("council_decision")).value(QStringLiteral("role_duties")).toObject();
    int number = 0;
    for (const CouncilMember &m : document.council()) {
        numberedRow(composer, members, ++number,
                    {m.fullName, m.position, m.duty.isEmpty() ? duties.value(councilRoleKey(m.role)).toString() : m.duty});
    }

    composer.heading(2, sectionTitle(context, QStringLiteral("groups")));
    QMap<QString, QList<const CouncilMember *>> groups;
    for (const CouncilMember &m : document.council()) {
        if (!m.workingGroup.isEmpty()) {
            groups[m.workingGroup].append(&m);
        }
    }
    QTextTable *groupTable = composer.table(columns(context.texts(Form, QStringLiteral("groups_columns")), {8, 20, 40, 32}));
    number = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        for (const CouncilMember *m : it.value()) {
            numberedRow(composer, groupTable, ++number, {it.key(), m->fullName, m->position});
        }
    }

    composer.heading(2, sectionTitle(context, QStringLiteral("assignment")));
    QTextTable *assignment = composer.table(columns(context.texts(Form, QStringLiteral("assignment_columns")), {8, 20, 52, 20}));
    number = 0;
    for (const Criterion *criterion : document.framework().criteria()) {
        QStringList who;
        for (const CouncilMember &m : document.council()) {
            if (m.criteria.contains(criterion->code)) {
                who.append(m.workingGroup.isEmpty() ? m.fullName : m.workingGroup + QStringLiteral(": ") + m.fullName);
            }
        }
        numberedRow(composer, assignment, ++number, {criterion->code, who.join(QStringLiteral("; ")), QString()});
    }
}

} // namespace

PrintedDocument SelfAssessmentPlanBuilder::build(const SchoolDocument &document)
{
    const FormContext context(document);
    const QString doc = DocumentSettings::selfAssessmentPlan();
    PrintedDocument printed;
    printed.title = context.text(Form, QStringLiteral("type"));
    PrintedSection section;
    section.content = PageStyle::newContent();
    DocumentComposer composer(section.content.get());

    // The plan is the council's: the school above, the council as the issuing body.
    Nd30Blocks::Header header = context.header(doc);
    header.parentAuthority = context.setting(doc, QStringLiteral("parent_authority"), document.school().name);
    header.issuingAuthority = context.text(Form, QStringLiteral("issuing_authority"));
    Nd30Blocks::header(composer, header);
    Nd30Blocks::documentTitle(composer, context.text(Form, QStringLiteral("type")));

    composer.heading(1, sectionTitle(context, QStringLiteral("purpose")));
    lines(composer, context.setting(doc, QStringLiteral("purpose")));
    composer.heading(1, sectionTitle(context, QStringLiteral("scope")));
    lines(composer, context.setting(doc, QStringLiteral("scope")));
    composer.heading(1, sectionTitle(context, QStringLiteral("tools")));
    composer.paragraph(context.text(Form, QStringLiteral("tools_text")));
    council(composer, context);
    composer.heading(1, sectionTitle(context, QStringLiteral("training")));
    const QStringList training = context.texts(Form, QStringLiteral("training_parts"),
                                               {{QStringLiteral("training"), context.setting(doc, QStringLiteral("training"), Blank)}});
    for (qsizetype i = 0; i < training.size(); ++i) {
        composer.paragraph(QStringLiteral("%1) %2").arg(i + 1).arg(training.at(i)));
    }
    composer.heading(1, sectionTitle(context, QStringLiteral("resources")));
    lines(composer, context.setting(doc, QStringLiteral("resources")));
    composer.heading(1, sectionTitle(context, QStringLiteral("consultants")));
    lines(composer, context.setting(doc, QStringLiteral("consultants")));
    composer.heading(1, sectionTitle(context, QStringLiteral("evidence")));
    composer.paragraph(context.text(Form, QStringLiteral("evidence_text")));
    composer.heading(1, sectionTitle(context, QStringLiteral("timeline")));
    QTextTable *timeline = composer.table(columns(context.texts(Form, QStringLiteral("timeline_columns")), {24, 50, 26}));
    for (const PlanActivity &activity : document.planActivities()) {
        composer.addRow(timeline, {dateRange(activity), activity.activity, activity.owner});
    }

    Nd30Blocks::Signature signature;
    signature.authority = context.text(Form, QStringLiteral("signature_authority"));
    signature.title = context.setting(doc, QStringLiteral("signer_title"), context.text(Form, QStringLiteral("signature_title")));
    QString chair;
    for (const CouncilMember &m : document.council()) {
        if (m.role == CouncilRole::Chair) {
            chair = m.fullName;
        }
    }
    signature.signer = context.setting(doc, QStringLiteral("signer"), chair.isEmpty() ? document.school().principal : chair);
    Nd30Blocks::signatureBlock(composer, context.recipients(doc, Form), signature);
    printed.sections.append(section);
    return printed;
}

} // namespace Minh::Core
