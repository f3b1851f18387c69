#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Minh::Core {

// Reads (libarchive) and writes the zip container of an OpenDocument file, so that the ODT Qt
// writes can be completed: Qt 6.4 writes no page layout and names every font "Sans".
namespace OdtPackage {

using Entries = QList<QPair<QString, QByteArray>>;

std::optional<Entries> read(const QByteArray &zip);
// Entries in order ("mimetype" first, as OpenDocument requires), all stored.
std::optional<QByteArray> write(const Entries &entries);

} // namespace OdtPackage

} // namespace Minh::Core
