#pragma once

#include "util/result.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace Minh::Thumbnailer {

// Draws the first page of a PDF file so that it fits a box, keeping its aspect ratio. Only the
// first page is ever parsed for drawing, so a long document costs no more than a short one.
class PdfPageRenderer
{
public:
    static Core::Result<QImage> render(const QString &path, QSize box);
};

} // namespace Minh::Thumbnailer
