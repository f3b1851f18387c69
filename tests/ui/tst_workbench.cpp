#include "../testsupport.h"
#include "document/schooldocument.h"
#include "mainwindow.h"
#include "models/councilmodel.h"
#include "models/criteriatreemodel.h"
#include "models/plantablemodel.h"
#include "newschoolwizard.h"
#include "planview.h"
#include "recentfiles.h"
#include "startup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Minh;

// Drives the workbench's views (plan, council, overview, search, new school) in the real main
// window offscreen, by objectName. Set MINH_SCREENSHOT_DIR to keep PNGs at 1366×768.
class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plan_addEditUndoRedo();
    void plan_overdueActionsStandOut();
    void council_addMemberAndAssign_treeFollows();
    void overview_whatIfChangesLevelButNotFile();
    void overview_reasonLinkJumpsToCriterion();
    void search_ducFindsDucAndJumps();
    void shortcuts_switchViewsAndFocusSearch();
    void wizard_createsSchoolFile();
    void recentFiles_openAndExplainBadOnes();
    void layout_isRemembered();

private:
    void screenshot(QWidget *widget, const QString &name);
    template <typename T> T *child(const char *name)
    {
        auto *found = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no child %s", name);
        }
        return found;
    }
    QTabWidget *tabs() { return child<QTabWidget>("mainTabs"); }
    QModelIndex treeIndexOf(const QString &code, int column = 0);

    QTemporaryDir m_files;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->resize(1366, 768);
    QString error;
    QVERIFY2(Gui::Startup::ensureDemo(&error), qPrintable(error));
    QVERIFY2(m_window->openFile(Gui::Startup::demoPath()), qPrintable(m_window->errorString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkbench::cleanupTestCase()
{
    m_window.reset();
}

void TestWorkbench::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MINH_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }
}

QModelIndex TestWorkbench::treeIndexOf(const QString &code, int column)
{
    auto *tree = child<QTreeView>("criteriaTree");
    QAbstractItemModel *model = tree->model();
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex standard = model->index(s, 0);
        for (int c = 0; c < model->rowCount(standard); ++c) {
            if (model->index(c, 0, standard).data(Core::CriteriaTreeModel::CodeRole).toString() == code) {
                return model->index(c, column, standard);
            }
        }
    }
    return {};
}

void TestWorkbench::plan_addEditUndoRedo()
{
    Core::SchoolDocument *doc = m_window->document();
    child<QTreeView>("criteriaTree")->setCurrentIndex(treeIndexOf(QStringLiteral("3.2")));
    tabs()->setCurrentWidget(child<QWidget>("planView"));
    auto *table = child<QTableView>("planTable");
    const int before = table->model()->rowCount();
    QCOMPARE(before, int(doc->plan().size()));
    QVERIFY(before > 0); // the demo has a plan

    table->setCurrentIndex(table->model()->index(before - 1, Core::PlanTableModel::ContentColumn));
    QTest::mouseClick(child<QPushButton>("planAddRow"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), before + 1);
    QCOMPARE(table->currentIndex().row(), before);
    QCOMPARE(table->model()->index(before, Core::PlanTableModel::CriterionColumn).data().toString(),
             QStringLiteral("3.2"));
    QCOMPARE(doc->plan().last().criterionCode, QStringLiteral("3.2"));

    // The goal box has the focus, ready for typing; typing is saved after a pause.
    auto *goal = child<QPlainTextEdit>("planField_2");
    QCOMPARE(QApplication::focusWidget(), goal);
    QTest::keyClicks(goal, QStringLiteral("Tang cuong thu vien"));
    QTRY_COMPARE(doc->plan().last().goal, QStringLiteral("Tang cuong thu vien"));
    QCOMPARE(table->model()->index(before, Core::PlanTableModel::GoalColumn).data().toString(),
             QStringLiteral("Tang cuong thu vien"));
    screenshot(m_window.get(), QStringLiteral("workbench-plan.png"));

    auto *undo = child<QAction>("undoAction");
    auto *redo = child<QAction>("redoAction");
    QVERIFY(undo->text().contains(QStringLiteral("Plan: Goal")));
    undo->trigger();
    QCOMPARE(doc->plan().last().goal, QString());
    QCOMPARE(goal->toPlainText(), QString());
    undo->trigger();
    QCOMPARE(table->model()->rowCount(), before);
    redo->trigger();
    redo->trigger();
    QCOMPARE(table->model()->rowCount(), before + 1);
    QCOMPARE(doc->plan().last().goal, QStringLiteral("Tang cuong thu vien"));

    // Reordering: the new row moves up, and undo puts it back.
    table->setCurrentIndex(table->model()->index(before, Core::PlanTableModel::ContentColumn));
    QTest::mouseClick(child<QPushButton>("planMoveUp"), Qt::LeftButton);
    QCOMPARE(doc->plan().at(before - 1).goal, QStringLiteral("Tang cuong thu vien"));
    undo->trigger();
    QCOMPARE(doc->plan().last().goal, QStringLiteral("Tang cuong thu vien"));
    // Removing it leaves the demo plan as it was.
    table->setCurrentIndex(table->model()->index(before, Core::PlanTableModel::ContentColumn));
    QTest::mouseClick(child<QPushButton>("planRemoveRow"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), before);
}

