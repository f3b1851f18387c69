#include "mainwindow.h"

#include "criteriafilter.h"
#include "criterionevidenceview.h"
#include "councilview.h"
#include "criterionpanel.h"
#include "evidenceimportcontroller.h"
#include "criteriontextseditor.h"
#include "dossierdialog.h"
#include "exportdialog.h"
#include "evidenceregisterview.h"
#include "documentsmenu.h"
#include "extrarequirementspanel.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"
#include "localization.h"
#include "frameworkinfopanel.h"
#include "models/criteriatreemodel.h"
#include "models/criterionprogress.h"
#include "report/dossierdocuments.h"
#include "schooldatadialog.h"
#include "newschoolwizard.h"
#include "overviewview.h"
#include "planview.h"
#include "recentfiles.h"
#include "recoveryprogress.h"
#include "searchview.h"
#include "schoolheader.h"
#include "startup.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMap>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Minh::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Core::SchoolDocument(this))
    , m_model(new Core::CriteriaTreeModel(this))
    , m_header(new SchoolHeader(this))
    , m_tree(new QTreeView(this))
    , m_filter(new CriteriaFilter(this))
    , m_stateFilter(new QComboBox(this))
    , m_memberFilter(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_criterion(new CriterionPanel(this))
    , m_texts(new CriterionTextsEditor(this))
    , m_evidence(new CriterionEvidenceView(this))
    , m_register(new EvidenceRegisterView(this))
    , m_extra(new ExtraRequirementsPanel(this))
    , m_framework(new FrameworkInfoPanel(this))
    , m_overview(new OverviewView(this))
    , m_planView(new PlanView(this))
    , m_councilView(new CouncilView(this))
    , m_search(new SearchView(this))
    , m_searchBox(new QLineEdit(this))
    , m_recovery(new RecoveryProgress(this, [this](const QString &message) { showError(message); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_askReadOnly = [this](const QString &message) {
        return QMessageBox::question(this, tr("Minh"), message, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
    };
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_memberFilter->setObjectName(QStringLiteral("memberFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (auto state : {Core::CriterionProgress::State::NotStarted, Core::CriterionProgress::State::InProgress,
                       Core::CriterionProgress::State::EvidenceMissing, Core::CriterionProgress::State::Complete}) {
        m_stateFilter->addItem(Core::CriterionProgress::name(state), int(state));
    }
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(m_stateFilter->currentData().toInt());
        m_tree->expandAll();
    });
    connect(m_memberFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMembers(m_memberFilter->currentData().toStringList());
        m_tree->expandAll();
    });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Core::CriteriaTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Core::CriteriaTreeModel::LevelColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Core::CriteriaTreeModel::StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Core::CriteriaTreeModel::AssigneeColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(Core::CriteriaTreeModel::AssigneeColumn, 130);

    auto *textsArea = new QScrollArea(this);
    textsArea->setWidget(m_texts);
    textsArea->setWidgetResizable(true);
    textsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the editors wrap their lines
    auto *criterionPage = new QSplitter(Qt::Vertical, this);
    criterionPage->setObjectName(QStringLiteral("criterionPage"));
    criterionPage->addWidget(m_criterion);
    criterionPage->addWidget(textsArea);
    criterionPage->addWidget(m_evidence);
    // Indicators and writing share most of the page, evidence the rest; the dividers can be dragged.
    criterionPage->setSizes({290, 230, 190});
    m_tabs->addTab(criterionPage, tr("Criterion"));
    m_tabs->addTab(m_register, tr("Evidence register"));
    connect(m_register, &EvidenceRegisterView::criterionRequested, this, &MainWindow::selectCriterion);
    connect(m_texts, &CriterionTextsEditor::citationActivated, m_evidence, &CriterionEvidenceView::openItem);
    connect(m_evidence->importer(), &EvidenceImportController::starting, m_texts, &CriterionTextsEditor::flush);
    m_extra->hide(); // shown as a tab only for frameworks that have extra requirements
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_planView, tr("Improvement plan"));
    m_tabs->addTab(m_councilView, tr("Council"));
    m_tabs->addTab(m_search, tr("Search"));
    m_tabs->addTab(m_framework, tr("Framework and sources"));
    connect(m_overview, &OverviewView::criterionActivated, this, &MainWindow::selectCriterion);
    connect(m_search, &SearchView::hitActivated, this, &MainWindow::showSearchHit);

    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search texts, evidence, plan and council (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(420);
    connect(m_searchBox, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_search->setQuery(text);
        m_tabs->setCurrentWidget(m_search);
    });
    // In the menu bar's corner rather than a toolbar of its own: a 768-pixel screen has no row to spare.
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 1, 6, 1);
    m_searchBox->setMinimumWidth(340);
    cornerLayout->addWidget(m_searchBox);
    menuBar()->setCornerWidget(corner, Qt::TopRightCorner);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateFilter, 1);
    filters->addWidget(m_memberFilter, 1);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newSchool = file->addAction(tr("&New school…"), this, &MainWindow::newSchool);
    newSchool->setObjectName(QStringLiteral("newSchoolAction"));
    newSchool->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(tr("Open the &demo school"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Import a framework file…"), this, &MainWindow::importFramework);
    file->addSeparator();
    // The signed dossier: each dialog is self-contained (its own file fields, background job).
    QAction *exportDossier = file->addAction(tr("&Export the signed dossier…"), this, [this] {
        if (m_document->isOpen()) {
            auto *dialog = new ExportDialog(m_document, this);
            dialog->setDocuments(Core::DossierDocuments::forSchoolFile(m_document->path()), &Core::DossierDocuments::hooks);
            connect(dialog, &ExportDialog::findingActivated, this,
                    [this](Core::CompletenessFinding::Place place, const QString &where) {
                        using Place = Core::CompletenessFinding::Place;
                        if (place == Place::Criterion) {
                            selectCriterion(where);
                        } else if (place == Place::Evidence) {
                            m_tabs->setCurrentWidget(m_register);
                            m_register->selectItem(where);
                        } else if (place == Place::Council) {
                            m_tabs->setCurrentWidget(m_councilView);
                        }
                    });
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    exportDossier->setObjectName(QStringLiteral("exportDossierAction"));
    file->addAction(tr("Open a &received dossier…"), this, [this] {
            auto *dialog = new DossierDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        })->setObjectName(QStringLiteral("openDossierAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addSeparator();
    edit->addAction(tr("School &data for printed documents…"), this, [this] {
        if (m_document->isOpen()) {
            auto *dialog = new SchoolDataDialog(m_document, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    })->setObjectName(QStringLiteral("schoolDataAction"));

    menuBar()->addMenu(new DocumentsMenu([this] { return m_document; }, this));
    QAction *find = edit->addAction(tr("&Search…"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });

    addViewActions(menuBar()->addMenu(tr("&View")));

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    // Language names are shown in their own language, so they are not translated.
    language->addAction(QStringLiteral("Tiếng Việt"), this, [this] { chooseLanguage(QStringLiteral("vi")); });
    language->addAction(QStringLiteral("English"), this, [this] { chooseLanguage(QStringLiteral("en")); });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);

    restoreLayout();
    if (!QSettings().contains(QStringLiteral("window/splitters/") + splitter->objectName())) {
        // Two fifths for the tree, so that criterion titles stay readable on a 1366-pixel screen.
        splitter->setSizes({width() * 2 / 5, width() * 3 / 5});
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The document (a child) empties its undo stack when it is destroyed, after the menus are
    // gone; nothing may update the Undo and Redo actions then.
    disconnect(m_stackConnection);
}

bool MainWindow::openFile(const QString &path)
{
    flushEditors();
    if (m_document->isOpen() && QFileInfo(path).canonicalFilePath() == QFileInfo(m_document->path()).canonicalFilePath()) {
        return true; // already open here; a second opening would meet this window's own lock
    }
    auto *next = new Core::SchoolDocument(this);
    if (!next->open(path)) {
        const bool readOnlyInstead = next->isLockedElsewhere()
                                     && m_askReadOnly(next->errorString() + QLatin1Char('\n') + tr("Open it read-only?"))
                                     && next->open(path, Core::SchoolFile::Access::ReadOnly);
        if (!readOnlyInstead) {
            m_error = next->errorString();
            delete next;
            return false;
        }
    }
    // Every view lets go of the old document before it is deleted.
    Core::SchoolDocument *previous = std::exchange(m_document, next);
    m_model->setDocument(m_document);
    m_header->setDocument(m_document);
    m_criterion->setDocument(m_document);
    m_texts->setDocument(m_document);
    m_evidence->setDocument(m_document);
    m_register->setDocument(m_document);
    m_extra->setDocument(m_document);
    m_overview->setDocument(m_document);
    m_planView->setDocument(m_document);
    m_councilView->setDocument(m_document);
    m_search->setDocument(m_document);
    m_recovery->setDocument(m_document);
    bindUndoStack();
    delete previous;
    // The tab exists only for frameworks that have such requirements; its title is framework data.
    const int extraTab = m_tabs->indexOf(m_extra);
    const Core::ExtraRequirements &extra = m_document->framework().extraRequirements();
    if (extra.isEmpty() && extraTab >= 0) {
        m_tabs->removeTab(extraTab);
        m_extra->hide();
    } else if (!extra.isEmpty() && extraTab < 0) {
        m_tabs->insertTab(1, m_extra, extra.title);
    } else if (!extra.isEmpty()) {
        m_tabs->setTabText(extraTab, extra.title);
    }
    m_framework->showFramework(m_document->framework());
    fillMemberFilter();
    connect(m_document, &Core::SchoolDocument::recordsChanged, this, &MainWindow::fillMemberFilter);
    m_tree->expandAll();
    const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
    m_tree->setCurrentIndex(first);
    statusBar()->showMessage(m_document->isReadOnly()
                                 ? (m_document->readOnlyReason().isEmpty() ? tr("Open read-only: changes cannot be saved.")
                                                                           : m_document->readOnlyReason())
                                 : QString());
    Startup::rememberOpened(path);
    RecentFiles::add(path);
    updateTitle();
    return true;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a school file"), QString(),
                                                      tr("Minh school files (*.minh);;All files (*)"));
    if (!path.isEmpty() && !openFile(path)) {
        showError(m_error);
    }
}

void MainWindow::openDemo()
{
    QString error;
    if (!Startup::ensureDemo(&error) || !openFile(Startup::demoPath())) {
        showError(error.isEmpty() ? m_error : error);
    }
}

void MainWindow::importFramework()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a framework file"), QString(),
                                                      tr("Framework files (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    Core::FrameworkCatalog catalog;
    const auto imported = catalog.importFile(path);
    if (!imported) {
        showError(imported.error());
        return;
    }
    QMessageBox::information(this, tr("Minh"),
                             tr("The framework %1 (%2) can now be used for new assessments. Existing school files keep "
                                "the framework they were made with.")
                                 .arg(imported->circular(), imported->id()));
}

void MainWindow::chooseLanguage(const QString &language)
{
    Core::Localization::setLanguage(language);
    QMessageBox::information(this, tr("Minh"), tr("The new language is used from the next start of Minh."));
}

void MainWindow::showError(const QString &message)
{
    if (m_presentError) {
        m_presentError(message);
        return;
    }
    QMessageBox::warning(this, tr("Minh"), message);
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && !current.data(Core::CriteriaTreeModel::IsStandardRole).toBool()) {
        const QString code = current.data(Core::CriteriaTreeModel::CodeRole).toString();
        m_criterion->showCriterion(code);
        m_texts->showCriterion(code);
        m_evidence->showCriterion(code);
        m_planView->setCurrentCriterion(code);
        // In the plan, choosing a criterion picks it for the next row instead of leaving the plan.
        if (m_tabs->currentWidget() != m_planView) {
            m_tabs->setCurrentIndex(0);
        }
    }
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Minh"));
        return;
    }
    setWindowTitle(tr("%1 — %2 — Minh").arg(m_document->school().name, QFileInfo(m_document->path()).fileName()));
}

void MainWindow::fillMemberFilter()
{
    const QVariant current = m_memberFilter->currentData();
    const QSignalBlocker blocker(m_memberFilter);
    m_memberFilter->clear();
    m_memberFilter->addItem(tr("Everyone"), QStringList());
    // Working groups first (a group's criteria are those its members write), then each member.
    QMap<QString, QStringList> groups;
    for (const Core::CouncilMember &member : m_document->council()) {
        if (!member.criteria.isEmpty() && !member.workingGroup.trimmed().isEmpty()) {
            groups[member.workingGroup.trimmed()].append(member.fullName);
        }
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        m_memberFilter->addItem(tr("%1 (whole working group)").arg(it.key()), it.value());
    }
    for (const Core::CouncilMember &member : m_document->council()) {
        if (!member.criteria.isEmpty()) {
            m_memberFilter->addItem(member.fullName, QStringList{member.fullName});
        }
    }
    m_memberFilter->setCurrentIndex(std::max(0, m_memberFilter->findData(current)));
}

void MainWindow::bindUndoStack()
{
    QUndoStack *stack = m_document->undoStack();
    // Typing not yet saved becomes its own undo step before Undo runs, so nothing typed is lost.
    disconnect(m_undoConnection);
    disconnect(m_redoConnection);
    m_undoConnection = connect(m_undo, &QAction::triggered, stack, [this, stack] {
        flushEditors();
        stack->undo();
    });
    m_redoConnection = connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    const auto update = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    // Only the current stack may drive the actions: the previous one still signals while it is emptied.
    disconnect(m_stackConnection);
    m_stackConnection = connect(stack, &QUndoStack::indexChanged, this, update);
    update();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    flushEditors();
    saveLayout();
    event->accept();
}

} // namespace Minh::Gui
