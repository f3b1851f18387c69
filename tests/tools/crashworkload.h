#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

// The evidence files the crash harness has minh-edit-driver import: file n has a size and content
// that depend only on n, so that the harness can check, after a kill, that what the school file
// holds for import n is exactly file n without keeping a copy of it.
namespace CrashWorkload {

inline QByteArray importContent(int n)
{
    QRandomGenerator random(quint32(n) * 2654435761u);
    // 64 KiB to 3 MiB: several of the store's 1 MiB chunks for most files, so kills land mid-file.
    const qsizetype size = 64 * 1024 + random.bounded(3 * 1024 * 1024 - 64 * 1024);
    QByteArray content(size, '\0'); // zeroed: fillRange leaves the last size % 4 bytes alone
    random.fillRange(reinterpret_cast<quint32 *>(content.data()), size / 4);
    return content;
}

inline QString importTitle(int n)
{
    return QStringLiteral("import %1").arg(n);
}

inline QString importSha256(int n)
{
    return QString::fromLatin1(QCryptographicHash::hash(importContent(n), QCryptographicHash::Sha256).toHex());
}

inline bool writeImportFile(const QString &path, int n)
{
    QFile file(path);
    const QByteArray content = importContent(n);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace CrashWorkload
