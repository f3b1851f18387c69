#pragma once

#include "util/result.h"

#include <QImage>
#include <QSize>

class QIODevice;

namespace Minh::Thumbnailer {

// Decodes an image file no larger than a box, keeping its aspect ratio and never enlarging it.
// Formats that can decode at a reduced size (JPEG, PNG) do so, so a huge photo is never held in
// memory at full size; an image whose header claims an absurd size is refused before decoding.
class ImageDecoder
{
public:
    // The memory QImageReader may allocate for one image; it is a process-wide setting.
    static constexpr int AllocationLimitMegabytes = 256;

    // True when the content (not the name) is an image format Qt can read.
    static bool canDecode(QIODevice *device);
    static Core::Result<QImage> decode(QIODevice *device, QSize box);
};

} // namespace Minh::Thumbnailer
