#include "odtreportwriter.h"

#include "odtpackage.h"
#include "pagestyle.h"
#include "printeddocumentrenderer.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>

namespace Minh::Core {

namespace {

constexpr char LandscapeMarker[] = "\u2060MINH-SECTION-LANDSCAPE\u2060";
constexpr char PortraitMarker[] = "\u2060MINH-SECTION-PORTRAIT\u2060";

// Page layouts and master pages per Nghị định 30/2020 (the same margins as the PDF).
QByteArray stylesXml()
{
    const QMarginsF m = PageStyle::marginsMillimeters();
    const QString margins = QStringLiteral("fo:margin-top=\"%1mm\" fo:margin-bottom=\"%2mm\" fo:margin-left=\"%3mm\" "
                                           "fo:margin-right=\"%4mm\"")
                                .arg(m.top()).arg(m.bottom()).arg(m.left()).arg(m.right());
    const QString family = PageStyle::fontFamily();
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
               "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
               "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
               "<office:styles><style:default-style style:family=\"paragraph\"><style:text-properties "
               "fo:font-family=\"%1\" fo:font-size=\"13pt\"/></style:default-style></office:styles>"
               "<office:automatic-styles>"
               "<style:page-layout style:name=\"MinhPortrait\"><style:page-layout-properties fo:page-width=\"210mm\" "
               "fo:page-height=\"297mm\" style:print-orientation=\"portrait\" %2/></style:page-layout>"
               "<style:page-layout style:name=\"MinhLandscape\"><style:page-layout-properties fo:page-width=\"297mm\" "
               "fo:page-height=\"210mm\" style:print-orientation=\"landscape\" %2/></style:page-layout>"
               "</office:automatic-styles><office:master-styles>"
               "<style:master-page style:name=\"Standard\" style:page-layout-name=\"MinhPortrait\"/>"
               "<style:master-page style:name=\"Landscape\" style:page-layout-name=\"MinhLandscape\"/>"
               "</office:master-styles></office:document-styles>\n")
        .arg(family, margins)
        .toUtf8();
}

// Qt 6.4 writes no styles.xml (so no page size or margins) and "Sans" as every font family; the
// section markers become paragraphs that start a page of the section's master page.
QString completedContent(QString content)
{
    content.replace(QStringLiteral("fo:font-family=\"Sans\""), QStringLiteral("fo:font-family=\"%1\"").arg(PageStyle::fontFamily()));
    content.replace(QStringLiteral("<office:automatic-styles>"),
                    QStringLiteral("<office:automatic-styles>"
                                   "<style:style style:name=\"MinhSectionLandscape\" style:family=\"paragraph\" "
                                   "style:master-page-name=\"Landscape\"/>"
                                   "<style:style style:name=\"MinhSectionPortrait\" style:family=\"paragraph\" "
                                   "style:master-page-name=\"Standard\"/>"));
    for (const auto &[marker, style] : {std::pair{QString::fromUtf8(LandscapeMarker), QStringLiteral("MinhSectionLandscape")},
                                        std::pair{QString::fromUtf8(PortraitMarker), QStringLiteral("MinhSectionPortrait")}}) {
        const QRegularExpression paragraph(QStringLiteral("<text:p text:style-name=\"[^\"]*\">(?:<text:span[^>]*>)?")
                                           + QRegularExpression::escape(marker) + QStringLiteral("(?:</text:span>)?</text:p>"));
        content.replace(paragraph, QStringLiteral("<text:p text:style-name=\"%1\"/>").arg(style));
    }
    return content;
}

} // namespace

std::optional<QByteArray> OdtReportWriter::complete(const QByteArray &odt)
{
    std::optional<OdtPackage::Entries> entries = OdtPackage::read(odt);
    if (!entries) {
        return std::nullopt;
    }
    for (auto &[name, data] : *entries) {
        if (name == QLatin1String("content.xml")) {
            data = completedContent(QString::fromUtf8(data)).toUtf8();
        } else if (name == QLatin1String("META-INF/manifest.xml")) {
            data.replace("</manifest:manifest>",
                         "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                         "</manifest:manifest>");
        }
    }
    entries->append({QStringLiteral("styles.xml"), stylesXml()});
    return OdtPackage::write(*entries);
}

std::unique_ptr<QTextDocument> OdtReportWriter::merged(const PrintedDocument &document)
{
    // The renderer fills the table of contents; headings are not pushed to new pages, since the
    // word processor breaks the pages itself.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter measure(&sink);
    measure.setResolution(600);
    PrintedDocumentRenderer renderer(document, {.keepHeadingsWithNext = false, .scaleLengthsToDevice = false});
    renderer.layout(&measure);

    auto result = std::make_unique<QTextDocument>();
    result->setDefaultFont(PageStyle::font());
    QTextCursor cursor(result.get());
    for (int s = 0; s < renderer.sectionCount(); ++s) {
        cursor.movePosition(QTextCursor::End);
        // A marker paragraph starts each section; write() turns it into the start of a page of the
        // section's orientation.
        if (s > 0) {
            cursor.insertBlock();
        }
        const bool landscape = document.sections.at(s).orientation == QPageLayout::Landscape;
        cursor.insertText(QString::fromUtf8(landscape ? LandscapeMarker : PortraitMarker));
        cursor.insertBlock();
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
    std::optional<QByteArray> completed;
    if (writer.write(content.get())) {
        completed = complete(odt.data());
    }
    if (!completed) {
        m_error = tr("Cannot write %1: the document cannot be converted to ODT.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*completed) != completed->size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Minh::Core
