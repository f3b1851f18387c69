#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

namespace Minh::Core {

struct TextStyle
{
    Qt::Alignment alignment = Qt::AlignJustify;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    qreal pointSize = 0; // 0: the document's default
    bool indentFirstLine = true;
    qreal leftIndent = 0;   // points
    qreal spaceAfter = 6;   // points
    qreal spaceBefore = 0;  // points
    bool keepWithNext = false; // PrintedFormat::KeepWithNext
};
struct TableColumn
{
    QString title;
    qreal percent = 0; // of the text width; 0: shares what is left
};
struct CellStyle
{
    Qt::Alignment alignment = Qt::AlignLeft;
    bool bold = false;
    bool italic = false;
};


// Appends the building blocks of the printed documents (headings, paragraphs, tables) to a section's
// content, in the typography of Nghị định 30/2020: 13 pt body, justified, first line indented
// 1 cm, 6 pt between paragraphs; tables in 12 pt with their header rows repeated on each page.
// Lengths are in points; the renderer scales them to the device.
class DocumentComposer
{
public:
    explicit DocumentComposer(QTextDocument *document);

    static TextStyle centred(bool bold = false, qreal pointSize = 0);
    static TextStyle plain(); // left-aligned, no indent
    static TextStyle headingStyle();
    static CellStyle centredCell(bool bold = false) { return {Qt::AlignHCenter, bold, false}; }

    // Headings are kept with the next block and listed in the table of contents (level 1..3).
    void heading(int level, const QString &text, TextStyle style = headingStyle());
    // A document title (BÁO CÁO, PHIẾU …): a heading kept with what follows, not in the contents.
    void title(const QString &text, qreal pointSize = 14);
    void paragraph(const QString &text, const TextStyle &style = {});
    // "Label: text" with the label in bold.
    void labelled(const QString &label, const QString &text, const TextStyle &style = {});
    void emptyLines(int count = 1);
    // A dotted line for writing by hand where the school wrote nothing: one line, not indented,
    // so that it never wraps.
    void blankLine();
    void pageBreak();
    // The table of contents goes here; the renderer fills it with page numbers.
    void tableOfContents(const QString &textColumnTitle, const QString &pageColumnTitle, int depth = 3);

    // A bordered table with one header row of the column titles (repeated on each page); rows are
    // then appended with addRow(). `headerRows` > 1 leaves extra header rows to fill with setCell().
    QTextTable *table(const QList<TableColumn> &columns, int headerRows = 1, qreal pointSize = 12);
    // A borderless layout table (header blocks: agency | Quốc hiệu; signatures).
    QTextTable *layoutTable(const QList<qreal> &percents, int rows = 1);
    int addRow(QTextTable *table, const QStringList &cells, const CellStyle &style = {});
    void setCell(QTextTable *table, int row, int column, const QString &text, const CellStyle &style = {});
    // Appends a paragraph inside a cell (after what it holds).
    void addToCell(QTextTable *table, int row, int column, const QString &text, const TextStyle &style);
    void merge(QTextTable *table, int row, int column, int rows, int columns);

    QTextDocument *document() const { return m_document; }

private:
    QTextCursor endCursor();
    void startBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    QTextCharFormat charFormat(bool bold, bool italic, bool underline, qreal pointSize) const;
    static QTextBlockFormat blockFormat(const TextStyle &style);
    qreal m_tablePointSize = 12;
    QTextDocument *m_document;
    bool m_atStart = true;
    qreal m_spaceAfterTable = 0; // pixels, given to the block after the last table as its top margin
};

} // namespace Minh::Core
