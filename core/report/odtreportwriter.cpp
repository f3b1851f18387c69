#include "odtreportwriter.h"

#include "odtpackage.h"
#include "odtpagestyles.h"
#include "odttableofcontents.h"
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

// The paragraph that starts a section carries this text and the section's style until content.xml
// is written; then it becomes an empty paragraph of that style, which starts a page of the
// section's master page.
QString sectionMarker(const QString &style)
{
    return QStringLiteral("\u2060MINH-SECTION-%1\u2060").arg(style);
}

// Qt 6.4 writes no styles.xml (so no page size or margins) and "Sans" as every font family.
QString completedContent(QString content, const OdtTableOfContents &contents)
{
    content.replace(QStringLiteral("fo:font-family=\"Sans\""),
                    QStringLiteral("fo:font-family=\"%1\"").arg(PageStyle::fontFamily()));
    content.replace(QStringLiteral("<office:automatic-styles>"),
                    QStringLiteral("<office:automatic-styles>") + OdtPageStyles::sectionStyles());
    static const QRegularExpression paragraph(
        QStringLiteral("<text:p text:style-name=\"[^\"]*\">(?:<text:span[^>]*>)?"
                       "\u2060MINH-SECTION-(\\w+)\u2060(?:</text:span>)?</text:p>"));
    content.replace(paragraph, QStringLiteral("<text:p text:style-name=\"\\1\"/>"));
    return contents.complete(content);
}

} // namespace

std::optional<QByteArray> OdtReportWriter::complete(const QByteArray &odt, const OdtTableOfContents &contents)
{
    std::optional<OdtPackage::Entries> entries = OdtPackage::read(odt);
    if (!entries) {
        return std::nullopt;
    }
    for (auto &[name, data] : *entries) {
        if (name == QLatin1String("content.xml")) {
            data = completedContent(QString::fromUtf8(data), contents).toUtf8();
        } else if (name == QLatin1String("META-INF/manifest.xml")) {
            data.replace("</manifest:manifest>",
                         "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                         "</manifest:manifest>");
        }
    }
    entries->append({QStringLiteral("styles.xml"), OdtPageStyles::stylesXml()});
    return OdtPackage::write(*entries);
}

std::unique_ptr<QTextDocument> OdtReportWriter::merged(const PrintedDocument &document,
                                                       const PrintedDocumentRenderer &renderer,
                                                       const OdtTableOfContents &contents)
{
    auto result = std::make_unique<QTextDocument>();
    result->setDefaultFont(PageStyle::font());
    QTextCursor cursor(result.get());
    for (int s = 0; s < renderer.sectionCount(); ++s) {
        cursor.movePosition(QTextCursor::End);
        if (s > 0) {
            cursor.insertBlock();
        }
        const PrintedSection &section = document.sections.at(s);
        cursor.insertText(sectionMarker(OdtPageStyles::sectionStyle(section.orientation, section.numbered, s == 0)));
        cursor.insertBlock();
        const std::unique_ptr<QTextDocument> copy(renderer.laidOutContent(s)->clone());
        contents.mark(copy.get(), s);
        cursor.insertFragment(QTextDocumentFragment(copy.get()));
    }
    return result;
}

bool OdtReportWriter::write(const PrintedDocument &document, const QString &path)
{
    m_error.clear();
    // The renderer fills the table of contents; headings are not pushed to new pages, since the
    // word processor breaks the pages itself.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter measure(&sink);
    measure.setResolution(600);
    PrintedDocumentRenderer renderer(document, {.keepHeadingsWithNext = false, .scaleLengthsToDevice = false});
    renderer.layout(&measure);
    const OdtTableOfContents contents(renderer.contents());
    const std::unique_ptr<QTextDocument> content = merged(document, renderer, contents);
    content->setMetaInformation(QTextDocument::DocumentTitle, document.title);
    // Qt's zip writer closes its device, which QSaveFile forbids: the ODT is made in memory first.
    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&odt, QByteArrayLiteral("ODF"));
    std::optional<QByteArray> completed;
    if (writer.write(content.get())) {
        completed = complete(odt.data(), contents);
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
