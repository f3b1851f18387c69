#include "documentcomposer.h"

#include "pagestyle.h"
#include "printedformat.h"

#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <utility>

namespace Minh::Core {

namespace {

// Formats take 96-dpi pixels.
constexpr qreal pixels(qreal points)
{
    return points * 96.0 / 72.0;
}

constexpr qreal FirstLineIndentPoints = 28.35; // 1 cm

} // namespace

DocumentComposer::DocumentComposer(QTextDocument *document)
    : m_document(document)
    , m_atStart(document->isEmpty())
{
}

TextStyle DocumentComposer::centred(bool bold, qreal pointSize)
{
    TextStyle style;
    style.alignment = Qt::AlignHCenter;
    style.bold = bold;
    style.pointSize = pointSize;
    style.indentFirstLine = false;
    return style;
}

TextStyle DocumentComposer::headingStyle()
{
    TextStyle style;
    style.alignment = Qt::AlignLeft;
    style.bold = true;
    style.indentFirstLine = false;
    style.spaceBefore = 6;
    return style;
}

TextStyle DocumentComposer::plain()
{
    TextStyle style;
    style.alignment = Qt::AlignLeft;
    style.indentFirstLine = false;
    return style;
}

QTextCursor DocumentComposer::endCursor()
{
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    return cursor;
}

QTextBlockFormat DocumentComposer::blockFormat(const TextStyle &style)
{
    QTextBlockFormat format;
    format.setAlignment(style.alignment);
    format.setTextIndent(style.indentFirstLine ? pixels(FirstLineIndentPoints) : 0);
    format.setLeftMargin(pixels(style.leftIndent));
    format.setBottomMargin(pixels(style.spaceAfter));
    format.setTopMargin(pixels(style.spaceBefore));
    format.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    if (style.keepWithNext) {
        format.setProperty(PrintedFormat::KeepWithNext, true);
    }
    return format;
}

QTextCharFormat DocumentComposer::charFormat(bool bold, bool italic, bool underline, qreal pointSize) const
{
    QTextCharFormat format;
    // Named on every run: the ODT writer otherwise writes the application's default family.
    format.setFontFamilies(QStringList{PageStyle::fontFamily()});
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setFontUnderline(underline);
    if (pointSize > 0) {
        format.setFontPointSize(pointSize);
    }
    return format;
}

void DocumentComposer::startBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    // The first block of a document, and the block Qt leaves after a table, are reused.
    if (m_atStart) {
        // A page break asked for before keeps applying to the block that reuses its place.
        QTextBlockFormat merged = format;
        merged.setPageBreakPolicy(format.pageBreakPolicy() | cursor.blockFormat().pageBreakPolicy());
        merged.setTopMargin(std::max(format.topMargin(), std::exchange(m_spaceAfterTable, 0)));
        cursor.setBlockFormat(merged);
        cursor.setBlockCharFormat(charFormat);
        cursor.setCharFormat(charFormat);
        m_atStart = false;
    } else {
        cursor.insertBlock(format, charFormat);
    }
}

void DocumentComposer::heading(int level, const QString &text, TextStyle style)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(style);
    format.setHeadingLevel(level);
    const QTextCharFormat chars = charFormat(style.bold, style.italic, style.underline, style.pointSize);
    startBlock(cursor, format, chars);
    cursor.insertText(text, chars);
}

void DocumentComposer::title(const QString &text, qreal pointSize)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(centred(true, pointSize));
    format.setHeadingLevel(1);
    format.setProperty(PrintedFormat::NotInToc, true);
    const QTextCharFormat chars = charFormat(true, false, false, pointSize);
    startBlock(cursor, format, chars);
    cursor.insertText(text, chars);
}

void DocumentComposer::paragraph(const QString &text, const TextStyle &style)
{
    QTextCursor cursor = endCursor();
    const QTextCharFormat chars = charFormat(style.bold, style.italic, style.underline, style.pointSize);
    startBlock(cursor, blockFormat(style), chars);
    // Several lines of text stay several paragraphs, each with the paragraph's style.
    cursor.insertText(text, chars);
}

void DocumentComposer::labelled(const QString &label, const QString &text, const TextStyle &style)
{
    QTextCursor cursor = endCursor();
    const QTextCharFormat labelChars = charFormat(true, style.italic, false, style.pointSize);
    QTextBlockFormat format = blockFormat(style);
    // A label alone ("1. Mô tả hiện trạng:") introduces what follows: it never ends a page.
    format.setProperty(PrintedFormat::KeepWithNext, text.isEmpty());
    startBlock(cursor, format, labelChars);
    cursor.insertText(label, labelChars);
    if (!text.isEmpty()) {
        cursor.insertText(QLatin1Char(' ') + text, charFormat(style.bold, style.italic, false, style.pointSize));
    }
}

