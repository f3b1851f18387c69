#include "frameworkcatalog.h"

#include "frameworkparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Minh::Core {

FrameworkCatalog::FrameworkCatalog(const QString &userDirectory)
    : m_userDirectory(userDirectory.isEmpty() ? defaultUserDirectory() : userDirectory)
{
    load();
}

QString FrameworkCatalog::defaultUserDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/frameworks");
}

QStringList FrameworkCatalog::shippedResourcePaths()
{
    QStringList paths;
    const QStringList names = QDir(QStringLiteral(":/frameworks")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        paths.append(QStringLiteral(":/frameworks/") + name);
    }
    return paths;
}

const FrameworkCatalog::Entry *FrameworkCatalog::find(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.framework.id() == id) {
            return &e;
        }
    }
    return nullptr;
}

void FrameworkCatalog::addOrReplace(Entry entry)
{
    for (Entry &e : m_entries) {
        if (e.framework.id() == entry.framework.id()) {
            e = std::move(entry);
            return;
        }
    }
    m_entries.append(std::move(entry));
}

void FrameworkCatalog::load()
{
    for (const QString &path : shippedResourcePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        auto parsed = FrameworkParser::parse(file.readAll(), QFileInfo(path).fileName());
        // A shipped framework that does not parse is a build defect; the test suite checks them all.
        if (parsed) {
            addOrReplace({std::move(parsed).value(), Origin::Shipped, path});
        }
    }
    const QDir dir(m_userDirectory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_loadErrors.append(tr("The imported framework “%1” cannot be read: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        auto parsed = FrameworkParser::parse(file.read(FrameworkParser::MaximumSize + 1), file.fileName());
        if (!parsed) {
            m_loadErrors.append(parsed.error());
            continue;
        }
        addOrReplace({std::move(parsed).value(), Origin::Imported, file.fileName()});
    }
}

Result<Framework> FrameworkCatalog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Framework>::failure(tr("The framework file “%1” cannot be read: %2").arg(path, file.errorString()));
    }
    auto parsed = FrameworkParser::parse(file.read(FrameworkParser::MaximumSize + 1), path);
    if (!parsed) {
        return parsed;
    }
    if (!QDir().mkpath(m_userDirectory)) {
        return Result<Framework>::failure(tr("The folder “%1” cannot be created.").arg(m_userDirectory));
    }
    // The id was validated to be a safe file name, so the copy cannot land outside the folder.
    const QString target = QDir(m_userDirectory).filePath(parsed->id() + QStringLiteral(".json"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(parsed->source()) != parsed->source().size() || !out.commit()) {
        return Result<Framework>::failure(tr("The framework cannot be saved to “%1”: %2").arg(target, out.errorString()));
    }
    addOrReplace({parsed.value(), Origin::Imported, target});
    return parsed;
}

} // namespace Minh::Core
