#include "ziparchive.h"

#include <QFile>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <zlib.h>

namespace Minh::Core {

namespace {

// Forwards what a producer writes into the writer's current entry.
class EntryDevice : public QIODevice
{
public:
    explicit EntryDevice(ZipWriter *writer)
        : m_writer(writer)
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (!m_writer->write(data, length)) {
            setErrorString(m_writer->errorString());
            return -1;
        }
        return length;
    }

private:
    ZipWriter *m_writer;
};

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 DataDescriptorSignature = 0x08074b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr qint64 Max32 = 0xffffffff;
constexpr qint64 Max16 = 0xffff;
constexpr quint16 DescriptorFlag = 1 << 3;
constexpr quint16 Utf8NameFlag = 1 << 11;
constexpr quint16 MethodStore = 0;
constexpr quint16 MethodDeflate = 8;
constexpr quint16 MadeByUnix = 3 << 8;
constexpr quint32 RegularFileAttributes = 0100644u << 16; // -rw-r--r--, for unzip on Unix
constexpr quint16 Zip64ExtraId = 0x0001;
// zlib takes lengths as uInt: larger blocks go in pieces.
constexpr qint64 ZlibChunk = qint64(1) << 30;

// The little-endian fields of a ZIP record.
class Fields
{
public:
    template <typename T> Fields &put(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        m_data.append(bytes, qsizetype(sizeof(T)));
        return *this;
    }
    Fields &u16(qint64 value) { return put(quint16(value)); }
    Fields &u32(qint64 value) { return put(quint32(value)); }
    Fields &u64(qint64 value) { return put(quint64(value)); }
    Fields &bytes(const QByteArray &data)
    {
        m_data.append(data);
        return *this;
    }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

quint16 versionNeeded(quint16 method, bool zip64)
{
    return zip64 ? 45 : method == MethodDeflate ? 20 : 10;
}

// MS-DOS time and date (local time, two-second steps, 1980 to 2107) as the low and high halves.
quint32 dosDateTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QDate date = local.date();
    const QTime clock = local.time();
    if (date.year() < 1980) {
        return quint32(1 << 21 | 1 << 16); // 1980-01-01 00:00
    }
    return quint32(std::min(date.year() - 1980, 127)) << 25 | quint32(date.month()) << 21 | quint32(date.day()) << 16 |
           quint32(clock.hour()) << 11 | quint32(clock.minute()) << 5 | quint32(clock.second() / 2);
}

quint32 updateCrc(quint32 crc, const char *data, qint64 length)
{
    for (qint64 done = 0; done < length; done += ZlibChunk) {
        crc =
            quint32(crc32(crc, reinterpret_cast<const Bytef *>(data + done), uInt(std::min(length - done, ZlibChunk))));
    }
    return crc;
}

} // namespace

// --- ZipWriter ---

// One raw deflate stream (no zlib header), reset for each entry.
struct ZipWriter::Deflater
{
    z_stream stream{};
    bool ready = false;
    ~Deflater()
    {
        if (ready) {
            deflateEnd(&stream);
        }
    }
};

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
    , m_time(QDateTime::currentDateTimeUtc())
{}

ZipWriter::~ZipWriter() = default;

bool ZipWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipWriter::open()
{
    if (!m_device || !m_device->isWritable()) {
        return fail(tr("The package cannot be written: it was not opened."));
    }
    m_open = true;
    return true;
}

bool ZipWriter::writeRaw(const char *data, qint64 length)
{
    if (m_device->write(data, length) != length) {
        return fail(tr("The package cannot be written: %1").arg(m_device->errorString()));
    }
    m_offset += length;
    return true;
}