void DocumentComposer::emptyLines(int count)
{
    for (int i = 0; i < count; ++i) {
        paragraph(QString(), plain());
    }
}

void DocumentComposer::blankLine()
{
    paragraph(QString(33, QChar(0x2026)), plain()); // 33 ellipses of 1 em fill a 16 cm line at 13 pt
}

void DocumentComposer::pageBreak()
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(plain());
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    startBlock(cursor, format, charFormat(false, false, false, 0));
    m_atStart = true; // the next content goes into this block, on the new page
}

void DocumentComposer::tableOfContents(const QString &textColumnTitle, const QString &pageColumnTitle, int depth)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat format = blockFormat(plain());
    format.setProperty(PrintedFormat::TocPlaceholder, true);
    format.setProperty(PrintedFormat::TocTextColumnTitle, textColumnTitle);
    format.setProperty(PrintedFormat::TocPageColumnTitle, pageColumnTitle);
    format.setProperty(PrintedFormat::TocDepth, depth);
    startBlock(cursor, format, charFormat(false, false, false, 0));
    // Whatever follows starts in a new block after the table the renderer puts here.
    QTextCursor after = endCursor();
    after.insertBlock(blockFormat(plain()));
}

QTextTable *DocumentComposer::table(const QList<TableColumn> &columns, int headerRows, qreal pointSize)
{
    m_tablePointSize = pointSize;
    QTextCursor cursor = endCursor();
    if (!m_atStart) {
        cursor.insertBlock(blockFormat(plain()));
    }
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorder(0.75);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(pixels(2.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRows);
    // The space under the table is the next block's, not a table margin: Qt counts a table's
    // bottom margin as part of the table, and when only that margin crosses a page end it paints
    // the repeated header rows on the next page over the text that follows.
    m_spaceAfterTable = pixels(6);
    QList<QTextLength> widths;
    for (const TableColumn &column : columns) {
        widths.append(column.percent > 0 ? QTextLength(QTextLength::PercentageLength, column.percent)
                                         : QTextLength(QTextLength::VariableLength, 0));
    }
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(std::max(headerRows, 1), int(columns.size()), format);
    for (int c = 0; c < columns.size(); ++c) {
        setCell(table, 0, c, columns.at(c).title, centredCell(true));
    }
    m_atStart = true; // the block Qt keeps after the table
    return table;
}

QTextTable *DocumentComposer::layoutTable(const QList<qreal> &percents, int rows)
{
    QTextCursor cursor = endCursor();
    if (!m_atStart) {
        cursor.insertBlock(blockFormat(plain()));
    }
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal percent : percents) {
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    }
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(rows, int(percents.size()), format);
    m_tablePointSize = 0;
    m_atStart = true;
    return table;
}

int DocumentComposer::addRow(QTextTable *table, const QStringList &cells, const CellStyle &style)
{
    table->appendRows(1);
    const int row = table->rows() - 1;
    for (int c = 0; c < cells.size() && c < table->columns(); ++c) {
        setCell(table, row, c, cells.at(c), style);
    }
    return row;
}

void DocumentComposer::setCell(QTextTable *table, int row, int column, const QString &text, const CellStyle &style)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextBlockFormat format;
    format.setAlignment(style.alignment);
    cursor.setBlockFormat(format);
    cursor.insertText(text, charFormat(style.bold, style.italic, false, m_tablePointSize));
}

void DocumentComposer::addToCell(QTextTable *table, int row, int column, const QString &text, const TextStyle &style)
{
    QTextCursor cursor = table->cellAt(row, column).lastCursorPosition();
    const QTextCharFormat chars = charFormat(style.bold, style.italic, style.underline, style.pointSize);
    if (cursor.block().length() > 1 || cursor.block().blockFormat().hasProperty(QTextFormat::BlockAlignment)) {
        cursor.insertBlock(blockFormat(style), chars);
    } else {
        cursor.setBlockFormat(blockFormat(style));
    }
    cursor.insertText(text, chars);
}

void DocumentComposer::merge(QTextTable *table, int row, int column, int rows, int columns)
{
    table->mergeCells(row, column, rows, columns);
}

} // namespace Minh::Core
