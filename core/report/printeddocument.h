#pragma once

#include <QList>
#include <QPageLayout>
#include <QString>
#include <QTextDocument>

#include <memory>

namespace Minh::Core {

// The content of one printed document (the report, a form, the plan), independent of the output.
// Builders fill it from the school file and the framework's regime; one renderer turns it into
// PDF, print and preview, and one writer into ODT, so every output carries the same content.

// A run of pages with one orientation: wide tables (the improvement plan) go on landscape pages.
struct PrintedSection
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    // Built with QTextCursor. Headings carry QTextBlockFormat::headingLevel() > 0: the renderer
    // keeps a heading on the page of the block that follows it and lists headings in the table of
    // contents. Tables set QTextTableFormat::headerRowCount() so their header repeats on each page.
    std::shared_ptr<QTextDocument> content;
    // Pages of this section are numbered in the footer (covers are not).
    bool numbered = true;
    // A border is drawn around the text body of every page of this section (the main cover).
    bool framed = false;
};

struct PrintedDocument
{
    QString title; // PDF metadata and suggested file name
    QList<PrintedSection> sections;
};

} // namespace Minh::Core