void TestWorkbench::plan_overdueActionsStandOut()
{
    auto *view = child<Gui::PlanView>("planView");
    tabs()->setCurrentWidget(view);
    const QDate firstDeadline = m_window->document()->plan().first().deadline;
    QVERIFY(firstDeadline.isValid()); // the demo gives its plan deadlines
    view->model()->setToday(firstDeadline.addDays(1));
    auto *summary = child<QLabel>("planSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("1 action")), qPrintable(summary->text()));
    QVERIFY(view->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!view->model()->index(1, 0).data(Qt::BackgroundRole).isValid());
    auto *table = child<QTableView>("planTable");
    table->setCurrentIndex(view->model()->index(1, Core::PlanTableModel::ContentColumn)); // the red row stays visible
    screenshot(m_window.get(), QStringLiteral("workbench-plan-overdue.png"));
    view->model()->setToday(QDate::currentDate());
}

void TestWorkbench::council_addMemberAndAssign_treeFollows()
{
    Core::SchoolDocument *doc = m_window->document();
    tabs()->setCurrentWidget(child<QWidget>("councilView"));
    auto *table = child<QTableView>("councilTable");
    const int before = table->model()->rowCount();
    QTest::mouseClick(child<QPushButton>("councilAddMember"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), before + 1);
    // The new member's name is open for typing at once.
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("Ngo Van Duc"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(doc->council().last().fullName,
                 QStringLiteral("Ngo Van Duc")); // the delegate commits on the next pass

    const QModelIndex assignee = treeIndexOf(QStringLiteral("2.1"), Core::CriteriaTreeModel::AssigneeColumn);
    QVERIFY(!assignee.data().toString().contains(QStringLiteral("Ngo Van Duc")));
    auto *criteria = child<QTreeWidget>("assignmentList");
    QTreeWidgetItem *c21 = nullptr;
    for (int s = 0; s < criteria->topLevelItemCount() && !c21; ++s) {
        for (int c = 0; c < criteria->topLevelItem(s)->childCount(); ++c) {
            if (criteria->topLevelItem(s)->child(c)->data(0, Qt::UserRole).toString() == QStringLiteral("2.1")) {
                c21 = criteria->topLevelItem(s)->child(c);
            }
        }
    }
    QVERIFY(c21);
    QCOMPARE(c21->checkState(0), Qt::Unchecked);
    c21->setCheckState(0, Qt::Checked);
    QCOMPARE(doc->council().last().criteria, QStringList{QStringLiteral("2.1")});
    QVERIFY(assignee.data().toString().contains(QStringLiteral("Ngo Van Duc")));
    auto *memberFilter = child<QComboBox>("memberFilter");
    QVERIFY(memberFilter->findData(QStringList{QStringLiteral("Ngo Van Duc")}) >= 0);
    QCOMPARE(TestSupport::scalar(doc->path(),
                                 QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'council_member' "
                                                "AND field = 'criteria'"))
                 .toInt(),
             1);
    // A member of a working group adds its criteria to the group's.
    QVERIFY(!child<QLabel>("groupSummary")->text().contains(QStringLiteral("2.1, 3.1")));
    auto *model = table->model();
    QVERIFY(model->setData(model->index(before, Core::CouncilModel::GroupColumn), QStringLiteral("Nhóm 3")));
    QVERIFY(child<QLabel>("groupSummary")->text().contains(QStringLiteral("<b>Nhóm 3</b>: 2.1, 3.1")));
    screenshot(m_window.get(), QStringLiteral("workbench-council.png"));
    child<QAction>("undoAction")->trigger();

    child<QAction>("undoAction")->trigger();
    QVERIFY(!assignee.data().toString().contains(QStringLiteral("Ngo Van Duc")));
    QCOMPARE(c21->checkState(0), Qt::Unchecked);
    QCOMPARE(memberFilter->findData(QStringList{QStringLiteral("Ngo Van Duc")}), -1);
    child<QAction>("redoAction")->trigger();
    QVERIFY(assignee.data().toString().contains(QStringLiteral("Ngo Van Duc")));
}

void TestWorkbench::overview_whatIfChangesLevelButNotFile()
{
    Core::SchoolDocument *doc = m_window->document();
    tabs()->setCurrentWidget(child<QWidget>("overviewView"));
    auto *level = child<QLabel>("overviewLevel");
    QCOMPARE(level->text(), QStringLiteral("The school reaches Mức 1 now"));
    QVERIFY(child<QLabel>("overviewNational")
                ->text()
                .startsWith(QStringLiteral("National standard (chuẩn quốc gia): not available.")));
    QVERIFY(child<QTextBrowser>("blockingReasons")
                ->toPlainText()
                .contains(QStringLiteral("What keeps the school from Mức 2")));
    screenshot(m_window.get(), QStringLiteral("workbench-overview.png"));

    const QByteArray fileBefore = TestSupport::fileHash(doc->path());
    const int judgedBefore = int(doc->judgements().indicators().size());
    child<QCheckBox>("whatIfMode")->setChecked(true);
    auto *list = child<QListWidget>("whatIfIndicators");
    QVERIFY(list->isVisible());
    QVERIFY(list->count() > 0);
    for (int i = 0; i < list->count(); ++i) {
        list->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(level->text(), QStringLiteral("What if: the school would reach Mức 2"));
    screenshot(m_window.get(), QStringLiteral("workbench-overview-whatif.png"));
    QCOMPARE(child<QLabel>("schoolLevel")->text(), QStringLiteral("School level: Mức 1")); // the real level
    QCOMPARE(int(doc->judgements().indicators().size()), judgedBefore);
    QCOMPARE(TestSupport::fileHash(doc->path()), fileBefore);
    child<QPushButton>("whatIfReset")->click();
    QCOMPARE(level->text(), QStringLiteral("What if: the school would reach Mức 1"));
    child<QCheckBox>("whatIfMode")->setChecked(false);
    QCOMPARE(level->text(), QStringLiteral("The school reaches Mức 1 now"));
}

void TestWorkbench::overview_reasonLinkJumpsToCriterion()
{
    tabs()->setCurrentWidget(child<QWidget>("overviewView"));
    auto *reasons = child<QTextBrowser>("blockingReasons");
    QVERIFY(reasons->toHtml().contains(QStringLiteral("criterion:3.2")));
    Q_EMIT reasons->anchorClicked(QUrl(QStringLiteral("criterion:3.2")));
    QCOMPARE(tabs()->currentIndex(), 0);
    QCOMPARE(child<QTreeView>("criteriaTree")->currentIndex().data(Core::CriteriaTreeModel::CodeRole).toString(),
             QStringLiteral("3.2"));
}

void TestWorkbench::search_ducFindsDucAndJumps()
{
    child<QAction>("findAction")->trigger();
    auto *box = child<QLineEdit>("searchBox");
    QCOMPARE(QApplication::focusWidget(), box);
    QTest::keyClicks(box, QStringLiteral("duc"));
    QCOMPARE(tabs()->currentWidget(), child<QWidget>("searchView"));
    auto *results = child<QListWidget>("searchResults");
    QListWidgetItem *duc = nullptr;
    for (int i = 0; i < results->count() && !duc; ++i) {
        if (results->item(i)->text().contains(QStringLiteral("Trần Văn Đức"))) {
            duc = results->item(i);
        }
    }
    QVERIFY2(duc, "“duc” must find the council member “Trần Văn Đức”");
    screenshot(m_window.get(), QStringLiteral("workbench-search.png"));
    Q_EMIT results->itemActivated(duc);
    QCOMPARE(tabs()->currentWidget(), child<QWidget>("councilView"));
    QVERIFY(child<QTableView>("councilTable")->currentIndex().siblingAtColumn(0).data().toString() ==
            QStringLiteral("Trần Văn Đức"));

    // Results follow edits: a plan row written now is found by the same box.
    box->clear();
    QTest::keyClicks(box, QStringLiteral("tang cuong thu vien"));
    QCOMPARE(results->count(), 0); // the row added earlier was removed again
}

void TestWorkbench::shortcuts_switchViewsAndFocusSearch()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs()->currentIndex(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs()->currentIndex(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("searchBox"));
    QCOMPARE(child<QAction>("newSchoolAction")->shortcut(), QKeySequence(QKeySequence::New));
}

void TestWorkbench::wizard_createsSchoolFile()
{
    Gui::NewSchoolWizard wizard;
    wizard.setToday(QDate(2026, 11, 22));
    const QString path = m_files.filePath(QStringLiteral("Trường mới.minh"));
    wizard.setSavePathQuestion([&](const QString &) { return path; });
    wizard.show();
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("wizardSchoolYear"))->text(), QStringLiteral("2026-2027"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::NewSchoolWizard::SchoolPage)); // a name is required
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardSchoolName"))->setText(QStringLiteral("Trường THCS Lê Lợi"));
    auto *type = wizard.findChild<QComboBox *>(QStringLiteral("wizardSchoolType"));
    type->setCurrentIndex(type->findData(QStringLiteral("THCS")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::NewSchoolWizard::FrameworkPage));
    auto *frameworks = wizard.findChild<QListWidget *>(QStringLiteral("wizardFrameworks"));
    QCOMPARE(frameworks->count(), 2); // TT 18/2018 and TT 57/2026 are for THCS
    QVERIFY(frameworks->currentItem()->text().startsWith(QStringLiteral("Recommended today: 57/2026/TT-BGDĐT")));
    QVERIFY(frameworks->currentItem()->text().contains(QStringLiteral("NOT yet verified")));
    wizard.resize(720, 520);
    screenshot(&wizard, QStringLiteral("workbench-wizard-framework.png"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::NewSchoolWizard::FilePage));
    wizard.findChild<QPushButton *>(QStringLiteral("wizardChoosePath"))->click();
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("wizardPath"))->text(), path);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.createdPath(), path);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT framework_id FROM framework_copy")).toString(),
             QStringLiteral("tt57-2026"));

    QVERIFY2(m_window->openFile(path), qPrintable(m_window->errorString()));
    QCOMPARE(m_window->document()->school().name, QStringLiteral("Trường THCS Lê Lợi"));
    QCOMPARE(m_window->document()->assessment().schoolYear, QStringLiteral("2026-2027"));
    QCOMPARE(Gui::RecentFiles::list().first(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(Gui::RecentFiles::list().at(1), QFileInfo(Gui::Startup::demoPath()).absoluteFilePath());
    // The views follow the new file: an empty plan and council.
    QCOMPARE(child<QTableView>("planTable")->model()->rowCount(), 0);
    QCOMPARE(child<QTableView>("councilTable")->model()->rowCount(), 0);
    tabs()->setCurrentWidget(child<QWidget>("overviewView"));
    QCOMPARE(child<QLabel>("overviewLevel")->text(), QStringLiteral("The school does not reach Mức 1 yet"));
    screenshot(m_window.get(), QStringLiteral("workbench-new-school-overview.png"));
}

void TestWorkbench::recentFiles_openAndExplainBadOnes()
{
    QString shown;
    m_window->setErrorPresenter([&](const QString &message) { shown = message; });
    const QString notSchool = m_files.filePath(QStringLiteral("notes.minh"));
    QFile file(notSchool);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Biên bản họp hội đồng");
    file.close();
    const QString gone = m_files.filePath(QStringLiteral("moved away.minh"));
    Gui::RecentFiles::add(gone);
    Gui::RecentFiles::add(notSchool);
    Gui::RecentFiles::add(Gui::Startup::demoPath());
    auto *menu = child<QMenu>("recentMenu");
    Q_EMIT menu->aboutToShow();
    const auto trigger = [&](const QString &fileName) {
        for (QAction *action : menu->actions()) {
            if (action->text().contains(fileName)) {
                action->trigger();
                return true;
            }
        }
        return false;
    };
    QVERIFY(trigger(QStringLiteral("demo.minh")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.minh")));
    QVERIFY(shown.isEmpty());
    QVERIFY(trigger(QStringLiteral("notes.minh")));
    QCOMPARE(shown,
             QStringLiteral("The file “%1” is not a Minh school file.").arg(QFileInfo(notSchool).absoluteFilePath()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.minh"))); // the open school stays
    QVERIFY(Gui::RecentFiles::list().contains(QFileInfo(notSchool).absoluteFilePath()));
    QVERIFY(trigger(QStringLiteral("moved away.minh")));
    QVERIFY(shown.contains(QStringLiteral("does not exist")));
    QVERIFY(
        !Gui::RecentFiles::list().contains(QFileInfo(gone).absoluteFilePath())); // a file that is gone leaves the list
}

void TestWorkbench::layout_isRemembered()
{
    m_window->close();
    QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
    for (const char *name : {"mainSplitter", "criterionPage", "planSplitter", "councilSplitter"}) {
        QVERIFY2(
            !settings.value(QStringLiteral("window/splitters/") + QString::fromLatin1(name)).toByteArray().isEmpty(),
            name);
    }
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
