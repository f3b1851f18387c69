#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
struct archive;

namespace Minh::Core {

// All of Minh's ZIP code, behind two small classes in one unit, so that KArchive (or another
// library) can replace what is underneath without touching callers. The reader uses libarchive;
// the writer writes the ZIP records itself (deflate through zlib), because libarchive 3.6 gives
// every entry "UT" and "ux" extra fields and a data descriptor, and OpenDocument and ASiC-E
// (ETSI EN 319 162) want the first entry, "mimetype", stored with neither, its content at byte 38.

// Writes a ZIP by streaming: entries are fed in blocks and never held whole. Entries larger than
// 4 GiB and archives past 4 GiB get ZIP64 records; non-ASCII names are flagged UTF-8 so Windows
// Explorer shows Vietnamese names. Entry order is the order of the calls.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::ZipWriter)

public:
    enum class Compression
    {
        Store,  // already compressed data (PDF, images, video) and the mimetype
        Deflate // text: JSON, XML
    };

    // `device` must stay open for writing while the writer lives; the writer never closes it.
    explicit ZipWriter(QIODevice *device);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // The modification time written into every entry, so the same input gives the same archive.
    void setTimestamp(const QDateTime &time) { m_time = time; }

    [[nodiscard]] bool open();
    // A streamed entry: its CRC and sizes follow the data in a data descriptor. `size` is the
    // entry's exact size, or -1 when it is not known in advance.
    [[nodiscard]] bool beginEntry(const QString &name, qint64 size, Compression compression);
    [[nodiscard]] bool write(const char *data, qint64 length);
    [[nodiscard]] bool finishEntry();
    // An entry held in memory, with its CRC and sizes in the local header and no data descriptor,
    // and no extra field below 4 GiB: the form the "mimetype" entry must have.
    [[nodiscard]] bool addEntry(const QString &name, const QByteArray &data, Compression compression);
    // Writes the central directory. Nothing is complete before this returns true.
    [[nodiscard]] bool close();

    // A device that writes into the current entry (between beginEntry() and finishEntry()), for
    // producers that write to a QIODevice, such as EvidenceStore::read() or a PDF writer.
    QIODevice *entryDevice();

    QString errorString() const { return m_error; }

private:
    // What the central directory says of an entry.
    struct Record
    {
        QByteArray name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 offset = 0;
        // The local header has a ZIP64 extra field, so the data descriptor has 8-byte sizes.
        bool zip64Local = false;
    };
    struct Deflater;

    bool fail(const QString &message);
    bool writeRaw(const QByteArray &bytes) { return writeRaw(bytes.constData(), bytes.size()); }
    bool writeRaw(const char *data, qint64 length);
    // Deflates into `into`, or into the current entry when it is null.
    bool deflate(const char *data, qint64 length, bool finish, QByteArray *into = nullptr);
    // Starts the record of a new entry in m_current.
    bool startRecord(const QString &name, Compression compression);
    QByteArray localHeader(const Record &record, bool sizesKnown) const;
    QByteArray centralHeader(const Record &record) const;
    QByteArray end(qint64 directoryOffset, qint64 directorySize) const;

    QIODevice *m_device;
    std::unique_ptr<QIODevice> m_entryDevice;
    std::unique_ptr<Deflater> m_deflater;
    QList<Record> m_records;
    Record m_current;
    QDateTime m_time;
    qint64 m_offset = 0; // bytes written so far
    qint64 m_declaredSize = -1;
    bool m_open = false;
    bool m_inEntry = false;
    QString m_error;
};

// Reads a ZIP from outside, which is untrusted: every entry is checked before it is reported
// (no "..", no absolute or drive paths, no backslashes, no links or special files, no duplicate
// names even up to case, names of bounded length, a bounded number of entries, no encryption)
// and decompression is capped in total and in ratio to the archive's size, so a bomb is
// stopped early. It never writes anything.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::ZipReader)

public:
    struct Limits
    {
        int maximumEntries = 100000;
        int maximumNameBytes = 1024;
        qint64 maximumTotalBytes = qint64(256) * 1024 * 1024 * 1024;
        // Decompressed bytes may exceed the archive's own size by at most this factor (plus
        // 1 MiB): real packages are mostly stored, already compressed files.
        int maximumRatio = 100;
    };
    enum class Next
    {
        Entry,
        End,
        Error
    };
    // Called with each block of an entry's data; return false to stop.
    using Sink = std::function<bool(const char *data, qint64 length)>;

    explicit ZipReader(const QString &path);
    ZipReader(const QString &path, Limits limits);
    // A ZIP held in memory, such as the ODT that Qt writes into a buffer; `name` stands for it in
    // messages.
    ZipReader(const QByteArray &data, const QString &name);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    [[nodiscard]] bool open();
    // Moves to the next file entry (folder entries are checked, then skipped).
    Next next();
    QString entryName() const { return m_name; }
    // The size the archive declares (-1 when it does not say); the data decides.
    qint64 entrySize() const { return m_size; }
    // Streams the current entry's data. Call at most once per entry.
    [[nodiscard]] bool read(const Sink &sink);
    // Reads the current entry into memory, refusing more than `limit` bytes.
    [[nodiscard]] bool readAll(QByteArray *data, qint64 limit);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool checkName(const QString &name);

    QString m_path;
    QByteArray m_data;
    bool m_inMemory = false;
    Limits m_limits;
    archive *m_archive = nullptr;
    qint64 m_archiveSize = 0;
    qint64 m_totalRead = 0;
    int m_entries = 0;
    QSet<QString> m_seen;
    QString m_name;
    qint64 m_size = -1;
    QString m_error;
};

} // namespace Minh::Core
