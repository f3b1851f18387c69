#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

#include <memory>

class QTextDocument;

namespace Minh::Core {

// The page of every printed document, per Nghị định 30/2020/NĐ-CP: A4, margins top and bottom
// 20 mm, left 30 mm (binding side), right 15 mm, Times New Roman (or its metric twin Liberation
// Serif 2.x, which covers Vietnamese), body 13 pt, page numbers centred in the top margin.
class PageStyle
{
public:
    static constexpr qreal BodyPointSize = 13;
    static constexpr qreal TablePointSize = 12;
    // Nghị định 30/2020 puts the page number in the top margin: centred, 13 pt, this far from the top edge.
    static constexpr qreal PageNumberTopMillimeters = 8;

    // Margins of the text body in millimetres; the same on landscape pages (the binding side stays left).
    static QMarginsF marginsMillimeters() { return {30, 20, 15, 20}; }
    // The page the device is set to: A4 without device margins; the renderer places the body itself
    // so that the page number can go into the top margin.
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);

    // "Times New Roman" when installed, else "Liberation Serif".
    static QString fontFamily();
    static QFont font(qreal pointSize = BodyPointSize, bool bold = false);

    // An empty section content with the report font and no document margin: builders start here.
    static std::shared_ptr<QTextDocument> newContent();
};

} // namespace Minh::Core
