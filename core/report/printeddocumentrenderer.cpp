#include "printeddocumentrenderer.h"

#include "devicelengths.h"
#include "pagestyle.h"
#include "printedformat.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextFrame>
#include <QTextTable>

namespace Minh::Core {

namespace {

constexpr int DefaultTocDepth = 3;
// The main cover's frame, this far outside the text body.
constexpr qreal FrameOutsetMillimeters = 6;

bool isInTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

// QTextDocumentLayout lays out large changes lazily, finishing on a timer that never fires here:
// lay the whole document out again now, so that positions and page counts are final.
void relayout(QTextDocument *content)
{
    content->markContentsDirty(0, content->characterCount());
    (void)content->documentLayout()->documentSize();
}

// With collapsed borders (the single lines of official forms) Qt draws only the borders set on the
// cells: each cell of a bordered table gets the table's border unless it has its own.
void giveCellsTableBorders(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            const QTextTableFormat format = table->format();
            if (format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None) {
                for (int row = 0; row < table->rows(); ++row) {
                    for (int column = 0; column < table->columns(); ++column) {
                        QTextTableCell cell = table->cellAt(row, column);
                        if (cell.row() != row || cell.column() != column) {
                            continue; // a merged cell, set from its first position
                        }
                        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                        if (cellFormat.hasProperty(QTextFormat::TableCellTopBorder)) {
                            continue;
                        }
                        cellFormat.setBorder(format.border());
                        cellFormat.setBorderBrush(format.borderBrush());
                        cellFormat.setBorderStyle(format.borderStyle());
                        cell.setFormat(cellFormat);
                    }
                }
            }
        }
        giveCellsTableBorders(child);
    }
}

// Qt's pagination puts a line moved to the next page a fraction of a pixel (QFixed rounding)
// above the page boundary: such a line belongs to the next page.
int pageIndex(qreal y, qreal pageHeight)
{
    return int((y + 1) / pageHeight);
}

// What the table of contents lists for a heading.
QString contentsText(const QTextBlock &heading)
{
    const QString text = heading.blockFormat().stringProperty(PrintedFormat::TocText);
    return text.isEmpty() ? heading.text() : text;
}

QString cellText(const QTextTableCell &cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

bool keepsWithNext(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return (format.headingLevel() > 0 || format.boolProperty(PrintedFormat::KeepWithNext)) && !isInTable(block);
}

} // namespace

struct PrintedDocumentRenderer::Section
{
    std::unique_ptr<QTextDocument> content;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool numbered = true;
    bool framed = false;
    QRectF body; // device pixels, on the page
    int firstPage = 1;
    int pageCount = 0;
};

struct PrintedDocumentRenderer::TocEntry
{
    int section = 0;
    QTextBlock heading;
    QTextTable *table = nullptr;
    int row = 0;
    int page = 0;
};

PrintedDocumentRenderer::PrintedDocumentRenderer(const PrintedDocument &document, RenderOptions options)
    : m_document(document)
    , m_options(options)
{
}

PrintedDocumentRenderer::~PrintedDocumentRenderer() = default;

void PrintedDocumentRenderer::layout(QPaintDevice *device)
{
    m_dpiX = device->logicalDpiX();
    m_dpiY = device->logicalDpiY();
    m_sections.clear();
    m_toc.clear();
    for (const PrintedSection &source : std::as_const(m_document.sections)) {
        auto section = std::make_unique<Section>();
        section->content.reset(source.content ? source.content->clone() : PageStyle::newContent()->clone());
        section->orientation = source.orientation;
        section->numbered = source.numbered;
        section->framed = source.framed;
        m_sections.push_back(std::move(section));
    }
    // The table of contents and the cell borders go in before the copies have a layout: edited
    // after, the layout would run again after each cell.
    insertTableOfContents();
    for (auto &section : m_sections) {
        if (m_options.scaleLengthsToDevice) {
            DeviceLengths::scale(section->content.get(), m_dpiY / 96.0);
        }
        giveCellsTableBorders(section->content->rootFrame());
        layoutSection(*section, device);
    }
    // Each pass can move headings (and so page numbers) only a little; three passes settle it.
    for (int pass = 0; pass < 4; ++pass) {
        if (m_options.keepHeadingsWithNext) {
            for (auto &section : m_sections) {
                keepHeadingsWithNext(*section);
            }
        }
        numberPages();
        if (!fillTableOfContents()) {
            break;
        }
    }
    numberPages();
}

