#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Minh::Core {

// Reads and writes the zip container of an OpenDocument file through ZipReader and ZipWriter, so
// that the ODT Qt writes can be completed: Qt 6.4 writes no page layout and names every font "Sans".
namespace OdtPackage {

using Entries = QList<QPair<QString, QByteArray>>;

std::optional<Entries> read(const QByteArray &zip);
// Entries in order, "mimetype" first and stored with its content at byte 38, as OpenDocument
// requires; XML deflated, everything else (pictures) stored.
std::optional<QByteArray> write(const Entries &entries);

} // namespace OdtPackage

} // namespace Minh::Core