bool ZipWriter::deflate(const char *data, qint64 length, bool finish, QByteArray *into)
{
    if (!m_deflater) {
        m_deflater = std::make_unique<Deflater>();
    }
    z_stream &z = m_deflater->stream;
    if (!m_deflater->ready) {
        // Negative window bits: a raw deflate stream, as ZIP wants.
        if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            return fail(tr("The package cannot be written: the ZIP library could not be set up."));
        }
        m_deflater->ready = true;
    }
    char out[64 * 1024];
    qint64 offered = 0;
    for (;;) {
        if (z.avail_in == 0 && offered < length) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data + offered));
            z.avail_in = uInt(std::min(length - offered, ZlibChunk));
            offered += z.avail_in;
        }
        const bool last = finish && offered == length;
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        const int status = ::deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
        if (status == Z_STREAM_ERROR) {
            return fail(tr("The package cannot be written: the ZIP library could not be set up."));
        }
        const qint64 produced = qint64(sizeof out) - z.avail_out;
        if (into) {
            into->append(out, produced);
        } else if (produced > 0) {
            m_current.compressedSize += produced;
            if (!writeRaw(out, produced)) {
                return false;
            }
        }
        if (last ? status == Z_STREAM_END : z.avail_in == 0 && z.avail_out > 0 && offered == length) {
            break;
        }
    }
    if (finish) {
        deflateReset(&z);
    }
    return true;
}

bool ZipWriter::startRecord(const QString &name, Compression compression)
{
    if (!m_open || m_inEntry) {
        return fail(tr("The package cannot be written: an entry was started at the wrong time."));
    }
    m_current = Record();
    m_current.name = name.toUtf8();
    if (m_current.name.size() > Max16) {
        return fail(tr("The package cannot be written: the name of the entry “%1” is too long.").arg(name.left(80)));
    }
    const bool ascii =
        std::all_of(m_current.name.cbegin(), m_current.name.cend(), [](char c) { return uchar(c) < 0x80; });
    m_current.flags = ascii ? 0 : Utf8NameFlag;
    m_current.method = compression == Compression::Deflate ? MethodDeflate : MethodStore;
    m_current.offset = m_offset;
    return true;
}

QByteArray ZipWriter::localHeader(const Record &record, bool sizesKnown) const
{
    // With ZIP64 both sizes go in the extra field and both 32-bit fields say so.
    const qint64 compressed = record.zip64Local ? Max32 : sizesKnown ? record.compressedSize : 0;
    const qint64 size = record.zip64Local ? Max32 : sizesKnown ? record.size : 0;
    Fields fields;
    fields.u32(LocalHeaderSignature)
        .u16(versionNeeded(record.method, record.zip64Local))
        .u16(record.flags)
        .u16(record.method)
        .u32(dosDateTime(m_time))
        .u32(sizesKnown ? record.crc : 0)
        .u32(compressed)
        .u32(size)
        .u16(record.name.size())
        .u16(record.zip64Local ? 20 : 0)
        .bytes(record.name);
    if (record.zip64Local) {
        fields.u16(Zip64ExtraId).u16(16).u64(sizesKnown ? record.size : 0).u64(sizesKnown ? record.compressedSize : 0);
    }
    return fields.data();
}

QByteArray ZipWriter::centralHeader(const Record &record) const
{
    // The ZIP64 extra field holds, in this order, the values too large for their 32-bit fields.
    Fields zip64;
    for (const qint64 value : {record.size, record.compressedSize, record.offset}) {
        if (value >= Max32) {
            zip64.u64(value);
        }
    }
    const QByteArray extra = zip64.data();
    const quint16 needed = versionNeeded(record.method, !extra.isEmpty() || record.zip64Local);
    Fields fields;
    fields.u32(CentralHeaderSignature)
        .u16(MadeByUnix | needed)
        .u16(needed)
        .u16(record.flags)
        .u16(record.method)
        .u32(dosDateTime(m_time))
        .u32(record.crc)
        .u32(std::min(record.compressedSize, Max32))
        .u32(std::min(record.size, Max32))
        .u16(record.name.size())
        .u16(extra.isEmpty() ? 0 : extra.size() + 4)
        .u16(0) // comment
        .u16(0) // disk
        .u16(0) // internal attributes
        .u32(RegularFileAttributes)
        .u32(std::min(record.offset, Max32))
        .bytes(record.name);
    if (!extra.isEmpty()) {
        fields.u16(Zip64ExtraId).u16(extra.size()).bytes(extra);
    }
    return fields.data();
}