void PrintedDocumentRenderer::layoutSection(Section &section, QPaintDevice *device) const
{
    const QMarginsF margins = PageStyle::marginsMillimeters();
    const QRectF page = PageStyle::pageLayout(section.orientation).fullRect(QPageLayout::Millimeter);
    const auto px = [](qreal mm, qreal dpi) { return mm / 25.4 * dpi; };
    section.body = QRectF(px(margins.left(), m_dpiX), px(margins.top(), m_dpiY),
                          px(page.width() - margins.left() - margins.right(), m_dpiX),
                          px(page.height() - margins.top() - margins.bottom(), m_dpiY));
    QTextDocument *content = section.content.get();
    // Lengths in formats are device pixels by now (DeviceLengths); the layout measures the text
    // with the device's own font metrics, so that what is measured is what is painted.
    content->documentLayout()->setPaintDevice(device);
    content->setDocumentMargin(0);
    content->setPageSize(section.body.size());
    relayout(content);
}

bool PrintedDocumentRenderer::keepHeadingsWithNext(Section &section) const
{
    QTextDocument *content = section.content.get();
    QAbstractTextDocumentLayout *layout = content->documentLayout();
    const qreal pageHeight = content->pageSize().height();
    const auto pageAt = [pageHeight](qreal y) { return pageIndex(y, pageHeight); };
    const auto firstLineTop = [layout](const QTextBlock &block) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        return text && text->lineCount() > 0 ? rect.top() + text->lineAt(0).y() : rect.top();
    };

    bool moved = false;
    bool changed = false;
    QTextBlock block = content->begin();
    // Each move shifts everything after it, so chains are checked in order, from the last move on.
    for (int guard = 0; block.isValid() && guard < 10000; ++guard) {
        if (!keepsWithNext(block)) {
            block = block.next();
            continue;
        }
        const QTextBlock chainStart = block;
        QTextBlock next = block.next();
        // Empty blocks (the one Qt keeps before a table, spacing) belong to the chain too.
        while (next.isValid() && (keepsWithNext(next) || (next.length() <= 1 && !isInTable(next)))) {
            next = next.next();
        }
        if (!next.isValid()) {
            break;
        }
        const int headingPage = pageAt(firstLineTop(chainStart));
        int nextPage = pageAt(firstLineTop(next));
        // A table kept together counts by its end: the chain moves if the table would split.
        if (const QTextTable *table = QTextCursor(next).currentTable();
            table && table->format().boolProperty(PrintedFormat::KeepTogether)) {
            const QTextBlock last = content->findBlock(table->lastPosition());
            const QRectF rect = layout->blockBoundingRect(last);
            const bool fitsOnAPage = rect.bottom() - firstLineTop(next) < pageHeight;
            nextPage = fitsOnAPage ? pageAt(rect.bottom() - 2) : nextPage;
        }
        QTextBlockFormat format = chainStart.blockFormat();
        if (nextPage > headingPage && !(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            && chainStart != content->begin()) {
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(chainStart).setBlockFormat(format);
            moved = true;
        }
        if (moved) {
            // The layout redoes only what follows the change, as far as the next check asks.
            moved = false;
            changed = true;
        }
        block = next;
    }
    return changed;
}

