#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Minh::Core {
class EvidenceRegisterModel;
class SchoolDocument;
} // namespace Minh::Core

namespace Minh::Gui {

class EvidenceFileActions;
class EvidenceHealthPanel;
class EvidenceRegisterFilter;

// The evidence register: every item of the school in a sortable table filtered as you type,
// metadata edited in place (each edit an undo step), files opened or copied to a folder, and the
// health check below it.
class EvidenceRegisterView : public QWidget
{
    Q_OBJECT

public:
    using FolderChooser = std::function<QString()>;

    explicit EvidenceRegisterView(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    // Shows and selects the item, clearing a filter that hides it.
    void selectItem(const QString &code);
    QStringList selectedCodes() const;
    void extractSelected();

    EvidenceFileActions *fileActions() const { return m_files; }
    EvidenceHealthPanel *healthPanel() const { return m_health; }
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

Q_SIGNALS:
    void criterionRequested(const QString &criterion);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    Core::SchoolDocument *m_document = nullptr;
    Core::EvidenceRegisterModel *m_model;
    EvidenceRegisterFilter *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_extract;
    EvidenceHealthPanel *m_health;
    EvidenceFileActions *m_files;
    FolderChooser m_chooseFolder;
};

} // namespace Minh::Gui
