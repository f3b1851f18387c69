#pragma once

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

// Runs the real minh-cli for the command-line tests, with its home and data folders inside the
// test's own folder, so nothing reaches the user's real folders and tests do not see each other.
namespace CliSupport {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun run(const QString &home, const QString &dataHome, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(home).filePath(QStringLiteral("xdg-cache")));
    env.insert(QStringLiteral("MINH_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(MINH_CLI), arguments);
    process.closeWriteChannel();
    // A generous bound so that a hung command fails with a message instead of ctest's timeout.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("minh-cli did not finish: ") + process.errorString()};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit) {
        return {-1, out, QStringLiteral("minh-cli crashed: ") + err};
    }
    return {process.exitCode(), out, err};
}

// Success, with the command's complaint in the test log when it is not.
inline bool ok(const CliRun &run)
{
    if (run.exitCode != 0) {
        qWarning().noquote() << "minh-cli exited with" << run.exitCode << ":" << run.err;
    }
    return run.exitCode == 0;
}

// Bad usage or bad input: exit status 2, nothing on standard output, and a message on standard
// error that names everything in `mentions`.
inline bool rejected(const CliRun &run, const QStringList &mentions)
{
    const bool named =
        std::all_of(mentions.cbegin(), mentions.cend(), [&](const QString &m) { return run.err.contains(m); });
    if (run.exitCode != 2 || !run.out.isEmpty() || !named) {
        qWarning().noquote() << "expected a rejection naming" << mentions << "but minh-cli exited with" << run.exitCode
                             << "\nstdout:" << run.out << "\nstderr:" << run.err;
        return false;
    }
    return true;
}

} // namespace CliSupport
