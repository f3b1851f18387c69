#include "pdfpagerenderer.h"

#include <algorithm>
#include <poppler-qt6.h>

namespace Minh::Thumbnailer {

namespace {

// The PDF format's own lower bound for a page side is 3 points; far smaller pages only occur in
// damaged or hostile files and would ask Poppler for an absurd resolution.
constexpr double MinimumPageSide = 1.0;

} // namespace

Core::Result<QImage> PdfPageRenderer::render(const QString &path, QSize box)
{
    using Failure = Core::Result<QImage>;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return Failure::failure(QStringLiteral("The PDF file is damaged and cannot be read."));
    }
    if (document->isLocked()) {
        return Failure::failure(QStringLiteral("The PDF file is protected by a password."));
    }
    if (document->numPages() < 1) {
        return Failure::failure(QStringLiteral("The PDF file has no pages."));
    }
    const std::unique_ptr<Poppler::Page> page = document->page(0);
    if (!page) {
        return Failure::failure(QStringLiteral("The first page of the PDF file is damaged."));
    }
    // pageSizeF() already accounts for the page's rotation, as renderToImage() does.
    const QSizeF points = page->pageSizeF();
    if (!(points.width() >= MinimumPageSide && points.height() >= MinimumPageSide)) {
        return Failure::failure(QStringLiteral("The first page of the PDF file has no usable size."));
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const double dpi = 72.0 * std::min(box.width() / points.width(), box.height() / points.height());
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull()) {
        return Failure::failure(QStringLiteral("The first page of the PDF file cannot be drawn."));
    }
    // Poppler rounds the pixel size up, which can overshoot the box by a pixel.
    if (image.width() > box.width() || image.height() > box.height()) {
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace Minh::Thumbnailer
