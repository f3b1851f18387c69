#include "../testsupport.h"
#include "document/demoschoolbuilder.h"
#include "mainwindow.h"
#include "models/schoolfiguresmodel.h"
#include "schooldatadialog.h"
#include "startup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QAbstractItemDelegate>
#include <QTableView>
#include <QTest>

using namespace Minh;

// The school data editor, driven by its objectNames: typing into a cell stores the value in the
// file, and undo (the main window's action) restores it.
class TestSchoolDataDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuAction_opensTheDialogOnTheOpenSchool();
    void typingAFigure_isStoredAndUndoRestoresIt();
    void choosingTheRegistrationKind_isStored();
    void addingAnActivity_addsARowThatUndoRemoves();
    void writingAReportText_isSavedOnClosingAndUndoable();
    void cleanupTestCase();

private:
    Gui::SchoolDataDialog *openDialog();

    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestSchoolDataDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_window = std::make_unique<Gui::MainWindow>();
    QString error;
    const QString path = Gui::Startup::fileToOpen({QStringLiteral("minh")}, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QVERIFY2(m_window->openFile(path), qPrintable(m_window->errorString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSchoolDataDialog::cleanupTestCase()
{
    m_window.reset();
}

Gui::SchoolDataDialog *TestSchoolDataDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("schoolDataAction"));
    if (!action) {
        return nullptr;
    }
    action->trigger();
    return m_window->findChild<Gui::SchoolDataDialog *>(QStringLiteral("schoolDataDialog"));
}

void TestSchoolDataDialog::menuAction_opensTheDialogOnTheOpenSchool()
{
    Gui::SchoolDataDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("schoolFiguresView"));
    QVERIFY(view);
    // The demo school has figures for every year of the regime's window.
    QCOMPARE(view->model()->columnCount(), 1 + m_window->document()->dataSchoolYears().size());
    QVERIFY(!view->model()->index(1, 1).data().toString().isEmpty());
    // School data, the report's and the plan's texts (TT 57 has both), decision, plan, letter.
    QCOMPARE(dialog->tabs()->count(), 6);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<Gui::SchoolDataDialog *>(QStringLiteral("schoolDataDialog")));
}

void TestSchoolDataDialog::typingAFigure_isStoredAndUndoRestoresIt()
{
    Gui::SchoolDataDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("schoolFiguresView"));
    QAbstractItemModel *model = view->model();
    int row = 0;
    while (row < model->rowCount() && model->index(row, 0).data(Core::SchoolFiguresModel::FigureKeyRole).toString()
                                          != QLatin1String("pupils.total")) {
        ++row;
    }
    QVERIFY(row < model->rowCount());
    const QString year = m_window->document()->dataSchoolYears().constLast();
    const QString before = m_window->document()->schoolFigure(year, QStringLiteral("pupils.total"));
    const QModelIndex cell = model->index(row, model->columnCount() - 1);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(view->viewport()->focusWidget() ? view->viewport()->focusWidget()
                                                                             : view->viewport()->findChild<QLineEdit *>());
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("812"));
    QCOMPARE(editor->text(), QStringLiteral("812"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(m_window->document()->schoolFigure(year, QStringLiteral("pupils.total")), QStringLiteral("812"));
    Core::SchoolDocument reader;
    QVERIFY(reader.open(m_window->document()->path(), Core::SchoolFile::Access::ReadOnly));
    QCOMPARE(reader.schoolFigure(year, QStringLiteral("pupils.total")), QStringLiteral("812"));
    reader.close();

    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_window->document()->schoolFigure(year, QStringLiteral("pupils.total")), before);
    QCOMPARE(cell.data().toString(), before);
    dialog->close();
}

void TestSchoolDataDialog::choosingTheRegistrationKind_isStored()
{
    Gui::SchoolDataDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("registrationLetterSettingsView"));
    QVERIFY(view);
    dialog->tabs()->setCurrentIndex(dialog->tabs()->count() - 1);
    const QModelIndex kind = view->model()->index(0, 1);
    view->setCurrentIndex(kind);
    view->edit(kind);
    auto *combo = view->findChild<QComboBox *>(QStringLiteral("settingChoiceEditor"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("accreditation")));
    Q_EMIT view->itemDelegateForColumn(1)->commitData(combo);
    QCOMPARE(m_window->document()->documentSetting(QStringLiteral("registration_letter"), QStringLiteral("kind")),
             QStringLiteral("accreditation"));
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_window->document()->documentSetting(QStringLiteral("registration_letter"), QStringLiteral("kind")),
             QStringLiteral("both"));
    dialog->close();
}

void TestSchoolDataDialog::addingAnActivity_addsARowThatUndoRemoves()
{
    Gui::SchoolDataDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("planActivitiesView"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPlanActivityButton"));
    QVERIFY(view && add);
    const int before = view->model()->rowCount();
    add->click();
    QCOMPARE(view->model()->rowCount(), before + 1);
    QCOMPARE(m_window->document()->planActivities().size(), before + 1);
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(view->model()->rowCount(), before);
    dialog->close();
}

void TestSchoolDataDialog::writingAReportText_isSavedOnClosingAndUndoable()
{
    Gui::SchoolDataDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *page = dialog->findChild<QWidget *>(QStringLiteral("reportTextsPage"));
    QVERIFY(page);
    dialog->tabs()->setCurrentWidget(page);
    auto *list = page->findChild<QListView *>(QStringLiteral("documentTextsList"));
    auto *editor = page->findChild<QPlainTextEdit *>(QStringLiteral("documentTextEditor"));
    QVERIFY(list && editor);
    // The list is the outline's texts, named by their headings (framework data).
    QAbstractItemModel *model = list->model();
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row) {
        labels.append(model->index(row, 0).data().toString());
    }
    const int row = int(labels.indexOf(QRegularExpression(QStringLiteral(".+ › b\\) Thuận lợi$"))));
    QVERIFY2(row >= 0, qPrintable(labels.join(QLatin1Char('|'))));
    list->setCurrentIndex(model->index(row, 0));
    const QString report = QStringLiteral("report");
    QCOMPARE(editor->toPlainText(), m_window->document()->documentSetting(report, QStringLiteral("advantages")));
    const QString before = editor->toPlainText();
    editor->setFocus();
    editor->selectAll();
    editor->insertPlainText(QStringLiteral("Có sự đồng thuận của cha mẹ học sinh")); // as typing or pasting does
    if (const QString dir = qEnvironmentVariable("MINH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("schooldata-report-texts.png"))));
    }
    // Closing the dialog saves what the pause timer has not saved yet.
    dialog->close();
    QCOMPARE(m_window->document()->documentSetting(report, QStringLiteral("advantages")),
             QStringLiteral("Có sự đồng thuận của cha mẹ học sinh"));
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_window->document()->documentSetting(report, QStringLiteral("advantages")), before);
}

QTEST_MAIN(TestSchoolDataDialog)
#include "tst_schooldatadialog.moc"
