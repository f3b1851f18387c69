#include "odtpackage.h"

#include "package/ziparchive.h"

#include <QBuffer>
#include <QDateTime>

namespace Minh::Core::OdtPackage {

namespace {

// What Qt writes is small; this only bounds a broken document.
constexpr qint64 MaximumEntrySize = qint64(512) * 1024 * 1024;

} // namespace

std::optional<Entries> read(const QByteArray &zip)
{
    ZipReader reader(zip, QStringLiteral("ODT"));
    if (!reader.open()) {
        return std::nullopt;
    }
    Entries entries;
    ZipReader::Next next;
    while ((next = reader.next()) == ZipReader::Next::Entry) {
        QByteArray data;
        if (!reader.readAll(&data, MaximumEntrySize)) {
            return std::nullopt;
        }
        entries.append({reader.entryName(), data});
    }
    if (next == ZipReader::Next::Error) {
        return std::nullopt;
    }
    return entries;
}

std::optional<QByteArray> write(const Entries &entries)
{
    QBuffer zip;
    zip.open(QIODevice::WriteOnly);
    ZipWriter writer(&zip);
    // A fixed time: the same document gives the same file.
    writer.setTimestamp(QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
    if (!writer.open()) {
        return std::nullopt;
    }
    for (const auto &[name, data] : entries) {
        const ZipWriter::Compression compression =
            name.endsWith(QLatin1String(".xml")) ? ZipWriter::Compression::Deflate : ZipWriter::Compression::Store;
        if (!writer.addEntry(name, data, compression)) {
            return std::nullopt;
        }
    }
    if (!writer.close()) {
        return std::nullopt;
    }
    return zip.data();
}

} // namespace Minh::Core::OdtPackage
