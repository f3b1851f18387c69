#include "../testsupport.h"
#include "document/schooldocument.h"
#include "models/plantablemodel.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;
using TestSupport::count;
using TestSupport::scalar;

// The improvement plan's model: edits, rows added, removed and moved, all through undo, all in
// the file at once, with change-log rows; overdue rows stand out.
class TestPlanTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addRow_startsFromCriterionAndUndoRemovesIt();
    void editCell_writesFileLogsAndUndoes();
    void consecutiveEdits_ofOneCell_mergeIntoOneUndoStep();
    void followUps_andDeadline_surviveReopening();
    void removeRow_undoBringsItBackInPlace();
    void moveRow_changesOrderInFileAndUndoRestoresIt();
    void overdue_isDeadlinePassedAndNotDone();
    void criterionColumn_rejectsUnknownCriterion();
    void readOnlyFile_isNotEditable();
    void fileOfSchema1_gainsDeadlinesAndFollowUps();

private:
    std::unique_ptr<TestSupport::School> m_school;
    std::unique_ptr<PlanTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPlanTableModel::init()
{
    m_school = std::make_unique<TestSupport::School>();
    QVERIFY(m_school->create());
    m_model = std::make_unique<PlanTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDocument(&m_school->document);
    m_model->setToday(QDate(2026, 3, 1));
}

void TestPlanTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_school.reset();
}

void TestPlanTableModel::addRow_startsFromCriterionAndUndoRemovesIt()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->addPlanRow(0, QStringLiteral("1.2")));
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex criterion = m_model->index(0, PlanTableModel::CriterionColumn);
    QCOMPARE(criterion.data().toString(), QStringLiteral("1.2"));
    QCOMPARE(m_model->index(0, PlanTableModel::ContentColumn).data().toString(),
             m_school->document.framework().criterion(QStringLiteral("1.2"))->title);
    QCOMPARE(m_school->document.plan().first().standardNumber, 1);
    QCOMPARE(count(m_school->path, QStringLiteral("plan_item")), 1);
    QUndoStack *stack = m_school->document.undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Add a plan row"));
    stack->undo();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(count(m_school->path, QStringLiteral("plan_item")), 0);
    stack->redo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(count(m_school->path, QStringLiteral("plan_item")), 1);
}

