#include "syntheticfiles.h"

#include <QFile>

#include <cstring>
#include <QtEndian>

namespace {

constexpr qint64 Chunk = 1 << 20;

QByteArray pngChunk(const char type[4], const QByteArray &data)
{
    QByteArray chunk(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    chunk.append(type, 4);
    chunk.append(data);
    chunk.append(4, '\0'); // CRC: readers that check it call the file damaged, which is fine here
    return chunk;
}

} // namespace

SyntheticFiles::SyntheticFiles(quint32 seed)
    : m_random(seed)
    , m_pool(16 * Chunk, Qt::Uninitialized)
{
    m_random.fillRange(reinterpret_cast<quint32 *>(m_pool.data()), m_pool.size() / 4);
}

SyntheticFiles::Kind SyntheticFiles::nextKind()
{
    const int roll = int(m_random.bounded(200));
    if (roll == 0) {
        return Kind::Video;
    }
    return roll < 110 ? Kind::ScanPdf : (roll < 160 ? Kind::Photo : Kind::Chart);
}

qint64 SyntheticFiles::nextSize(Kind kind)
{
    const auto between = [&](qint64 low, qint64 high) { return low + qint64(m_random.bounded(double(high - low))); };
    switch (kind) {
    case Kind::ScanPdf:
        return between(100'000, 3'000'000);
    case Kind::Photo:
        return between(200'000, 4'000'000);
    case Kind::Chart:
        return between(30'000, 800'000);
    case Kind::Video:
        return between(20'000'000, 120'000'000);
    }
    return 0;
}

QString SyntheticFiles::extension(Kind kind)
{
    switch (kind) {
    case Kind::ScanPdf:
        return QStringLiteral("pdf");
    case Kind::Photo:
        return QStringLiteral("jpg");
    case Kind::Chart:
        return QStringLiteral("png");
    case Kind::Video:
        return QStringLiteral("mp4");
    }
    return {};
}

bool SyntheticFiles::writeRandom(QIODevice *out, qint64 size)
{
    while (size > 0) {
        const qint64 piece = std::min(size, Chunk);
        const qint64 offset = qint64(m_random.bounded(double(m_pool.size() - piece)));
        if (out->write(m_pool.constData() + offset, piece) != piece) {
            return false;
        }
        size -= piece;
    }
    return true;
}

bool SyntheticFiles::write(const QString &path, Kind kind, qint64 size)
{
    QByteArray head;
    QByteArray tail;
    switch (kind) {
    case Kind::ScanPdf:
        head = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 0 /Filter /DCTDecode >>\nstream\n";
        tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        break;
    case Kind::Photo:
        head = QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000FFDA000C03010002110311003F00");
        tail = QByteArray::fromHex("FFD9");
        break;
    case Kind::Chart: {
        QByteArray header(13, '\0');
        qToBigEndian<quint32>(1024, header.data());
        qToBigEndian<quint32>(768, header.data() + 4);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        head = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header);
        QByteArray idat(8, '\0'); // length and type of one IDAT chunk, filled in below
        head += idat;
        tail = QByteArray(4, '\0') + pngChunk("IEND", {});
        break;
    }
    case Kind::Video:
        head = QByteArray::fromHex("0000002066747970697336640000000069736F6D69736F3261766331") + QByteArray(4, '\0')
               + QByteArray("mdat");
        break;
    }
    const qint64 body = std::max<qint64>(0, size - head.size() - tail.size());
    if (kind == Kind::Chart) {
        qToBigEndian<quint32>(quint32(body), head.data() + head.size() - 8);
        memcpy(head.data() + head.size() - 4, "IDAT", 4);
    } else if (kind == Kind::Video) {
        qToBigEndian<quint32>(quint32(std::min<qint64>(body + 8, 0xFFFFFFFF)), head.data() + head.size() - 8);
    }
    Q_ASSERT(kind != Kind::Chart || body <= 0xFFFFFFFF); // one PNG chunk holds at most 4 GiB
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(head) != head.size() || !writeRandom(&out, body)
        || out.write(tail) != tail.size() || !out.flush()) {
        return false;
    }
    // The size promised: benchmarks add these sizes up to say how much data they measured on.
    return out.size() == std::max<qint64>(size, head.size() + tail.size());
}
