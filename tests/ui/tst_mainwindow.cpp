#include "../testsupport.h"
#include "document/schooldocument.h"
#include "mainwindow.h"
#include "models/criteriatreemodel.h"
#include "models/criterionprogress.h"
#include "startup.h"

#include <QApplication>
#include <QDir>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace Minh;

// Drives the real main window offscreen. Set MINH_SCREENSHOT_DIR to keep PNGs of what it shows.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStart_opensDemoSchool();
    void filters_narrowTheTreeByMemberAndState();
    void selectingCriterion_showsIndicatorsAndVerdicts();
    void clickingVerdict_changesLevelAndUndoRestoresIt();
    void typingText_isSavedAndUndone();
    void frameworkTab_showsProvenance();
    void judgementElsewhere_updatesHeaderLevel();
    void badFile_keepsCurrentSchoolAndExplains();
    void level4Requirements_areJudgedInTheirOwnTab();
    void secondWindow_opensLockedFileReadOnlyWhenAsked();
    void deletedFile_copyShowsProgressThenSaysWhereItIs();

private:
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_files; // outlives the windows that keep files in it open
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // A run that stopped half-way leaves its last file in the settings; the first start must not see it.
    QSettings().clear();
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->resize(1366, 768);
}

void TestMainWindow::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MINH_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents(); // widgets added to a visible window are shown on the next pass
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }
}

void TestMainWindow::firstStart_opensDemoSchool()
{
    QString error;
    const QString path = Gui::Startup::fileToOpen({QStringLiteral("minh")}, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QCOMPARE(path, Gui::Startup::demoPath());
    QVERIFY2(m_window->openFile(path), qPrintable(m_window->errorString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *name = m_window->findChild<QLabel *>(QStringLiteral("schoolName"));
    QVERIFY(name);
    QCOMPARE(name->text(), m_window->document()->school().name);
    QVERIFY(!name->text().isEmpty());
    auto *level = m_window->findChild<QLabel *>(QStringLiteral("schoolLevel"));
    QCOMPARE(level->text(), QStringLiteral("School level: Mức 1"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    QCOMPARE(tree->model()->rowCount(), 4);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 4);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.minh")));
    screenshot(m_window.get(), QStringLiteral("mainwindow-demo.png"));
}

void TestMainWindow::filters_narrowTheTreeByMemberAndState()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    auto *member = m_window->findChild<QComboBox *>(QStringLiteral("memberFilter"));
    auto *state = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    // The demo assigns each standard to one member; the fourth council member writes standard 1.
    const Core::CouncilMember &writer = m_window->document()->council().at(3);
    member->setCurrentIndex(member->findData(QStringList{writer.fullName}));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), int(writer.criteria.size()));
    // The writer's working group shows the criteria of everyone in the group.
    QVERIFY(!writer.workingGroup.isEmpty());
    const int group = member->findText(writer.workingGroup + QStringLiteral(" (whole working group)"));
    QVERIFY(group > 0);
    member->setCurrentIndex(group);
    QVERIFY(member->currentData().toStringList().contains(writer.fullName));
    QVERIFY(tree->model()->rowCount() >= 1);
    int shown = 0;
    for (int s = 0; s < tree->model()->rowCount(); ++s) {
        shown += tree->model()->rowCount(tree->model()->index(s, 0));
    }
    QSet<QString> groupCriteria;
    for (const Core::CouncilMember &m : m_window->document()->council()) {
        if (m.workingGroup == writer.workingGroup) {
            groupCriteria.unite(QSet<QString>(m.criteria.cbegin(), m.criteria.cend()));
        }
    }
    QCOMPARE(shown, int(groupCriteria.size()));
    member->setCurrentIndex(member->findData(QStringList{writer.fullName}));
    state->setCurrentIndex(state->findData(int(Core::CriterionProgress::State::NotStarted)));
    QCOMPARE(tree->model()->rowCount(), 0);
    member->setCurrentIndex(0);
    state->setCurrentIndex(0);
    QCOMPARE(tree->model()->rowCount(), 4);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(3, 0)), 3);
}

void TestMainWindow::selectingCriterion_showsIndicatorsAndVerdicts()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    const QModelIndex c32 = tree->model()->index(1, 0, tree->model()->index(2, 0));
    QCOMPARE(c32.data(Core::CriteriaTreeModel::CodeRole).toString(), QStringLiteral("3.2"));
    tree->setCurrentIndex(c32);
    auto *panel = m_window->findChild<QTextBrowser *>(QStringLiteral("criterionPanel"));
    const QString text = panel->toPlainText();
    const Core::Criterion *criterion = m_window->document()->framework().criterion(QStringLiteral("3.2"));
    QVERIFY(text.contains(criterion->indicators(1).first().text));
    QVERIFY(text.contains(QStringLiteral("Not met"))); // the demo leaves 3.2 short of Mức 2
    QVERIFY(text.contains(QStringLiteral("Computed level: Mức 1")));
    QVERIFY(text.contains(QStringLiteral("This criterion is mandatory.")));
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("text_status_level_1"));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), m_window->document()->criterionText(QStringLiteral("3.2"), QStringLiteral("status_level_1")));
    screenshot(m_window.get(), QStringLiteral("mainwindow-criterion.png"));
}

