#include "typeicon.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Minh::Thumbnailer {

namespace {

// Longer labels would be unreadable on a small icon.
constexpr int MaximumLabelLength = 5;

// Checked in order with QMimeType::inherits(): office formats are ZIP files and CSV is plain
// text, so the specific families come before "archive" and "document".
const std::pair<const char *, TypeIcon::Family> FamilyByType[] = {
    {"application/vnd.ms-excel", TypeIcon::Family::Spreadsheet},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TypeIcon::Family::Spreadsheet},
    {"application/vnd.oasis.opendocument.spreadsheet", TypeIcon::Family::Spreadsheet},
    {"text/csv", TypeIcon::Family::Spreadsheet},
    {"application/vnd.ms-powerpoint", TypeIcon::Family::Presentation},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", TypeIcon::Family::Presentation},
    {"application/vnd.oasis.opendocument.presentation", TypeIcon::Family::Presentation},
    {"application/pdf", TypeIcon::Family::Document},
    {"application/msword", TypeIcon::Family::Document},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", TypeIcon::Family::Document},
    {"application/vnd.oasis.opendocument.text", TypeIcon::Family::Document},
    {"application/rtf", TypeIcon::Family::Document},
    {"text/plain", TypeIcon::Family::Document},
    {"application/zip", TypeIcon::Family::Archive},
    {"application/x-7z-compressed", TypeIcon::Family::Archive},
    {"application/vnd.rar", TypeIcon::Family::Archive},
    {"application/x-tar", TypeIcon::Family::Archive},
    {"application/gzip", TypeIcon::Family::Archive},
    {"application/x-xz", TypeIcon::Family::Archive},
    {"application/x-bzip2", TypeIcon::Family::Archive},
};

const std::pair<const char *, TypeIcon::Family> FamilyByMediaType[] = {
    {"image/", TypeIcon::Family::Image},
    {"video/", TypeIcon::Family::Video},
    {"audio/", TypeIcon::Family::Audio},
};

// Indexed by TypeIcon::Family; the office colours are the ones users know from the Office icons.
constexpr QRgb FamilyColours[] = {
    0x2b579a, // document
    0x217346, // spreadsheet
    0xc43e1c, // presentation
    0x0e7c86, // image
    0x7d3c98, // video
    0xd68910, // audio
    0x6d4c41, // archive
    0x607d8b, // other
};
static_assert(std::size(FamilyColours) == std::size_t(TypeIcon::Family::Other) + 1);

} // namespace

QImage TypeIcon::paint(const QString &fileName, QIODevice *content, QSize size)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content);
    const QColor accent = colour(family(type));
    const QString text = label(type, fileName);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal height = size.height() * 0.92;
    const qreal width = std::min(height * 0.78, size.width() * 0.92);
    const QRectF page((size.width() - width) / 2, (size.height() - height) / 2, width, height);
    const qreal fold = width * 0.28;
    const qreal line = std::max(1.0, width / 40);

    QPainterPath outline(page.topLeft());
    outline.lineTo(page.right() - fold, page.top());
    outline.lineTo(page.right(), page.top() + fold);
    outline.lineTo(page.bottomRight());
    outline.lineTo(page.bottomLeft());
    outline.closeSubpath();
    painter.setPen(QPen(accent, line));
    painter.setBrush(Qt::white);
    painter.drawPath(outline);

    QPainterPath corner(QPointF(page.right() - fold, page.top()));
    corner.lineTo(page.right() - fold, page.top() + fold);
    corner.lineTo(page.right(), page.top() + fold);
    corner.closeSubpath();
    painter.setBrush(accent.lighter(160));
    painter.drawPath(corner);

    const QRectF band(page.left(), page.top() + height * 0.52, width, height * 0.26);
    painter.fillRect(band, accent);
    if (!text.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(1, int(band.height() * 0.62)));
        const qreal room = band.width() * 0.86;
        while (font.pixelSize() > 1 && QFontMetricsF(font).horizontalAdvance(text) > room) {
            font.setPixelSize(font.pixelSize() - 1);
        }
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(band, Qt::AlignCenter, text);
    }
    return image;
}

TypeIcon::Family TypeIcon::family(const QMimeType &type)
{
    for (const auto &[name, family] : FamilyByType) {
        if (type.inherits(QLatin1String(name))) {
            return family;
        }
    }
    for (const auto &[prefix, family] : FamilyByMediaType) {
        if (type.name().startsWith(QLatin1String(prefix))) {
            return family;
        }
    }
    return Family::Other;
}

QString TypeIcon::label(const QMimeType &type, const QString &fileName)
{
    const QString extension = QFileInfo(fileName).suffix();
    // The user's own spelling ("JPEG" rather than "JPG") when it agrees with the type.
    QString text = extension;
    if (!type.isDefault() && !type.suffixes().contains(extension, Qt::CaseInsensitive) &&
        !type.preferredSuffix().isEmpty()) {
        text = type.preferredSuffix();
    }
    return text.left(MaximumLabelLength).toUpper();
}

QColor TypeIcon::colour(Family family)
{
    return QColor::fromRgb(FamilyColours[std::size_t(family)]);
}

} // namespace Minh::Thumbnailer
