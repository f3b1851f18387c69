#include "outlinebuilder.h"

#include "document/schooldocument.h"
#include "pagestyle.h"
#include "printedformat.h"
#include "reportoutlines.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace Minh::Core {

OutlineBuilder::OutlineBuilder(const SchoolDocument &document)
    : m_document(document)
    , m_context(document)
    , m_evaluation(document.evaluate())
{
}

Result<PrintedDocument> OutlineBuilder::build(const QString &documentId)
{
    const DocumentOutline *outline = ReportOutlines::find(m_document.framework(), documentId);
    if (!outline) {
        return Result<PrintedDocument>::failure(
            tr("The framework %1 (regime %2) has no outline for the document “%3”.")
                .arg(m_document.framework().id(), m_document.framework().regime().id, documentId));
    }
    m_documentId = documentId;
    m_result = {};
    m_result.title = outline->title + QStringLiteral(" – ") + m_document.school().name;
    m_section = nullptr;
    for (const OutlinePart &p : outline->parts) {
        startSection(p);
        part(p, p.level);
    }
    return m_result;
}

// A part starts a new section when it changes how pages look (cover frame, numbering,
// orientation); otherwise it only starts a new page when the outline asks for one.
void OutlineBuilder::startSection(const OutlinePart &part)
{
    const auto orientation = part.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const bool first = m_section == nullptr;
    // A landscape document stays landscape until a part asks otherwise only by being a cover.
    const auto current = first ? orientation : m_section->orientation;
    const auto wanted = part.landscape || (!first && current == QPageLayout::Landscape && part.block != QLatin1String("cover"))
        ? QPageLayout::Landscape
        : QPageLayout::Portrait;
    if (first || m_section->numbered != part.numbered || m_section->framed != part.framed || current != wanted) {
        PrintedSection section;
        section.orientation = wanted;
        section.numbered = part.numbered;
        section.framed = part.framed;
        section.content = PageStyle::newContent();
        m_result.sections.append(section);
        m_section = &m_result.sections.last();
        m_composer = std::make_unique<DocumentComposer>(m_section->content.get());
        return;
    }
    if (part.newPage || part.block == QLatin1String("cover")) {
        m_composer->pageBreak();
    }
}

void OutlineBuilder::heading(const OutlinePart &part, int level)
{
    if (part.heading.isEmpty()) {
        return;
    }
    if (level == 1) {
        // The parts (Phần I …) are centred, as in the templates.
        TextStyle style = DocumentComposer::headingStyle();
        style.alignment = Qt::AlignHCenter;
        style.pointSize = 14;
        composer().heading(level, part.heading, style);
    } else if (level > 0) {
        composer().heading(level, part.heading);
    } else {
        subheading(part.heading);
    }
}

void OutlineBuilder::subheading(const QString &text)
{
    // Bold, kept with what follows, not listed in the table of contents.
    composer().heading(6, text);
    QTextCursor cursor(composer().document());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat format = cursor.blockFormat();
    format.setProperty(PrintedFormat::NotInToc, true);
    cursor.setBlockFormat(format);
}

void OutlineBuilder::paragraphs(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        composer().paragraph(line.trimmed());
    }
}

