#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTextStream>

#include <sys/resource.h>

// Shared by the benchmark programs: wall-clock timing, the reference tool run in the same
// conditions, peak memory, and the table every benchmark prints.
namespace BenchSupport {

inline double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs a shell command (the reference tool) and returns its wall-clock time, or -1 on failure.
inline double timeShell(const QString &command)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    shell.setStandardOutputFile(QProcess::nullDevice());
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        return -1;
    }
    return seconds(timer);
}

inline double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The process's I/O counters from /proc/self/io and its processor time: bytes and seconds of
// work, not of waiting, so they compare runs on a loaded machine. rchar/wchar count every byte
// handed to or from read()/write() and their p-variants, from the page cache or the disk alike (a
// warm cache cannot hide a scan); writeBytes is what the process made the kernel send to the disk.
// SQLite reads and writes with pread()/pwrite() and Minh does not turn on memory mapping, so
// nothing it does escapes them.
struct IoCounters
{
    qint64 rchar = 0;
    qint64 wchar = 0;
    qint64 writeBytes = 0;
    double userSeconds = 0;
    double systemSeconds = 0;

    // Of the whole process.
    static IoCounters now() { return read(QStringLiteral("/proc/self/io"), RUSAGE_SELF); }
    // Of the calling thread alone: what the window's own thread read, without its workers.
    static IoCounters ofThisThread() { return read(QStringLiteral("/proc/thread-self/io"), RUSAGE_THREAD); }

    static IoCounters read(const QString &ioFile, int who)
    {
        IoCounters counters;
        rusage usage{};
        getrusage(who, &usage);
        counters.userSeconds = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
        counters.systemSeconds = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
        QFile io(ioFile);
        if (!io.open(QIODevice::ReadOnly)) {
            return {-1, -1, -1, -1, -1};
        }
        for (const QByteArray &line : io.readAll().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon);
            const qint64 value = line.mid(colon + 1).trimmed().toLongLong();
            if (name == "rchar") {
                counters.rchar = value;
            } else if (name == "wchar") {
                counters.wchar = value;
            } else if (name == "write_bytes") {
                counters.writeBytes = value;
            }
        }
        return counters;
    }

    IoCounters operator-(const IoCounters &before) const
    {
        return {rchar - before.rchar, wchar - before.wchar, writeBytes - before.writeBytes,
                userSeconds - before.userSeconds, systemSeconds - before.systemSeconds};
    }
};

struct Row
{
    QString operation;
    double minh = 0;
    QString reference;
    double referenceSeconds = 0;
    double target = 0; // highest acceptable ratio
    double peakMb = 0;
};

inline bool printTable(const QList<Row> &rows)
{
    QTextStream out(stdout);
    bool allMet = true;
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7\n")
               .arg(QStringLiteral("operation"), -22)
               .arg(QStringLiteral("Minh s"), 8)
               .arg(QStringLiteral("reference"), -28)
               .arg(QStringLiteral("ref s"), 8)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("target"), 7)
               .arg(QStringLiteral("peak MB"), 8);
    for (const Row &r : rows) {
        const double ratio = r.referenceSeconds > 0 ? r.minh / r.referenceSeconds : -1;
        const bool met = ratio >= 0 && ratio <= r.target;
        allMet = allMet && met;
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 %8\n")
                   .arg(r.operation, -22)
                   .arg(r.minh, 8, 'f', 2)
                   .arg(r.reference, -28)
                   .arg(r.referenceSeconds, 8, 'f', 2)
                   .arg(ratio, 6, 'f', 2)
                   .arg(QStringLiteral("≤ %1").arg(r.target, 0, 'f', 1), 7)
                   .arg(r.peakMb, 8, 'f', 0)
                   .arg(met ? QStringLiteral("met") : QStringLiteral("NOT MET"));
    }
    return allMet;
}

} // namespace BenchSupport
