#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
struct archive;

namespace Minh::Core {

// All of Minh's ZIP code, behind two small classes in one unit: the only place that includes
// libarchive, so that KArchive (or another library) can replace it without touching callers.

// Writes a ZIP by streaming: entries are fed in blocks and never held whole. Entries larger than
// 4 GiB and archives past 4 GiB get ZIP64 records; names are flagged UTF-8 so Windows Explorer
// shows Vietnamese names. Entry order is the order of the calls.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::ZipWriter)

public:
    enum class Compression
    {
        Store,  // already compressed data (PDF, images, video) and the ASiC mimetype
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
    // `size` is the entry's exact size, or -1 when it is not known in advance.
    [[nodiscard]] bool beginEntry(const QString &name, qint64 size, Compression compression);
    [[nodiscard]] bool write(const char *data, qint64 length);
    [[nodiscard]] bool finishEntry();
    // Convenience for small entries held in memory.
    [[nodiscard]] bool addEntry(const QString &name, const QByteArray &data, Compression compression);
    // Writes the central directory. Nothing is complete before this returns true.
    [[nodiscard]] bool close();

    // A device that writes into the current entry (between beginEntry() and finishEntry()), for
    // producers that write to a QIODevice, such as EvidenceStore::read() or a PDF writer.
    QIODevice *entryDevice();

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool failFromArchive(const QString &what);

    QIODevice *m_device;
    archive *m_archive = nullptr;
    std::unique_ptr<QIODevice> m_entryDevice;
    QDateTime m_time;
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