void PrintedDocumentRenderer::insertTableOfContents()
{
    int tocSection = -1;
    QTextBlock placeholder;
    for (int s = 0; s < int(m_sections.size()) && tocSection < 0; ++s) {
        for (QTextBlock b = m_sections[s]->content->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().boolProperty(PrintedFormat::TocPlaceholder)) {
                tocSection = s;
                placeholder = b;
                break;
            }
        }
    }
    if (tocSection < 0) {
        return;
    }
    const QTextBlockFormat placeholderFormat = placeholder.blockFormat();
    const int depth = placeholderFormat.hasProperty(PrintedFormat::TocDepth)
        ? placeholderFormat.intProperty(PrintedFormat::TocDepth)
        : DefaultTocDepth;
    const QString textTitle = placeholderFormat.stringProperty(PrintedFormat::TocTextColumnTitle);
    const QString pageTitle = placeholderFormat.stringProperty(PrintedFormat::TocPageColumnTitle);
    const bool hasHeader = !textTitle.isEmpty() || !pageTitle.isEmpty();

    QList<QPair<int, QTextBlock>> headings;
    for (int s = 0; s < int(m_sections.size()); ++s) {
        for (QTextBlock b = m_sections[s]->content->begin(); b.isValid(); b = b.next()) {
            const QTextBlockFormat format = b.blockFormat();
            if (format.headingLevel() > 0 && format.headingLevel() <= depth
                && !format.boolProperty(PrintedFormat::NotInToc) && !isInTable(b)) {
                headings.append({s, b});
            }
        }
    }

    QTextCursor cursor(placeholder);
    QTextBlockFormat plain;
    cursor.setBlockFormat(plain);
    QTextTableFormat tableFormat;
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorder(0.75);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(3);
    tableFormat.setBorderCollapse(true);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    tableFormat.setHeaderRowCount(hasHeader ? 1 : 0);
    const int rows = int(headings.size()) + (hasHeader ? 1 : 0);
    QTextTable *table = cursor.insertTable(std::max(rows, 1), 2, tableFormat);

    QTextCharFormat bold;
    bold.setFontFamilies(QStringList{PageStyle::fontFamily()});
    bold.setFontWeight(QFont::Bold);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    int row = 0;
    if (hasHeader) {
        for (int column = 0; column < 2; ++column) {
            QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
            cell.setBlockFormat(centred);
            cell.insertText(column == 0 ? textTitle : pageTitle, bold);
        }
        row = 1;
    }
    for (const auto &[section, heading] : std::as_const(headings)) {
        const QTextBlockFormat headingFormat = heading.blockFormat();
        const QString text = contentsText(heading);
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat indented;
        indented.setLeftMargin(16 * (headingFormat.headingLevel() - 1));
        cell.setBlockFormat(indented);
        QTextCharFormat entryFormat;
        entryFormat.setFontFamilies(QStringList{PageStyle::fontFamily()});
        entryFormat.setFontWeight(headingFormat.headingLevel() == 1 ? QFont::Bold : QFont::Normal);
        cell.insertText(text, entryFormat);
        QTextCursor pageCell = table->cellAt(row, 1).firstCursorPosition();
        pageCell.setBlockFormat(centred);
        // A stand-in as wide as a real number, so that the second pass does not reflow the table.
        pageCell.insertText(QStringLiteral("00"), entryFormat);
        m_toc.push_back({section, heading, table, row, 0});
        ++row;
    }

}

bool PrintedDocumentRenderer::fillTableOfContents()
{
    bool changed = false;
    if (m_toc.empty()) {
        return false;
    }
    QTextCursor batch(m_toc.front().table->document());
    batch.beginEditBlock();
    for (TocEntry &entry : m_toc) {
        const int page = pageOf(entry.section, entry.heading);
        if (page == entry.page) {
            continue;
        }
        entry.page = page;
        const QTextTableCell cell = entry.table->cellAt(entry.row, 1);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        cursor.insertText(QString::number(page));
        changed = true;
    }
    batch.endEditBlock();
    if (changed) {
        relayout(m_toc.front().table->document());
    }
    return changed;
}

void PrintedDocumentRenderer::numberPages()
{
    int next = 1;
    for (auto &section : m_sections) {
        section->firstPage = next;
        section->pageCount = std::max(1, section->content->pageCount());
        next += section->pageCount;
    }
}

PrintedDocumentRenderer::Contents PrintedDocumentRenderer::contents() const
{
    Contents contents;
    if (m_toc.empty()) {
        return contents;
    }
    const QTextTable *table = m_toc.front().table;
    for (int s = 0; s < sectionCount(); ++s) {
        if (m_sections[s]->content.get() == table->document()) {
            contents.section = s;
        }
    }
    contents.position = table->firstPosition();
    if (table->format().headerRowCount() > 0) {
        contents.textTitle = cellText(table->cellAt(0, 0));
        contents.pageTitle = cellText(table->cellAt(0, 1));
    }
    for (const TocEntry &entry : m_toc) {
        contents.entries.append({entry.section, entry.heading.blockNumber(), entry.heading.blockFormat().headingLevel(),
                                 contentsText(entry.heading), entry.page});
    }
    return contents;
}

int PrintedDocumentRenderer::pageCount() const
{
    if (m_sections.empty()) {
        return 0;
    }
    return m_sections.back()->firstPage + m_sections.back()->pageCount - 1;
}

