#include "odtpagestyles.h"

#include "pagestyle.h"

#include <QStringList>

namespace Minh::Core {

namespace {

enum class Numbering
{
    Numbered,
    Plain, // covers
    First  // the first page: no number, the next pages numbered
};

constexpr Numbering AllNumberings[] = {Numbering::Numbered, Numbering::Plain, Numbering::First};
constexpr QPageLayout::Orientation AllOrientations[] = {QPageLayout::Portrait, QPageLayout::Landscape};
// Room for the page number's line; the rest of the top margin is the spacing above the body.
constexpr qreal HeaderLineMillimeters = 7;

QString orientationName(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? QStringLiteral("Landscape") : QStringLiteral("Portrait");
}

// "Standard" is the master page LibreOffice and Word fall back to; keeping it for numbered portrait
// pages keeps what the user adds in the same style.
QString masterPage(QPageLayout::Orientation orientation, Numbering numbering)
{
    switch (numbering) {
    case Numbering::Numbered:
        return orientation == QPageLayout::Landscape ? QStringLiteral("Landscape") : QStringLiteral("Standard");
    case Numbering::Plain:
        return QStringLiteral("Minh%1Plain").arg(orientationName(orientation));
    case Numbering::First:
        return QStringLiteral("Minh%1First").arg(orientationName(orientation));
    }
    return {};
}

QString sectionStyleName(QPageLayout::Orientation orientation, Numbering numbering)
{
    const QString suffix = numbering == Numbering::Plain   ? QStringLiteral("Plain")
                           : numbering == Numbering::First ? QStringLiteral("First")
                                                           : QString();
    return QStringLiteral("MinhSection") + orientationName(orientation) + suffix;
}

QString pageLayoutName(QPageLayout::Orientation orientation, bool header)
{
    return QStringLiteral("Minh") + orientationName(orientation) + (header ? QString() : QStringLiteral("Plain"));
}

// A page with a header starts the header at the page number's place; its body starts where a page
// without one does. LibreOffice (7.4) reads the header's minimum height as header and spacing
// together, so the body starts at the top margin when they fill it exactly.
QString pageLayout(QPageLayout::Orientation orientation, bool header)
{
    const QMarginsF m = PageStyle::marginsMillimeters();
    const bool landscape = orientation == QPageLayout::Landscape;
    const qreal top = header ? PageStyle::PageNumberTopMillimeters : m.top();
    QString layout = QStringLiteral("<style:page-layout style:name=\"%1\"><style:page-layout-properties "
                                    "fo:page-width=\"%2mm\" fo:page-height=\"%3mm\" style:print-orientation=\"%4\" "
                                    "fo:margin-top=\"%5mm\" fo:margin-bottom=\"%6mm\" fo:margin-left=\"%7mm\" "
                                    "fo:margin-right=\"%8mm\"/>")
                         .arg(pageLayoutName(orientation, header))
                         .arg(landscape ? 297 : 210)
                         .arg(landscape ? 210 : 297)
                         .arg(landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"))
                         .arg(top)
                         .arg(m.bottom())
                         .arg(m.left())
                         .arg(m.right());
    if (header) {
        layout += QStringLiteral("<style:header-style><style:header-footer-properties fo:min-height=\"%1mm\" "
                                 "fo:margin-bottom=\"%2mm\"/></style:header-style>")
                      .arg(m.top() - top)
                      .arg(m.top() - top - HeaderLineMillimeters);
    }
    return layout + QStringLiteral("</style:page-layout>");
}

QString masterPageXml(QPageLayout::Orientation orientation, Numbering numbering)
{
    const bool numbered = numbering == Numbering::Numbered;
    QString master = QStringLiteral("<style:master-page style:name=\"%1\" style:page-layout-name=\"%2\"")
                         .arg(masterPage(orientation, numbering), pageLayoutName(orientation, numbered));
    if (numbering == Numbering::First) {
        master += QStringLiteral(" style:next-style-name=\"%1\"").arg(masterPage(orientation, Numbering::Numbered));
    }
    if (!numbered) {
        return master + QStringLiteral("/>");
    }
    return master + QStringLiteral("><style:header><text:p text:style-name=\"MinhPageNumber\">"
                                   "<text:page-number text:select-page=\"current\"/></text:p></style:header>"
                                   "</style:master-page>");
}

} // namespace

QString OdtPageStyles::sectionStyle(QPageLayout::Orientation orientation, bool numbered, bool first)
{
    return sectionStyleName(orientation, !numbered ? Numbering::Plain : first ? Numbering::First : Numbering::Numbered);
}

// The paragraph is empty; 1 pt keeps it from pushing the section's first line down.
QString OdtPageStyles::sectionStyles()
{
    QString styles;
    for (const QPageLayout::Orientation orientation : AllOrientations) {
        for (const Numbering numbering : AllNumberings) {
            styles += QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" "
                                     "style:master-page-name=\"%2\"><style:paragraph-properties fo:margin-top=\"0mm\" "
                                     "fo:margin-bottom=\"0mm\"/><style:text-properties fo:font-size=\"1pt\"/>"
                                     "</style:style>")
                          .arg(sectionStyleName(orientation, numbering), masterPage(orientation, numbering));
        }
    }
    return styles;
}

QByteArray OdtPageStyles::stylesXml()
{
    QString layouts;
    QString masters;
    for (const QPageLayout::Orientation orientation : AllOrientations) {
        layouts += pageLayout(orientation, true) + pageLayout(orientation, false);
        for (const Numbering numbering : AllNumberings) {
            masters += masterPageXml(orientation, numbering);
        }
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
               "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
               "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
               "<office:styles><style:default-style style:family=\"paragraph\"><style:text-properties "
               "fo:font-family=\"%1\" fo:font-size=\"%2pt\"/></style:default-style></office:styles>"
               "<office:automatic-styles>%3<style:style style:name=\"MinhPageNumber\" style:family=\"paragraph\">"
               "<style:paragraph-properties fo:text-align=\"center\"/></style:style></office:automatic-styles>"
               "<office:master-styles>%4</office:master-styles></office:document-styles>\n")
        .arg(PageStyle::fontFamily())
        .arg(PageStyle::BodyPointSize)
        .arg(layouts, masters)
        .toUtf8();
}

} // namespace Minh::Core
