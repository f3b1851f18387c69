#include "startup.h"

#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Minh::Gui {

QString Startup::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.minh");
}

bool Startup::ensureDemo(QString *error)
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("The folder “%1” cannot be created.").arg(QFileInfo(path).absolutePath());
        return false;
    }
    Core::FrameworkCatalog catalog;
    const auto *entry = catalog.find(QString::fromLatin1(DemoFramework));
    if (!entry) {
        *error = tr("The demo school's framework is missing from this build of Minh.");
        return false;
    }
    Core::SchoolDocument document;
    Core::DemoSchoolBuilder builder(entry->framework);
    if (!builder.create(path, &document)) {
        *error = builder.errorString();
        return false;
    }
    return true;
}

QString Startup::fileToOpen(const QStringList &arguments, QString *error)
{
    if (arguments.size() > 1) {
        return arguments.at(1);
    }
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        return last;
    }
    return ensureDemo(error) ? demoPath() : QString();
}

void Startup::rememberOpened(const QString &path)
{
    QSettings().setValue(QStringLiteral("lastFile"), QFileInfo(path).absoluteFilePath());
}

} // namespace Minh::Gui
