#pragma once

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace Minh::Core {

// A printed document (the report, a form, the registration letter) that goes into the package
// as PDF. Whoever renders documents (core/report) provides the list; the exporter streams each
// one into the package, in the order given, under "documents/".
struct PackageDocument
{
    // The name inside "documents/", e.g. "Báo cáo tự đánh giá.pdf"; made safe by the exporter.
    QString fileName;
    // Writes the whole PDF into `out` (an open, sequential, write-only device). On failure
    // returns false and sets `*error` to a translated sentence; the export then stops.
    std::function<bool(QIODevice *out, QString *error)> writePdf;
};

using PackageDocuments = QList<PackageDocument>;

} // namespace Minh::Core
