#pragma once

#include <QMenu>

#include <functional>

namespace Minh::Core {
class SchoolDocument;
struct PrintedDocument;
}

namespace Minh::Gui {

// "Documents": for the report, the plan and every form, print, print preview and save as PDF or
// ODT. Print and preview paint through the same renderer as the PDF. Files are written in the
// background with progress and cancel; a cancelled or failed file leaves nothing behind.
class DocumentsMenu : public QMenu
{
    Q_OBJECT

public:
    using CurrentDocument = std::function<Core::SchoolDocument *()>;
    // Seam for tests: chooses the file to write (default: a save dialog).
    using FileChooser = std::function<QString(const QString &suggested, const QString &filter)>;

    DocumentsMenu(CurrentDocument current, QWidget *parent);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Builds and writes `name` to `path` in the background; returns at once.
    void saveTo(const QString &name, const QString &path);

Q_SIGNALS:
    void fileWritten(const QString &path);
    void writeFailed(const QString &message);

private:
    bool build(const QString &name, Core::PrintedDocument *printed);
    void save(const QString &name, const QString &suffix);
    void print(const QString &name);
    void preview(const QString &name);

    CurrentDocument m_current;
    FileChooser m_chooseFile;
};

} // namespace Minh::Gui
