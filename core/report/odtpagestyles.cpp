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
constexpr int ContentsLevels = 3; // deeper levels share the last style
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
    // arg(), not operator+: GCC 12 at -O2 takes QStringBuilder's copy of an empty QString for an
    // overflow (-Wstringop-overflow), an error in CI's release build.
    return QStringLiteral("MinhSection%1%2").arg(orientationName(orientation), suffix);
}

QString pageLayoutName(QPageLayout::Orientation orientation, bool header)
{
    return QStringLiteral("Minh%1%2").arg(orientationName(orientation), header ? QString() : QStringLiteral("Plain"));
}

qreal bodyWidthMillimeters(QPageLayout::Orientation orientation)
{
    const QMarginsF m = PageStyle::marginsMillimeters();
    const qreal width = orientation == QPageLayout::Landscape ? 297 : 210;
    return width - m.left() - m.right();
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

// Entries indented by level, bold at the first, the page number at the right margin after dots,
// as in the PDF's table of contents.
QString contentsStyles()
{
    const qreal width = bodyWidthMillimeters(QPageLayout::Portrait);
    QString styles = QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\">"
                                    "<style:paragraph-properties fo:margin-bottom=\"2mm\"><style:tab-stops>"
                                    "<style:tab-stop style:position=\"%2mm\" style:type=\"right\"/></style:tab-stops>"
                                    "</style:paragraph-properties><style:text-properties fo:font-weight=\"bold\"/>"
                                    "</style:style>")
                         .arg(OdtPageStyles::contentsTitleStyle())
                         .arg(width);
    for (int level = 1; level <= ContentsLevels; ++level) {
        const qreal indent = 5.0 * (level - 1);
        styles += QStringLiteral("<style:style style:name=\"%1\" style:display-name=\"Contents %2\" "
                                 "style:family=\"paragraph\" style:class=\"index\">"
                                 "<style:paragraph-properties fo:margin-left=\"%3mm\"><style:tab-stops>"
                                 "<style:tab-stop style:position=\"%4mm\" style:type=\"right\" "
                                 "style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
                                 "</style:paragraph-properties>%5</style:style>")
                      .arg(OdtPageStyles::contentsStyle(level))
                      .arg(level)
                      .arg(indent)
                      .arg(width - indent)
                      .arg(level == 1 ? QStringLiteral("<style:text-properties fo:font-weight=\"bold\"/>") : QString());
    }
    return styles;
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

QString OdtPageStyles::contentsStyle(int level)
{
    return QStringLiteral("Contents_20_%1").arg(std::clamp(level, 1, ContentsLevels));
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
               "fo:font-family=\"%1\" fo:font-size=\"%2pt\"/></style:default-style>%3</office:styles>"
               "<office:automatic-styles>%4<style:style style:name=\"MinhPageNumber\" style:family=\"paragraph\">"
               "<style:paragraph-properties fo:text-align=\"center\"/></style:style></office:automatic-styles>"
               "<office:master-styles>%5</office:master-styles></office:document-styles>\n")
        .arg(PageStyle::fontFamily())
        .arg(PageStyle::BodyPointSize)
        .arg(contentsStyles(), layouts, masters)
        .toUtf8();
}

} // namespace Minh::Core