QByteArray ZipWriter::end(qint64 directoryOffset, qint64 directorySize) const
{
    const qint64 count = m_records.size();
    Fields fields;
    if (count >= Max16 || directoryOffset >= Max32 || directorySize >= Max32) {
        const qint64 zip64End = directoryOffset + directorySize;
        fields.u32(Zip64EndSignature)
            .u64(44) // the size of the rest of this record
            .u16(MadeByUnix | 45)
            .u16(45)
            .u32(0) // this disk
            .u32(0) // the disk of the central directory
            .u64(count)
            .u64(count)
            .u64(directorySize)
            .u64(directoryOffset);
        fields.u32(Zip64LocatorSignature).u32(0).u64(zip64End).u32(1);
    }
    fields.u32(EndSignature)
        .u16(0)
        .u16(0)
        .u16(std::min(count, Max16))
        .u16(std::min(count, Max16))
        .u32(std::min(directorySize, Max32))
        .u32(std::min(directoryOffset, Max32))
        .u16(0); // comment
    return fields.data();
}

bool ZipWriter::beginEntry(const QString &name, qint64 size, Compression compression)
{
    if (!startRecord(name, compression)) {
        return false;
    }
    // Whether ZIP64 is needed must be known before the data: an entry of unknown size gets it,
    // as may a deflated entry that grows instead of shrinking.
    m_current.zip64Local =
        size < 0 || (compression == Compression::Deflate ? qint64(compressBound(uLong(size))) : size) >= Max32;
    m_current.flags |= DescriptorFlag;
    m_declaredSize = size;
    if (!writeRaw(localHeader(m_current, false))) {
        return false;
    }
    m_inEntry = true;
    return true;
}

bool ZipWriter::write(const char *data, qint64 length)
{
    if (!m_inEntry) {
        return fail(tr("The package cannot be written: data came outside an entry."));
    }
    m_current.crc = updateCrc(m_current.crc, data, length);
    m_current.size += length;
    if (m_current.method == MethodStore) {
        m_current.compressedSize += length;
        return writeRaw(data, length);
    }
    return deflate(data, length, false);
}

bool ZipWriter::finishEntry()
{
    if (!m_inEntry) {
        return fail(tr("The package cannot be written: an entry was started at the wrong time."));
    }
    m_inEntry = false;
    if (m_current.method == MethodDeflate && !deflate(nullptr, 0, true)) {
        return false;
    }
    if (m_declaredSize >= 0 && m_current.size != m_declaredSize) {
        return fail(tr("The package cannot be written: the entry “%1” has %2 bytes instead of the %3 announced.")
                        .arg(QString::fromUtf8(m_current.name))
                        .arg(m_current.size)
                        .arg(m_declaredSize));
    }
    Fields descriptor;
    descriptor.u32(DataDescriptorSignature).u32(m_current.crc);
    if (m_current.zip64Local) {
        descriptor.u64(m_current.compressedSize).u64(m_current.size);
    } else {
        descriptor.u32(m_current.compressedSize).u32(m_current.size);
    }
    if (!writeRaw(descriptor.data())) {
        return false;
    }
    m_records.append(m_current);
    return true;
}

bool ZipWriter::addEntry(const QString &name, const QByteArray &data, Compression compression)
{
    QByteArray deflated;
    if (!startRecord(name, compression) ||
        (compression == Compression::Deflate && !deflate(data.constData(), data.size(), true, &deflated))) {
        return false;
    }
    const QByteArray &stored = compression == Compression::Deflate ? deflated : data;
    m_current.zip64Local = data.size() >= Max32 || stored.size() >= Max32;
    m_current.crc = updateCrc(0, data.constData(), data.size());
    m_current.size = data.size();
    m_current.compressedSize = stored.size();
    if (!writeRaw(localHeader(m_current, true)) || !writeRaw(stored)) {
        return false;
    }
    m_records.append(m_current);
    return true;
}

bool ZipWriter::close()
{
    if (!m_open || m_inEntry) {
        return fail(tr("The package cannot be written: it was not opened."));
    }
    const qint64 directoryOffset = m_offset;
    for (const Record &record : std::as_const(m_records)) {
        if (!writeRaw(centralHeader(record))) {
            return false;
        }
    }
    if (!writeRaw(end(directoryOffset, m_offset - directoryOffset))) {
        return false;
    }
    m_open = false;
    return true;
}

QIODevice *ZipWriter::entryDevice()
{
    if (!m_entryDevice) {
        m_entryDevice = std::make_unique<EntryDevice>(this);
        m_entryDevice->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    return m_entryDevice.get();
}

} // namespace Minh::Core
