#pragma once

#include "printeddocument.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextBlock;

namespace Minh::Core {

struct RenderOptions
{
    // Push headings left alone at the bottom of a page to the next page. Off for the ODT, whose
    // pages the word processor lays out itself.
    bool keepHeadingsWithNext = true;
    // Scale the formats' 96-dpi lengths to the device (DeviceLengths). Off for the ODT, which
    // keeps them in the unit its writer expects.
    bool scaleLengthsToDevice = true;
};


// Lays out a PrintedDocument on A4 pages and paints it onto any QPagedPaintDevice: QPdfWriter for
// PDF files, QPrinter for printing and print preview, so all three show the same pages.
//
// The layout works on copies of the sections' content (the builder's documents are not touched):
// it fills the table of contents with page numbers (a second pass, since the table itself takes
// pages), and moves a heading that would end a page to the next page, so that it stays with the
// text it introduces. Table header rows (QTextTableFormat::headerRowCount) repeat on every page.
class PrintedDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PrintedDocumentRenderer)

public:
    // Called after each painted page; returning false cancels the rendering.
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    explicit PrintedDocumentRenderer(const PrintedDocument &document, RenderOptions options = {});
    ~PrintedDocumentRenderer();

    // Lays out the pages for `device`'s resolution. Called by render(); call it alone to know the
    // pages (page count, TOC) without painting.
    void layout(QPaintDevice *device);
    // Sets the device's page layout per section and paints every page. False when cancelled
    // (errorString() says so) or when the device cannot be painted on.
    [[nodiscard]] bool render(QPagedPaintDevice *device, const Progress &progress = {});
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

    // After layout():
    int pageCount() const;
    int sectionCount() const { return int(m_sections.size()); }
    // The laid-out copy of a section, with the table of contents filled in.
    const QTextDocument *laidOutContent(int section) const;
    int firstPage(int section) const; // 1-based
    // The 1-based page on which a block of a laid-out section starts (its first line).
    int pageOf(int section, const QTextBlock &block) const;

    // The table of contents as laid out, for writers that make their own from it (the ODT's index,
    // which the word processor can update).
    struct Contents
    {
        struct Entry
        {
            int section = 0;
            int block = 0; // the heading's block number in laidOutContent(section)
            int level = 1;
            QString text;
            int page = 0;
        };
        int section = -1;  // where the table is; -1 when the document has none
        int position = -1; // the table's first position in laidOutContent(section)
        QString textTitle; // the header row's titles, empty when there is no header row
        QString pageTitle;
        QList<Entry> entries;
    };
    Contents contents() const;

private:
    struct Section;
    struct TocEntry;

    void layoutSection(Section &section, QPaintDevice *device) const;
    bool keepHeadingsWithNext(Section &section) const;
    void insertTableOfContents();
    bool fillTableOfContents();
    void numberPages();
    void paintPage(QPainter &painter, const Section &section, int page, int globalPage) const;

    PrintedDocument m_document;
    RenderOptions m_options;
    std::vector<std::unique_ptr<Section>> m_sections;
    std::vector<TocEntry> m_toc; // kept between the layout passes
    qreal m_dpiX = 0;
    qreal m_dpiY = 0;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace Minh::Core