void OutlineBuilder::part(const OutlinePart &p, int level)
{
    const QString &block = p.block;
    if (block == QLatin1String("section")) {
        heading(p, level);
        for (const QString &text : p.text) {
            composer().paragraph(text);
        }
        for (const OutlinePart &child : p.parts) {
            if (child.newPage) {
                composer().pageBreak();
            }
            part(child, child.level > 0 ? child.level : 0);
        }
    } else if (block == QLatin1String("cover")) {
        cover(p);
    } else if (block == QLatin1String("council_list")) {
        councilList(p);
    } else if (block == QLatin1String("contents")) {
        contents(p);
    } else if (block == QLatin1String("abbreviations")) {
        fixedTable(p);
    } else if (block == QLatin1String("results_summary")) {
        heading(p, level);
        resultsSummary(p);
    } else if (block == QLatin1String("extra_summary")) {
        heading(p, level);
        extraSummary(p);
    } else if (block == QLatin1String("standard_counts")) {
        heading(p, level);
        standardCounts(p);
    } else if (block == QLatin1String("school_level")) {
        heading(p, level);
        schoolLevel(p);
    } else if (block == QLatin1String("school_info")) {
        heading(p, level);
        schoolInfo(p);
    } else if (block == QLatin1String("school_data")) {
        heading(p, level);
        schoolData(p);
    } else if (block == QLatin1String("school_text")) {
        heading(p, level);
        schoolText(p);
    } else if (block == QLatin1String("standards")) {
        heading(p, level);
        standards(p, level);
    } else if (block == QLatin1String("extra_requirements")) {
        heading(p, level);
        extraRequirements(p, level);
    } else if (block == QLatin1String("evidence_list")) {
        heading(p, level);
        evidenceList(p);
    } else if (block == QLatin1String("signature")) {
        signature(p);
    } else if (block == QLatin1String("document_header")) {
        documentHeader(p);
    } else if (block == QLatin1String("plan_issues")) {
        heading(p, level);
        planIssues(p);
    } else if (block == QLatin1String("plan_table")) {
        heading(p, level);
        planTable(p);
    } else if (block == QLatin1String("follow_up")) {
        heading(p, level);
        followUp(p);
    }
}

void OutlineBuilder::cover(const OutlinePart &part)
{
    const SchoolInfo &school = m_document.school();
    const Nd30Blocks::Header header = m_context.header(m_documentId);
    composer().paragraph(Nd30Blocks::upper(header.parentAuthority), DocumentComposer::centred(false, 14));
    composer().paragraph(Nd30Blocks::upper(school.name), DocumentComposer::centred(true, 15));
    composer().paragraph(QStringLiteral("—————"), DocumentComposer::centred());
    composer().emptyLines(9);
    composer().title(part.heading, 22);
    composer().emptyLines(12);
    const QString year = m_document.assessment().schoolYear.section(QLatin1Char('-'), -1);
    composer().paragraph(part.label(QStringLiteral("place_year")).arg(place(), year), DocumentComposer::centred(true));
}

void OutlineBuilder::councilList(const OutlinePart &part)
{
    if (part.level > 0) {
        composer().heading(part.level, part.heading);
    } else {
        composer().title(part.heading);
    }
    QList<TableColumn> columns;
    const QList<qreal> widths{7, 28, 22, 28, 15};
    for (int i = 0; i < part.columns.size(); ++i) {
        columns.append({part.columns.at(i), i < widths.size() ? widths.at(i) : 0});
    }
    QTextTable *table = composer().table(columns);
    int number = 0;
    for (const CouncilMember &member : m_document.council()) {
        const QString duty = member.duty.isEmpty() ? part.label(councilRoleKey(member.role)) : member.duty;
        const int row = composer().addRow(table, {QString(), member.fullName, member.position, duty, QString()});
        composer().setCell(table, row, 0, QString::number(++number), DocumentComposer::centredCell());
    }
    // Room to sign: a taller row for each member.
    for (int row = 1; row < table->rows(); ++row) {
        QTextTableCell cell = table->cellAt(row, 0);
        QTextCharFormat format = cell.format();
        format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(format);
        composer().addToCell(table, row, int(part.columns.size()) - 1, QString(), DocumentComposer::plain());
    }
}

void OutlineBuilder::contents(const OutlinePart &part)
{
    composer().title(part.heading);
    composer().tableOfContents(part.columns.value(0), part.columns.value(1), part.tocDepth > 0 ? part.tocDepth : 3);
}

void OutlineBuilder::fixedTable(const OutlinePart &part)
{
    heading(part, part.level);
    QList<TableColumn> columns;
    for (const QString &title : part.columns) {
        columns.append({title, 0});
    }
    QTextTable *table = composer().table(columns);
    for (const QStringList &row : part.rows) {
        composer().addRow(table, row);
    }
}