const QTextDocument *PrintedDocumentRenderer::laidOutContent(int section) const
{
    return section >= 0 && section < sectionCount() ? m_sections[section]->content.get() : nullptr;
}

int PrintedDocumentRenderer::firstPage(int section) const
{
    return section >= 0 && section < sectionCount() ? m_sections[section]->firstPage : 0;
}

int PrintedDocumentRenderer::pageOf(int section, const QTextBlock &block) const
{
    if (section < 0 || section >= sectionCount() || !block.isValid()) {
        return 0;
    }
    const Section &s = *m_sections[section];
    const QRectF rect = s.content->documentLayout()->blockBoundingRect(block);
    const QTextLayout *text = block.layout();
    const qreal top = text && text->lineCount() > 0 ? rect.top() + text->lineAt(0).y() : rect.top();
    return s.firstPage + pageIndex(top, s.content->pageSize().height());
}

bool PrintedDocumentRenderer::render(QPagedPaintDevice *device, const Progress &progress)
{
    m_error.clear();
    m_cancelled = false;
    if (m_document.sections.isEmpty()) {
        m_error = tr("The document has no pages.");
        return false;
    }
    // The first page's layout must be set before painting starts; the others just before newPage().
    device->setPageLayout(PageStyle::pageLayout(m_document.sections.first().orientation));
    layout(device);
    const int total = pageCount();

    QPainter painter;
    if (!painter.begin(device)) {
        m_error = tr("Cannot start painting the pages.");
        return false;
    }
    int done = 0;
    for (const auto &section : m_sections) {
        for (int page = 0; page < section->pageCount; ++page) {
            if (done > 0) {
                device->setPageLayout(PageStyle::pageLayout(section->orientation));
                if (!device->newPage()) {
                    m_error = tr("Cannot add page %1.").arg(done + 1);
                    painter.end();
                    return false;
                }
            }
            paintPage(painter, *section, page, section->firstPage + page);
            ++done;
            if (progress && !progress(done, total)) {
                m_cancelled = true;
                m_error = tr("Cancelled.");
                painter.end();
                return false;
            }
        }
    }
    painter.end();
    return true;
}

void PrintedDocumentRenderer::paintPage(QPainter &painter, const Section &section, int page, int globalPage) const
{
    const QTextDocument *content = section.content.get();
    const qreal pageHeight = content->pageSize().height();

    painter.save();
    painter.translate(section.body.left(), section.body.top() - page * pageHeight);
    const QRectF view(0, page * pageHeight, section.body.width(), pageHeight);
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    // Lines are drawn where they start (see pageIndex): a line starting a hair above the bottom
    // edge belongs to the next page and must not be drawn, clipped to nothing, on this one.
    // Known limit: QTextLayout always draws the one line above the clip of a paragraph that goes
    // on, so the PDF's text layer carries that line once more, invisible, in the top margin.
    context.clip = view.adjusted(0, 0, 0, -2);
    context.palette.setColor(QPalette::Text, Qt::black);
    content->documentLayout()->draw(&painter, context);
    painter.restore();

    // Nghị định 30/2020: no number on the first page.
    if (section.numbered && globalPage > 1) {
        painter.save();
        painter.setFont(PageStyle::font(PageStyle::BodyPointSize));
        painter.setPen(Qt::black);
        const qreal top = PageStyle::PageNumberTopMillimeters / 25.4 * m_dpiY;
        const QRectF band(section.body.left(), top, section.body.width(), section.body.top() - top);
        painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop, QString::number(globalPage));
        painter.restore();
    }
    if (section.framed) {
        painter.save();
        const qreal outsetX = FrameOutsetMillimeters / 25.4 * m_dpiX;
        const qreal outsetY = FrameOutsetMillimeters / 25.4 * m_dpiY;
        const QRectF outer = section.body.adjusted(-outsetX, -outsetY, outsetX, outsetY);
        QPen pen(Qt::black);
        pen.setWidthF(2.0 / 72 * m_dpiX);
        painter.setPen(pen);
        painter.drawRect(outer);
        pen.setWidthF(0.75 / 72 * m_dpiX);
        painter.setPen(pen);
        const qreal gap = 1.5 / 25.4 * m_dpiX;
        painter.drawRect(outer.adjusted(gap, gap, -gap, -gap));
        painter.restore();
    }
}

} // namespace Minh::Core
