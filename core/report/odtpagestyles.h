#pragma once

#include <QByteArray>
#include <QPageLayout>
#include <QString>

namespace Minh::Core {

// The pages of Minh's ODT, the same as the PDF's (Nghị định 30/2020): A4 portrait or landscape,
// the same margins, the page number centred in the top margin as a field the word processor keeps
// up to date. Cover pages carry no number, nor does the first page of the document.
//
// A section starts with an empty paragraph whose style names the section's master page; Qt's ODT
// has no styles.xml, so the master pages, their page layouts and the table of contents' paragraph
// styles are all written here.
class OdtPageStyles
{
public:
    // The paragraph style that starts a section; `first`: the section begins the document.
    static QString sectionStyle(QPageLayout::Orientation orientation, bool numbered, bool first);
    // Those paragraph styles, for content.xml's automatic styles.
    static QString sectionStyles();
    // The whole styles.xml.
    static QByteArray stylesXml();
    // The paragraph style of a table of contents' entries of `level` (1 to 3 and deeper).
    static QString contentsStyle(int level);
    // Its title row ("NỘI DUNG … Trang").
    static QString contentsTitleStyle() { return QStringLiteral("MinhContentsTitle"); }
};

} // namespace Minh::Core
