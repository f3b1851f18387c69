#pragma once

#include "framework.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Minh::Core {

// The frameworks Minh knows: those shipped as resources, and those the user imported into the
// application data folder. An imported framework with the id of a shipped one supersedes it for
// new assessments; existing school files keep the copy they were made with.
class FrameworkCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::FrameworkCatalog)

public:
    enum class Origin
    {
        Shipped,
        Imported
    };

    struct Entry
    {
        Framework framework;
        Origin origin = Origin::Shipped;
        QString path;
    };

    // `userDirectory` holds imported frameworks; empty means the application data folder.
    explicit FrameworkCatalog(const QString &userDirectory = QString());

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &id) const;

    // Problems with imported files found while loading; they are skipped, never fatal.
    QStringList loadErrors() const { return m_loadErrors; }

    // Validates the file and copies it into the user folder. The old import of the same id, if
    // any, is replaced only once the new file is known to be valid.
    Result<Framework> importFile(const QString &path);

    QString userDirectory() const { return m_userDirectory; }
    static QString defaultUserDirectory();
    static QStringList shippedResourcePaths();

private:
    void load();
    void addOrReplace(Entry entry);

    QString m_userDirectory;
    QList<Entry> m_entries;
    QStringList m_loadErrors;
};

} // namespace Minh::Core
