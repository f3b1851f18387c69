#include "imagedecoder.h"

#include <QImageReader>

namespace Minh::Thumbnailer {

namespace {

// Well above any camera (200-megapixel phones exist) yet far below what decompression bombs
// declare; formats without reduced-size decoding are also held to the allocation limit.
constexpr qint64 MaximumPixels = 400'000'000;

bool fits(QSize size, QSize box)
{
    return size.width() <= box.width() && size.height() <= box.height();
}

} // namespace

bool ImageDecoder::canDecode(QIODevice *device)
{
    return !QImageReader::imageFormat(device).isEmpty();
}

Core::Result<QImage> ImageDecoder::decode(QIODevice *device, QSize box)
{
    using Failure = Core::Result<QImage>;
    QImageReader reader(device);
    // A file's name is a claim, its content is a fact: never let ".jpg" pick the decoder.
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (declared.isValid()) {
        if (qint64(declared.width()) * declared.height() > MaximumPixels) {
            return Failure::failure(QStringLiteral("The image is too large to preview (%1 × %2 pixels).")
                                        .arg(declared.width())
                                        .arg(declared.height()));
        }
        // The scaled size is applied before the EXIF rotation, so fit it to the rotated box.
        const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        const QSize target = turned ? box.transposed() : box;
        if (!fits(declared, target) && reader.supportsOption(QImageIOHandler::ScaledSize)) {
            reader.setScaledSize(declared.scaled(target, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        }
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return Failure::failure(
            QStringLiteral("The image is damaged and cannot be read (%1).").arg(reader.errorString()));
    }
    if (!fits(image.size(), box)) {
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace Minh::Thumbnailer
