#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

// Writes evidence-like files of realistic types and sizes for minh-synth: structurally valid PDF,
// JPEG and PNG envelopes (header, one large data section, trailer) filled with incompressible
// random bytes, streamed 1 MiB at a time from a fixed random pool so that a file of any size costs
// no more memory than the pool.
class SyntheticFiles
{
public:
    enum class Kind
    {
        ScanPdf,   // a scanned decision or minutes: 100 KB – 3 MB
        Photo,     // a JPEG photo of an activity: 200 KB – 4 MB
        Chart,     // a PNG chart or screenshot: 30 KB – 800 KB
        Video      // an MP4 recording of a lesson: 20 – 120 MB (about 1 item in 200)
    };

    explicit SyntheticFiles(quint32 seed);

    // The kind of the next file, drawn with the mix above.
    Kind nextKind();
    // A size for `kind`, drawn from its range.
    qint64 nextSize(Kind kind);
    static QString extension(Kind kind);

    // Writes a file of `kind` and exactly `size` bytes (at least the envelope) at `path`.
    [[nodiscard]] bool write(const QString &path, Kind kind, qint64 size);

private:
    bool writeRandom(class QIODevice *out, qint64 size);

    QRandomGenerator m_random;
    QByteArray m_pool;
};
