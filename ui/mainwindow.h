#pragma once

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTreeView;

namespace Minh::Core {
class CriteriaTreeModel;
class SchoolDocument;
struct SearchHit;
} // namespace Minh::Core

namespace Minh::Gui {

class CriteriaFilter;
class CriterionEvidenceView;
class CriterionPanel;
class CouncilView;
class CriterionTextsEditor;
class EvidenceRegisterView;
class OverviewView;
class PlanView;
class RecoveryProgress;
class SearchView;
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
    // Shows an error to the user; replaceable so that tests never block on a message box.
    void setErrorPresenter(std::function<void(const QString &message)> present) { m_presentError = std::move(present); }
    // Shows the criterion's page, clearing the tree's filters if they hide it.
    void selectCriterion(const QString &code);

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
    void newSchool();
    void fillRecentMenu();
    void openRecent(const QString &path);
    void flushEditors();
    void addViewActions(QMenu *menu);
    void showSearchHit(const Core::SearchHit &hit);
    void saveLayout();
    void restoreLayout();

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
    OverviewView *m_overview;
    PlanView *m_planView;
    CouncilView *m_councilView;
    SearchView *m_search;
    QLineEdit *m_searchBox;
    QMenu *m_recentMenu = nullptr;
    RecoveryProgress *m_recovery;
    QString m_error;
    std::function<bool(const QString &)> m_askReadOnly;
    std::function<void(const QString &)> m_presentError;
};

} // namespace Minh::Gui