void TestMainWindow::clickingVerdict_changesLevelAndUndoRestoresIt()
{
    auto *panel = m_window->findChild<QTextBrowser *>(QStringLiteral("criterionPanel"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    const QModelIndex level32 = tree->model()->index(1, Core::CriteriaTreeModel::LevelColumn, tree->model()->index(2, 0));
    QCOMPARE(level32.data().toString(), QStringLiteral("Mức 1"));
    // The page offers the verdicts as links; following one judges the indicator.
    QVERIFY(panel->toHtml().contains(QStringLiteral("verdict:3.2/2/1:met")));
    Q_EMIT panel->anchorClicked(QUrl(QStringLiteral("verdict:3.2/2/1:met")));
    QCOMPARE(level32.data().toString(), QStringLiteral("Mức 2"));
    QVERIFY(panel->toPlainText().contains(QStringLiteral("Computed level: Mức 2")));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(level32.data().toString(), QStringLiteral("Mức 1"));
    QVERIFY(panel->toPlainText().contains(QStringLiteral("Computed level: Mức 1")));
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(level32.data().toString(), QStringLiteral("Mức 2"));
    undo->trigger();
}

void TestMainWindow::typingText_isSavedAndUndone()
{
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("text_status_level_1"));
    QVERIFY(editor);
    const QString before = editor->toPlainText();
    QVERIFY(!before.isEmpty());
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Them y.")); // keyClicks types ASCII only
    QTRY_COMPARE(m_window->document()->criterionText(QStringLiteral("3.2"), QStringLiteral("status_level_1")),
                 before + QStringLiteral(" Them y."));
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_window->document()->criterionText(QStringLiteral("3.2"), QStringLiteral("status_level_1")), before);
    QCOMPARE(editor->toPlainText(), before);
    screenshot(m_window.get(), QStringLiteral("mainwindow-editing.png"));
}

void TestMainWindow::frameworkTab_showsProvenance()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *info = m_window->findChild<QTextBrowser *>(QStringLiteral("frameworkInfoPanel"));
    tabs->setCurrentWidget(info);
    const QString text = info->toPlainText();
    QVERIFY(text.contains(QStringLiteral("57/2026/TT-BGDĐT")));
    QVERIFY(text.contains(QStringLiteral("NOT been verified against the official document")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    screenshot(m_window.get(), QStringLiteral("mainwindow-framework.png"));
}

void TestMainWindow::judgementElsewhere_updatesHeaderLevel()
{
    Core::SchoolDocument *doc = m_window->document();
    const Core::Framework &fw = doc->framework();
    QList<QPair<Core::IndicatorRef, Core::Verdict>> all;
    for (const Core::Criterion *c : fw.criteria()) {
        for (int level = 1; level <= 2; ++level) {
            for (const Core::Indicator &i : c->indicators(level)) {
                all.append({{c->code, level, i.key()}, Core::Verdict::Met});
            }
        }
    }
    QVERIFY(doc->applyJudgements(all, {}));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("schoolLevel"))->text(), QStringLiteral("School level: Mức 2"));
}

void TestMainWindow::badFile_keepsCurrentSchoolAndExplains()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("not-a-school.minh"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    const QString before = m_window->document()->path();
    QVERIFY(!m_window->openFile(bad));
    QCOMPARE(m_window->errorString(), QStringLiteral("The file “%1” is not a Minh school file.").arg(bad));
    QCOMPARE(m_window->document()->path(), before);
}