void TestPlanTableModel::editCell_writesFileLogsAndUndoes()
{
    QVERIFY(m_model->addPlanRow(0, QStringLiteral("1.1")));
    const qint64 id = m_model->index(0, 0).data(PlanTableModel::IdRole).toLongLong();
    const QModelIndex goal = m_model->index(0, PlanTableModel::GoalColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(goal, QStringLiteral("Nâng cao chất lượng")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(goal.data().toString(), QStringLiteral("Nâng cao chất lượng"));
    QCOMPARE(scalar(m_school->path, QStringLiteral("SELECT goal FROM plan_item WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Nâng cao chất lượng"));
    QCOMPARE(scalar(m_school->path,
                    QStringLiteral("SELECT new_value FROM change_log WHERE entity = 'plan_item' AND field = 'goal'"))
                 .toString(),
             QStringLiteral("Nâng cao chất lượng"));
    QCOMPARE(m_school->document.undoStack()->undoText(), QStringLiteral("Plan: Goal"));
    m_school->document.undoStack()->undo();
    QCOMPARE(goal.data().toString(), QString());
    QCOMPARE(scalar(m_school->path, QStringLiteral("SELECT goal FROM plan_item WHERE id = %1").arg(id)).toString(),
             QString());
    m_school->document.undoStack()->redo();
    QCOMPARE(goal.data().toString(), QStringLiteral("Nâng cao chất lượng"));
}

void TestPlanTableModel::consecutiveEdits_ofOneCell_mergeIntoOneUndoStep()
{
    QVERIFY(m_model->addPlanRow(0, QStringLiteral("1.1")));
    const QModelIndex actions = m_model->index(0, PlanTableModel::ActionsColumn);
    QVERIFY(m_model->setData(actions, QStringLiteral("Rà")));
    QVERIFY(m_model->setData(actions, QStringLiteral("Rà soát")));
    QCOMPARE(m_school->document.undoStack()->count(), 2); // the row, then one step for the typing
    m_school->document.undoStack()->undo();
    QCOMPARE(actions.data().toString(), QString());
}

void TestPlanTableModel::followUps_andDeadline_surviveReopening()
{
    QVERIFY(m_model->addPlanRow(0, QStringLiteral("2.1")));
    QVERIFY(m_model->setData(m_model->index(0, PlanTableModel::DeadlineColumn), QDate(2026, 1, 15)));
    QVERIFY(
        m_model->setData(m_model->index(0, PlanTableModel::FollowUpSemester1Column), QStringLiteral("Đã rà soát 60%")));
    QVERIFY(m_model->setData(m_model->index(0, PlanTableModel::FollowUpYearEndColumn), QStringLiteral("Hoàn thành")));
    QVERIFY(m_model->setData(m_model->index(0, PlanTableModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(count(m_school->path, QStringLiteral("plan_followup")), 2);
    m_school->document.close();
    QVERIFY(m_school->document.open(m_school->path));
    m_model->setDocument(&m_school->document);
    const PlanItem &p = m_school->document.plan().first();
    QCOMPARE(p.deadline, QDate(2026, 1, 15));
    QCOMPARE(p.followUpSemester1, QStringLiteral("Đã rà soát 60%"));
    QCOMPARE(p.followUpYearEnd, QStringLiteral("Hoàn thành"));
    QVERIFY(p.done);
    QCOMPARE(m_model->index(0, PlanTableModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Clearing a follow-up removes its row instead of keeping an empty note.
    QVERIFY(m_model->setData(m_model->index(0, PlanTableModel::FollowUpYearEndColumn), QString()));
    QCOMPARE(count(m_school->path, QStringLiteral("plan_followup")), 1);
}

void TestPlanTableModel::removeRow_undoBringsItBackInPlace()
{
    for (const char *code : {"1.1", "1.2", "1.3"}) {
        QVERIFY(m_model->addPlanRow(m_model->rowCount(), QString::fromLatin1(code)));
    }
    QVERIFY(m_model->setData(m_model->index(1, PlanTableModel::FollowUpSemester1Column), QStringLiteral("ghi chú")));
    const qint64 id = m_model->index(1, 0).data(PlanTableModel::IdRole).toLongLong();
    QVERIFY(m_model->removePlanRow(1));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, PlanTableModel::CriterionColumn).data().toString(), QStringLiteral("1.3"));
    QCOMPARE(count(m_school->path, QStringLiteral("plan_followup")), 0); // went with its row
    m_school->document.undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, 0).data(PlanTableModel::IdRole).toLongLong(), id);
    QCOMPARE(m_model->index(1, PlanTableModel::FollowUpSemester1Column).data().toString(), QStringLiteral("ghi chú"));
    m_school->document.close();
    QVERIFY(m_school->document.open(m_school->path));
    QCOMPARE(m_school->document.plan().at(1).id, id); // the order is the file's, not only the window's
}

void TestPlanTableModel::moveRow_changesOrderInFileAndUndoRestoresIt()
{
    for (const char *code : {"1.1", "1.2", "1.3"}) {
        QVERIFY(m_model->addPlanRow(m_model->rowCount(), QString::fromLatin1(code)));
    }
    QVERIFY(m_model->movePlanRow(2, 0));
    const auto codes = [this] {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            out.append(m_model->index(row, 0).data().toString());
        }
        return out;
    };
    QCOMPARE(codes(), (QStringList{QStringLiteral("1.3"), QStringLiteral("1.1"), QStringLiteral("1.2")}));
    QCOMPARE(scalar(m_school->path, QStringLiteral("SELECT criterion_code FROM plan_item ORDER BY sort_order LIMIT 1"))
                 .toString(),
             QStringLiteral("1.3"));
    m_school->document.undoStack()->undo();
    QCOMPARE(codes(), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3")}));
    QVERIFY(!m_model->movePlanRow(0, 3));
}

void TestPlanTableModel::overdue_isDeadlinePassedAndNotDone()
{
    QVERIFY(m_model->addPlanRow(0, QStringLiteral("1.1")));
    const QModelIndex cell = m_model->index(0, PlanTableModel::ContentColumn);
    QVERIFY(!cell.data(PlanTableModel::OverdueRole).toBool()); // no deadline
    QVERIFY(m_model->setData(m_model->index(0, PlanTableModel::DeadlineColumn), QDate(2026, 2, 28)));
    QVERIFY(cell.data(PlanTableModel::OverdueRole).toBool());
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
    QCOMPARE(m_model->overdueCount(), 1);
    m_model->setToday(QDate(2026, 2, 28));
    QVERIFY(!cell.data(PlanTableModel::OverdueRole).toBool()); // due today is not late yet
    m_model->setToday(QDate(2026, 3, 1));
    QVERIFY(m_model->setData(m_model->index(0, PlanTableModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!cell.data(PlanTableModel::OverdueRole).toBool());
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
}

void TestPlanTableModel::criterionColumn_rejectsUnknownCriterion()
{
    QVERIFY(m_model->addPlanRow(0, QString()));
    const QModelIndex criterion = m_model->index(0, PlanTableModel::CriterionColumn);
    QVERIFY(!m_model->setData(criterion, QStringLiteral("9.9")));
    QVERIFY(m_model->setData(criterion, QStringLiteral("3.2")));
    QCOMPARE(m_school->document.plan().first().standardNumber, 3);
}

void TestPlanTableModel::readOnlyFile_isNotEditable()
{
    QVERIFY(m_model->addPlanRow(0, QStringLiteral("1.1")));
    m_school->document.close();
    QVERIFY(m_school->document.open(m_school->path, SchoolFile::Access::ReadOnly));
    m_model->setDocument(&m_school->document);
    QVERIFY(!(m_model->flags(m_model->index(0, PlanTableModel::GoalColumn)) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(m_model->index(0, PlanTableModel::GoalColumn), QStringLiteral("x")));
    QVERIFY(!m_model->addPlanRow(0, QStringLiteral("1.1")));
}

void TestPlanTableModel::fileOfSchema1_gainsDeadlinesAndFollowUps()
{
    QFile sql(QStringLiteral(MINH_TEST_DATA "/schema/v1.sql"));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.minh"));
    for (const QString &statement : Sql::statements(QString::fromUtf8(sql.readAll()))) {
        TestSupport::execute(path, statement);
    }
    const int rowsBefore = count(path, QStringLiteral("plan_item"));
    QVERIFY(rowsBefore > 0);
    SchoolDocument document;
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    PlanTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QCOMPARE(model.rowCount(), rowsBefore);
    QVERIFY(!document.plan().first().deadline.isValid());
    QVERIFY(!document.plan().first().done);
    QVERIFY(!model.index(0, 0).data(PlanTableModel::OverdueRole).toBool());
    QVERIFY(model.setData(model.index(0, PlanTableModel::FollowUpSemester1Column), QStringLiteral("Đã làm")));
    QVERIFY(model.setData(model.index(0, PlanTableModel::DeadlineColumn), QDate(2025, 12, 31)));
    QCOMPARE(count(path, QStringLiteral("plan_followup")), 1);
    QCOMPARE(scalar(path, QStringLiteral("SELECT deadline FROM plan_item ORDER BY sort_order LIMIT 1")).toString(),
             QStringLiteral("2025-12-31"));
}

QTEST_GUILESS_MAIN(TestPlanTableModel)
#include "tst_plantablemodel.moc"
