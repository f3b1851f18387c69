#pragma once

#include <QMainWindow>

#include <functional>

class QComboBox;
class QTabWidget;
class QTreeView;

namespace Minh::Core {
class CriteriaTreeModel;
class SchoolDocument;
} // namespace Minh::Core

namespace Minh::Gui {

class CriteriaFilter;
class CriterionEvidenceView;
class CriterionPanel;
class CriterionTextsEditor;
class EvidenceRegisterView;
class ExtraRequirementsPanel;
class FrameworkInfoPanel;
class SchoolHeader;

// The main window: the open school at the top, its standards and criteria with computed levels on
// the left, the chosen criterion and the framework's provenance on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a school file; on failure the current file stays open and errorString() says why.
    [[nodiscard]] bool openFile(const QString &path);
    QString errorString() const { return m_error; }
    Core::SchoolDocument *document() const { return m_document; }
    // Asks whether to open a file read-only that is open for changes elsewhere. Replaceable so
    // that tests never block on a dialog.
    void setReadOnlyQuestion(std::function<bool(const QString &message)> question) { m_askReadOnly = std::move(question); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFile();
    void openDemo();
    void importFramework();
    void chooseLanguage(const QString &language);
    void showError(const QString &message);
    void selectionChanged();
    void updateTitle();
    void bindUndoStack();
    void fillMemberFilter();
    // Selects the criterion in the tree (clearing filters that hide it) and shows its page.
    void showCriterion(const QString &code);

    Core::SchoolDocument *m_document;
    Core::CriteriaTreeModel *m_model;
    SchoolHeader *m_header;
    QTreeView *m_tree;
    CriteriaFilter *m_filter;
    QComboBox *m_stateFilter;
    QComboBox *m_memberFilter;
    QTabWidget *m_tabs;
    CriterionPanel *m_criterion;
    CriterionTextsEditor *m_texts;
    CriterionEvidenceView *m_evidence;
    EvidenceRegisterView *m_register;
    ExtraRequirementsPanel *m_extra;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QMetaObject::Connection m_undoConnection;
    QMetaObject::Connection m_redoConnection;
    QMetaObject::Connection m_stackConnection;
    FrameworkInfoPanel *m_framework;
    QString m_error;
    std::function<bool(const QString &)> m_askReadOnly;
};

} // namespace Minh::Gui
