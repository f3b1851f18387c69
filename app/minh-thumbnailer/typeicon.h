#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;
class QMimeType;

namespace Minh::Thumbnailer {

// The picture shown for a file Minh cannot draw: a page with the type's short label ("DOCX",
// "MP4") on a band coloured by family, so a council member sees at a glance what kind of
// evidence it is.
class TypeIcon
{
public:
    enum class Family
    {
        Document,
        Spreadsheet,
        Presentation,
        Image,
        Video,
        Audio,
        Archive,
        Other,
    };

    // `content` is only peeked at, to recognise a type whose name says nothing (no extension).
    static QImage paint(const QString &fileName, QIODevice *content, QSize size);

    static Family family(const QMimeType &type);
    static QString label(const QMimeType &type, const QString &fileName);
    static QColor colour(Family family);
};

} // namespace Minh::Thumbnailer
