#include "pagestyle.h"

#include <QFontDatabase>
#include <QPageSize>
#include <QTextDocument>

namespace Minh::Core {

QPageLayout PageStyle::pageLayout(QPageLayout::Orientation orientation)
{
    QPageLayout layout(QPageSize(QPageSize::A4), orientation, QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QString PageStyle::fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")}) {
            if (families.contains(candidate, Qt::CaseInsensitive)) {
                return candidate;
            }
        }
        // fontconfig substitutes a serif face; the text stays real text either way.
        return QStringLiteral("Liberation Serif");
    }();
    return family;
}

QFont PageStyle::font(qreal pointSize, bool bold)
{
    QFont font(fontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleHint(QFont::Serif);
    return font;
}

std::shared_ptr<QTextDocument> PageStyle::newContent()
{
    auto document = std::make_shared<QTextDocument>();
    document->setDefaultFont(font());
    document->setDocumentMargin(0);
    return document;
}

} // namespace Minh::Core
