#include "councilview.h"
#include "criteriafilter.h"
#include "criteriontextseditor.h"
#include "extrarequirementspanel.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"
#include "mainwindow.h"
#include "models/criteriatreemodel.h"
#include "newschoolwizard.h"
#include "overviewview.h"
#include "planview.h"
#include "recentfiles.h"
#include "search/searchindex.h"
#include "searchview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

// The workbench's views around the criterion page (overview, plan, council, search), the new
// school wizard, recent files and the remembered layout: kept apart from mainwindow.cpp so that
// each file stays readable.
namespace Minh::Gui {

void MainWindow::flushEditors()
{
    m_texts->flush();
    m_extra->textsEditor()->flush();
    m_planView->flush();
}

// Ctrl+1…Ctrl+9 switch views in the order of the tabs, whatever tabs the framework adds.
void MainWindow::addViewActions(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        for (int i = 0; i < m_tabs->count(); ++i) {
            QAction *action = menu->addAction(m_tabs->tabText(i));
            action->setShortcut(i < 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)) : QKeySequence());
            connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        }
    });
    // Shortcuts must work before the menu was ever opened, so they live on the window too.
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("viewAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count()) {
                m_tabs->setCurrentIndex(i);
            }
        });
        addAction(action);
    }
}

void MainWindow::selectCriterion(const QString &code)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int s = 0; s < m_filter->rowCount(); ++s) {
            const QModelIndex standard = m_filter->index(s, 0);
            for (int c = 0; c < m_filter->rowCount(standard); ++c) {
                const QModelIndex criterion = m_filter->index(c, 0, standard);
                if (criterion.data(Core::CriteriaTreeModel::CodeRole).toString() == code) {
                    m_tree->setCurrentIndex(criterion);
                    m_tree->scrollTo(criterion);
                    m_tabs->setCurrentIndex(0);
                    return;
                }
            }
        }
        // Hidden by a filter: show everything and look again.
        m_stateFilter->setCurrentIndex(0);
        m_memberFilter->setCurrentIndex(0);
    }
}

void MainWindow::showSearchHit(const Core::SearchHit &hit)
{
    switch (hit.kind) {
    case Core::SearchHit::Kind::Plan:
        m_tabs->setCurrentWidget(m_planView);
        m_planView->selectItem(hit.key.toLongLong());
        return;
    case Core::SearchHit::Kind::Council:
        m_tabs->setCurrentWidget(m_councilView);
        m_councilView->selectMember(hit.key.toLongLong());
        return;
    case Core::SearchHit::Kind::ExtraRequirement:
        m_tabs->setCurrentWidget(m_extra);
        m_extra->showRequirement(hit.key.toInt());
        return;
    case Core::SearchHit::Kind::Criterion:
    case Core::SearchHit::Kind::Standard:
    case Core::SearchHit::Kind::Evidence:
        // An evidence item is shown with the criterion it belongs to.
        if (!hit.criterion.isEmpty()) {
            selectCriterion(hit.criterion);
        }
        return;
    }
}

void MainWindow::newSchool()
{
    NewSchoolWizard wizard(this);
    if (wizard.exec() == QDialog::Accepted && !openFile(wizard.createdPath())) {
        showError(m_error);
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QFileInfo info(files.at(i));
        // "&1 name.minh — folder": the number is the keyboard accelerator.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        const QString path = files.at(i);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No school file opened yet"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this, [] { RecentFiles::clear(); });
}

void MainWindow::openRecent(const QString &path)
{
    if (!openFile(path)) {
        // A file that moved or was deleted leaves the list; a damaged one stays, to be tried again.
        if (!QFileInfo::exists(path)) {
            RecentFiles::remove(path);
        }
        showError(m_error);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(QStringLiteral("window/splitters/") + splitter->objectName(), splitter->saveState());
        }
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 720);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray state =
            settings.value(QStringLiteral("window/splitters/") + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty()) {
            splitter->restoreState(state);
        }
    }
}

} // namespace Minh::Gui
