#include "odtreportwriter.h"

#include "pagestyle.h"
#include "printeddocumentrenderer.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>

namespace Minh::Core {

std::unique_ptr<QTextDocument> OdtReportWriter::merged(const PrintedDocument &document)
{
    // The renderer fills the table of contents; headings are not pushed to new pages, since the
    // word processor breaks the pages itself.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter measure(&sink);
    measure.setResolution(600);
    PrintedDocumentRenderer renderer(document, {.keepHeadingsWithNext = false});
    renderer.layout(&measure);

    auto result = std::make_unique<QTextDocument>();
    result->setDefaultFont(PageStyle::font());
    QTextCursor cursor(result.get());
    for (int s = 0; s < renderer.sectionCount(); ++s) {
        cursor.movePosition(QTextCursor::End);
        if (s > 0) {
            QTextBlockFormat pageBreak;
            pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(pageBreak);
        }
        cursor.insertFragment(QTextDocumentFragment(renderer.laidOutContent(s)));
    }
    return result;
}

bool OdtReportWriter::write(const PrintedDocument &document, const QString &path)
{
    m_error.clear();
    const std::unique_ptr<QTextDocument> content = merged(document);
    content->setMetaInformation(QTextDocument::DocumentTitle, document.title);
    // Qt's zip writer closes its device, which QSaveFile forbids: the ODT is made in memory first.
    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&odt, QByteArrayLiteral("ODF"));
    if (!writer.write(content.get())) {
        m_error = tr("Cannot write %1: the document cannot be converted to ODT.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(odt.data()) != odt.data().size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Minh::Core
