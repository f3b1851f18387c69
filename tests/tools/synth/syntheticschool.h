#pragma once

#include <QString>

// Builds a synthetic school file of a chosen size for benchmarks and scale tests (minh-synth):
// every criterion's and standard's texts written (citing the evidence), every indicator judged,
// a council and a plan, and `items` evidence items whose files total about `bytes`, of the
// realistic types and sizes of SyntheticFiles. Files are streamed from disk into the school file
// one at a time and deleted, so memory does not grow with the size asked for.
class SyntheticSchool
{
public:
    struct Spec
    {
        QString frameworkId = QStringLiteral("tt18-2018");
        int items = 2000;
        qint64 bytes = 4LL << 30;
        quint32 seed = 20261122;
    };

    [[nodiscard]] bool create(const QString &path, const Spec &spec);
    QString errorString() const { return m_error; }
    qint64 filesWritten() const { return m_files; }
    qint64 bytesWritten() const { return m_bytes; }

private:
    bool fail(const QString &message);
    bool checkCreated(const QString &path, const Spec &spec);

    QString m_error;
    qint64 m_files = 0;
    qint64 m_bytes = 0;
};