void TestMainWindow::level4Requirements_areJudgedInTheirOwnTab()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *panel = m_window->findChild<QWidget *>(QStringLiteral("extraRequirementsPanel"));
    auto *verdicts = m_window->findChild<QTextBrowser *>(QStringLiteral("extraRequirementsVerdicts"));
    QCOMPARE(tabs->indexOf(panel), -1); // the TT 57/2026 demo has no Mức 4
    const QString path = m_files.filePath(QStringLiteral("tt18.minh"));
    QCOMPARE(QProcess::execute(QStringLiteral(MINH_CLI), {QStringLiteral("demo"), path, QStringLiteral("--framework"),
                                                          QStringLiteral("tt18-2018")}),
             0);
    QVERIFY2(m_window->openFile(path), qPrintable(m_window->errorString()));
    const int tab = tabs->indexOf(panel);
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab), QStringLiteral("Mức 4"));
    tabs->setCurrentIndex(tab);
    QVERIFY(verdicts->toPlainText().contains(m_window->document()->framework().extraRequirements().requirements.at(2).text));
    QCOMPARE(m_window->document()->judgements().extraRequirement(3), Core::Verdict::NotJudged);
    Q_EMIT verdicts->anchorClicked(QUrl(QStringLiteral("requirement:3:met")));
    QCOMPARE(m_window->document()->judgements().extraRequirement(3), Core::Verdict::Met);
    // Judging a requirement opens its texts below; what is typed there is the Mức 4 text.
    auto *chooser = panel->findChild<QComboBox *>(QStringLiteral("extraRequirementChooser"));
    QCOMPARE(chooser->currentData().toInt(), 3);
    auto *strengths = panel->findChild<QPlainTextEdit *>(QStringLiteral("level4_text_strengths"));
    QVERIFY(strengths);
    strengths->setPlainText(QStringLiteral("Thư viện đạt chuẩn mức độ 2."));
    m_window->close(); // saves what is typed, as leaving the window does
    QCOMPARE(m_window->document()->extraRequirementText(3, QStringLiteral("strengths")), QStringLiteral("Thư viện đạt chuẩn mức độ 2."));
    QCOMPARE(m_window->document()->criterionText(QStringLiteral("1.1"), QStringLiteral("strengths")).contains(QStringLiteral("Thư viện đạt chuẩn")),
             false);
    screenshot(m_window.get(), QStringLiteral("mainwindow-level4.png"));
    // The search finds the Mức 4 text and goes to its requirement.
    chooser->setCurrentIndex(chooser->findData(1));
    tabs->setCurrentIndex(0);
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *results = m_window->findChild<QListWidget *>(QStringLiteral("searchResults"));
    QTest::keyClicks(box, QStringLiteral("thu vien dat chuan muc do 2"));
    QListWidgetItem *found = nullptr;
    for (int i = 0; i < results->count() && !found; ++i) {
        if (results->item(i)->text().contains(QStringLiteral("requirement 3"))) {
            found = results->item(i);
        }
    }
    QVERIFY2(found, "the Mức 4 text of requirement 3 must be found");
    screenshot(m_window.get(), QStringLiteral("mainwindow-search-level4.png"));
    Q_EMIT results->itemActivated(found);
    QCOMPARE(tabs->currentWidget(), panel);
    QCOMPARE(chooser->currentData().toInt(), 3);
    box->clear();
    // Choosing another requirement made new editors: the text shown is requirement 3's again.
    strengths = panel->findChild<QPlainTextEdit *>(QStringLiteral("level4_text_strengths"));
    QCOMPARE(strengths->toPlainText(), QStringLiteral("Thư viện đạt chuẩn mức độ 2."));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    undo->trigger();
    QVERIFY(m_window->document()->extraRequirementText(3, QStringLiteral("strengths")).isEmpty());
    QCOMPARE(strengths->toPlainText(), QString());
    undo->trigger();
    QCOMPARE(m_window->document()->judgements().extraRequirement(3), Core::Verdict::NotJudged);
}

void TestMainWindow::secondWindow_opensLockedFileReadOnlyWhenAsked()
{
    Gui::MainWindow second;
    QString asked;
    second.setReadOnlyQuestion([&](const QString &message) {
        asked = message;
        return true;
    });
    QVERIFY(second.openFile(m_window->document()->path()));
    QVERIFY(asked.contains(QStringLiteral("is already open for changes")));
    QVERIFY(second.document()->isReadOnly());
    Gui::MainWindow third;
    third.setReadOnlyQuestion([](const QString &) { return false; });
    QVERIFY(!third.openFile(m_window->document()->path()));
    QVERIFY(third.errorString().contains(QStringLiteral("is already open for changes")));
}

void TestMainWindow::deletedFile_copyShowsProgressThenSaysWhereItIs()
{
    const QString path = m_files.filePath(QStringLiteral("deleted.minh"));
    {
        Core::SchoolDocument document;
        QVERIFY(TestSupport::createSchool(&document, path));
    }
    Gui::MainWindow window;
    QStringList presented;
    window.setErrorPresenter([&](const QString &message) { presented.append(message); });
    QVERIFY2(window.openFile(path), qPrintable(window.errorString()));
    window.show();
    QVERIFY(window.document()->setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"), QStringLiteral("đã lưu")));
    QVERIFY(QFile::remove(path));

    // What the window shows once the copy has started: a modal progress dialog without Cancel.
    QPointer<QProgressDialog> dialog;
    QString label;
    connect(window.document(), &Core::SchoolDocument::recoveryStarted, this, [&] {
        dialog = window.findChild<QProgressDialog *>(QStringLiteral("recoveryProgress"));
        label = dialog ? dialog->labelText() : QString();
        QVERIFY(dialog && dialog->windowModality() == Qt::WindowModal);
        QVERIFY(!dialog->findChild<QPushButton *>());
    });
    QVERIFY(!window.document()->setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"), QStringLiteral("x")));
    QTRY_COMPARE(presented.size(), 1);
    const QString copy = QDir::toNativeSeparators(window.document()->recoveryPath());
    QVERIFY2(label.contains(QDir::toNativeSeparators(path)) && label.contains(copy), qPrintable(label));
    QVERIFY2(presented.first().contains(QLatin1String("has been copied to")) && presented.first().contains(copy),
             qPrintable(presented.first()));
    QTRY_VERIFY(!dialog);
    QCOMPARE(TestSupport::scalar(window.document()->recoveryPath(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