void OutlineBuilder::schoolText(const OutlinePart &part)
{
    const QString text = m_document.documentSetting(m_documentId, part.key);
    if (text.trimmed().isEmpty()) {
        // A visible place for the school to write, in the printed draft and in the ODT.
        composer().blankLine();
        return;
    }
    paragraphs(text);
}

void OutlineBuilder::schoolLevel(const OutlinePart &part)
{
    const int level = m_evaluation.schoolLevel;
    const QString text = level > 0 ? part.label(QStringLiteral("reached")).arg(level) : part.label(QStringLiteral("not_reached"));
    composer().paragraph(text, [] {
        TextStyle style;
        style.bold = true;
        return style;
    }());
}

void OutlineBuilder::signature(const OutlinePart &part)
{
    Nd30Blocks::Signature signature = m_context.signature(m_documentId);
    if (!part.label(QStringLiteral("title")).isEmpty() && signature.title.isEmpty()) {
        signature.title = part.label(QStringLiteral("title"));
    }
    if (!part.label(QStringLiteral("note")).isEmpty()) {
        signature.note = part.label(QStringLiteral("note"));
    }
    const Nd30Blocks::Header header = m_context.header(m_documentId);
    signature.dateLine = Nd30Blocks::dateLine(header.place.isEmpty() ? place() : header.place, header.date);
    Nd30Blocks::Signature none;
    none.note.clear();
    Nd30Blocks::twoSignatures(composer(), none, signature);
}

void OutlineBuilder::documentHeader(const OutlinePart &part)
{
    Nd30Blocks::Header header = m_context.header(m_documentId);
    if (header.place.isEmpty()) {
        header.place = place();
    }
    Nd30Blocks::header(composer(), header);
    Nd30Blocks::documentTitle(composer(), part.label(QStringLiteral("type")),
                              part.label(QStringLiteral("excerpt")).arg(m_document.assessment().schoolYear));
}

void OutlineBuilder::followUp(const OutlinePart &part)
{
    QList<TableColumn> columns;
    for (const QString &title : part.columns) {
        columns.append({title, 0});
    }
    QTextTable *table = composer().table(columns);
    for (const QStringList &row : part.rows) {
        QStringList cells = row;
        while (cells.size() < part.columns.size()) {
            cells.append(QString());
        }
        composer().addRow(table, cells);
    }
}

// The place of the date lines: the document's setting, else one the school gave another document,
// else the last part of the school's address ("…, tỉnh Nghệ An" → "tỉnh Nghệ An").
QString OutlineBuilder::place() const
{
    for (const QString &document : {m_documentId, QStringLiteral("council_decision"), QStringLiteral("self_assessment_plan"),
                                    QStringLiteral("registration_letter")}) {
        const QString value = m_document.documentSetting(document, QStringLiteral("place"));
        if (!value.trimmed().isEmpty()) {
            return value.trimmed();
        }
    }
    return m_document.school().address.section(QLatin1Char(','), -1).trimmed();
}

int OutlineBuilder::criterionLevel(const QString &code) const
{
    const CriterionResult *result = m_evaluation.criterion(code);
    return result ? result->level : 0;
}

QString OutlineBuilder::figure(const QString &schoolYear, const QString &keys) const
{
    // "a+b" adds figures (the 2026 summary counts managers as principals plus vice-principals).
    const QStringList parts = keys.split(QLatin1Char('+'));
    if (parts.size() == 1) {
        return m_document.schoolFigure(schoolYear, keys);
    }
    double sum = 0;
    bool any = false;
    for (const QString &key : parts) {
        bool ok = false;
        const double value = m_document.schoolFigure(schoolYear, key).toDouble(&ok);
        if (ok) {
            sum += value;
            any = true;
        }
    }
    return any ? QString::number(sum) : QString();
}

} // namespace Minh::Core
