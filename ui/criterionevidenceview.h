#pragma once

#include <QHash>
#include <QIcon>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMimeData;
class QPushButton;

namespace Minh::Core {
class SchoolDocument;
class ThumbnailService;
struct EvidenceItem;
} // namespace Minh::Core

namespace Minh::Gui {

class EvidenceFileActions;
class EvidenceImportController;

// The evidence of one criterion on its page: the items that belong to it and those it cites, each
// with a thumbnail of its first file, code and title. Files dropped here (or chosen with "Add
// files…") become new items of the criterion. Double-click opens an item's files with the
// computer's own programs.
class CriterionEvidenceView : public QWidget
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &url)>;
    using Inform = std::function<void(const QString &message)>;
    using FileChooser = std::function<QStringList()>;

    explicit CriterionEvidenceView(QWidget *parent = nullptr);
    ~CriterionEvidenceView() override;

    void setDocument(Core::SchoolDocument *document);
    void showCriterion(const QString &code);
    // Adds files as new evidence of the criterion shown, in the background.
    void addFiles(const QStringList &paths);
    // Opens every file of the item through the opener.
    void openItem(const QString &code);
    // Deletes the selected own item, or unlinks the selected cited one (an undo step either way).
    void removeSelected();

    // Seams so that tests never launch programs or block on dialogs.
    void setOpener(Opener opener);
    void setInform(Inform inform);
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    EvidenceImportController *importer() const { return m_importer; }

Q_SIGNALS:
    // The user asked to see an item in the register.
    void showInRegisterRequested(const QString &code);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void requestThumbnail(const Core::EvidenceItem &item);
    void updateButtons();
    QString selectedCode() const;
    static QStringList localFiles(const QMimeData *mime);

    Core::SchoolDocument *m_document = nullptr;
    QString m_code;
    QLabel *m_heading;
    QLabel *m_hint;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_openButton;
    QPushButton *m_unlink;
    EvidenceImportController *m_importer;
    EvidenceFileActions *m_files;
    Core::ThumbnailService *m_thumbnails;
    QHash<QString, QIcon> m_icons; // drawn thumbnails by content hash, so a page shown again has them at once
    int m_generation = 0;          // thumbnails that arrive for an older page are dropped
    Inform m_inform;
    FileChooser m_chooseFiles;
};

} // namespace Minh::Gui
