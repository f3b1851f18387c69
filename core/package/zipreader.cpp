#include "ziparchive.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace Minh::Core {

namespace {

constexpr qint64 OneMiB = 1024 * 1024;

} // namespace

ZipReader::ZipReader(const QString &path)
    : ZipReader(path, Limits())
{}

ZipReader::ZipReader(const QString &path, Limits limits)
    : m_path(path)
    , m_limits(limits)
{}

ZipReader::ZipReader(const QByteArray &data, const QString &name)
    : ZipReader(name, Limits())
{
    m_data = data;
    m_inMemory = true;
}

ZipReader::~ZipReader()
{
    if (m_archive) {
        archive_read_free(m_archive);
    }
}

bool ZipReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipReader::open()
{
    const QFileInfo info(m_path);
    if (!m_inMemory && !info.isFile()) {
        return fail(tr("“%1” is not a file.").arg(m_path));
    }
    m_archiveSize = m_inMemory ? m_data.size() : info.size();
    m_archive = archive_read_new();
    // The central directory is what unzip, Python and Explorer list: read it, not local headers.
    archive_read_support_format_zip_seekable(m_archive);
    // Names without the UTF-8 flag are read as UTF-8 too; names that are not valid are refused.
    archive_read_set_options(m_archive, "zip:hdrcharset=UTF-8");
    const int status = m_inMemory
                           ? archive_read_open_memory(m_archive, m_data.constData(), size_t(m_data.size()))
                           : archive_read_open_filename(m_archive, QFile::encodeName(m_path).constData(), 1024 * 1024);
    if (status != ARCHIVE_OK) {
        return fail(tr("“%1” is not a readable ZIP package: %2")
                        .arg(m_path, QString::fromUtf8(archive_error_string(m_archive))));
    }
    return true;
}

bool ZipReader::checkName(const QString &name)
{
    // A hostile name can be kilobytes long: the message shows its beginning.
    const QString shown = name.size() > 80 ? name.left(77) + QStringLiteral("…") : name;
    const auto bad = [&](const QString &why) {
        return fail(tr("The package “%1” contains an entry “%2” that is refused: %3").arg(m_path, shown, why));
    };
    if (name.toUtf8().size() > m_limits.maximumNameBytes) {
        return bad(tr("its name is too long."));
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':'))) {
        return bad(tr("an absolute path, a drive or a backslash."));
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return bad(tr("a control character in the name."));
        }
    }
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QStringLiteral(".") || part == QStringLiteral("..")) {
            return bad(tr("“..”, “.” or an empty folder name in the path."));
        }
    }
    // Case-insensitive, as on Windows: two names that differ only in case would overwrite each
    // other when extracted there.
    const QString key = name.normalized(QString::NormalizationForm_C).toCaseFolded();
    if (m_seen.contains(key)) {
        return bad(tr("the name appears twice."));
    }
    m_seen.insert(key);
    return true;
}

ZipReader::Next ZipReader::next()
{
    if (!m_archive) {
        fail(tr("“%1” is not open.").arg(m_path));
        return Next::Error;
    }
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF) {
            return Next::End;
        }
        if (status != ARCHIVE_OK) {
            fail(tr("The package “%1” is damaged: %2").arg(m_path, QString::fromUtf8(archive_error_string(m_archive))));
            return Next::Error;
        }
        if (++m_entries > m_limits.maximumEntries) {
            fail(tr("The package “%1” has more than %2 entries; it is refused.")
                     .arg(m_path)
                     .arg(m_limits.maximumEntries));
            return Next::Error;
        }
        const char *utf8 = archive_entry_pathname_utf8(entry);
        if (!utf8) {
            fail(tr("The package “%1” contains an entry whose name is not valid UTF-8.").arg(m_path));
            return Next::Error;
        }
        QString name = QString::fromUtf8(utf8);
        const bool folder = archive_entry_filetype(entry) == AE_IFDIR;
        if (folder && name.endsWith(QLatin1Char('/'))) {
            name.chop(1);
        }
        if (!checkName(name)) {
            return Next::Error;
        }
        if (archive_entry_hardlink(entry) || (!folder && archive_entry_filetype(entry) != AE_IFREG)) {
            fail(tr("The package “%1” contains an entry “%2” that is refused: %3")
                     .arg(m_path, name, tr("a link or a special file.")));
            return Next::Error;
        }
        if (archive_entry_is_encrypted(entry)) {
            fail(tr("The package “%1” contains an entry “%2” that is refused: %3")
                     .arg(m_path, name, tr("it is encrypted.")));
            return Next::Error;
        }
        if (folder) {
            continue;
        }
        m_name = name;
        m_size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        return Next::Entry;
    }
}

bool ZipReader::read(const Sink &sink)
{
    m_error.clear();
    qint64 expectedOffset = 0;
    for (;;) {
        const void *buffer = nullptr;
        size_t length = 0;
        la_int64_t offset = 0;
        const int status = archive_read_data_block(m_archive, &buffer, &length, &offset);
        if (status == ARCHIVE_EOF) {
            return true;
        }
        if (status != ARCHIVE_OK) {
            return fail(tr("The entry “%1” of the package “%2” is damaged: %3")
                            .arg(m_name, m_path, QString::fromUtf8(archive_error_string(m_archive))));
        }
        if (offset != expectedOffset) {
            return fail(tr("The entry “%1” of the package “%2” is damaged: its data has gaps.").arg(m_name, m_path));
        }
        expectedOffset += qint64(length);
        m_totalRead += qint64(length);
        if (m_totalRead > m_limits.maximumTotalBytes ||
            m_totalRead > qint64(m_limits.maximumRatio) * m_archiveSize + OneMiB) {
            return fail(tr("The package “%1” is refused: the entry “%2” expands to far more data than the package "
                           "holds (a decompression bomb).")
                            .arg(m_path, m_name));
        }
        if (length > 0 && !sink(static_cast<const char *>(buffer), qint64(length))) {
            if (m_error.isEmpty()) {
                m_error = tr("Reading the entry “%1” of the package “%2” was stopped.").arg(m_name, m_path);
            }
            return false;
        }
    }
}

bool ZipReader::readAll(QByteArray *data, qint64 limit)
{
    data->clear();
    return read([&](const char *block, qint64 length) {
        if (data->size() + length > limit) {
            m_error = tr("The entry “%1” of the package “%2” is larger than %3 bytes; it is refused.")
                          .arg(m_name, m_path)
                          .arg(limit);
            return false;
        }
        data->append(block, length);
        return true;
    });
}

} // namespace Minh::Core
