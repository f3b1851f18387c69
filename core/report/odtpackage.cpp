#include "odtpackage.h"

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <memory>

namespace Minh::Core::OdtPackage {

namespace {

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

} // namespace

std::optional<Entries> read(const QByteArray &zip)
{
    std::unique_ptr<archive, ReadDeleter> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), zip.constData(), size_t(zip.size())) != ARCHIVE_OK) {
        return std::nullopt;
    }
    Entries entries;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
        QByteArray data;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
            data.append(buffer, qsizetype(n));
        }
        if (n < 0) {
            return std::nullopt;
        }
        entries.append({QString::fromUtf8(archive_entry_pathname(entry)), data});
    }
    return entries;
}

std::optional<QByteArray> write(const Entries &entries)
{
    // Written by hand, every entry stored with its sizes and CRC in the local header: LibreOffice
    // refuses a stored "mimetype" followed by a data descriptor, which libarchive's writer adds.
    QByteArray zip;
    QByteArray directory;
    const auto u16 = [](QByteArray &out, quint16 v) {
        out.append(char(v & 0xff)).append(char(v >> 8));
    };
    const auto u32 = [&u16](QByteArray &out, quint32 v) {
        u16(out, quint16(v & 0xffff));
        u16(out, quint16(v >> 16));
    };
    constexpr quint16 DosDate = (2026 - 1980) << 9 | 1 << 5 | 1; // a fixed date: reproducible files
    for (const auto &[name, data] : entries) {
        const QByteArray path = name.toUtf8();
        if (zip.size() > 0x7fff0000 || data.size() > 0x7fff0000) {
            return std::nullopt;
        }
        const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(zip.size());
        for (QByteArray *out : {&zip, &directory}) {
            const bool central = out == &directory;
            u32(*out, central ? 0x02014b50 : 0x04034b50);
            if (central) {
                u16(*out, 20); // made by
            }
            u16(*out, 10);         // version needed: stored
            u16(*out, 1 << 11);    // UTF-8 names
            u16(*out, 0);          // stored
            u16(*out, 0);          // time
            u16(*out, DosDate);
            u32(*out, crc);
            u32(*out, quint32(data.size()));
            u32(*out, quint32(data.size()));
            u16(*out, quint16(path.size()));
            u16(*out, 0); // extra
            if (central) {
                u16(*out, 0); // comment
                u16(*out, 0); // disk
                u16(*out, 0); // internal attributes
                u32(*out, 0); // external attributes
                u32(*out, offset);
            }
            out->append(path);
        }
        zip.append(data);
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip.append(directory);
    u32(zip, 0x06054b50);
    u16(zip, 0);
    u16(zip, 0);
    u16(zip, quint16(entries.size()));
    u16(zip, quint16(entries.size()));
    u32(zip, quint32(directory.size()));
    u32(zip, directoryOffset);
    u16(zip, 0);
    return zip;
}

} // namespace Minh::Core::OdtPackage
