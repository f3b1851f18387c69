#pragma once

#include <QStringList>

namespace Minh::Gui {

// The school files opened lately, newest first, kept in the user's settings for File ▸ Open
// recent.
class RecentFiles
{
public:
    static constexpr int Maximum = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace Minh::Gui
