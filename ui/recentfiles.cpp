#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Minh::Gui {

namespace {

const QString Key = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(Key, files.mid(0, Maximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, files);
}

void RecentFiles::clear()
{
    QSettings().remove(Key);
}

} // namespace Minh::Gui
