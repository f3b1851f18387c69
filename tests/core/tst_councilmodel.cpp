#include "../testsupport.h"
#include "document/schooldocument.h"
#include "models/councilmodel.h"
#include "models/criterionprogress.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;
using TestSupport::count;
using TestSupport::scalar;

// The council's model: members added, edited, removed and given criteria, through undo, each
// with a change-log row; the criteria tree's "written by" follows.
class TestCouncilModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addMember_isWrittenAndUndone();
    void editRole_andName_areLoggedAndUndone();
    void assignCriterion_updatesAssigneesAndUndoes();
    void removeMember_undoBringsBackAssignments();
    void emptyName_isRefused();

private:
    std::unique_ptr<TestSupport::School> m_school;
    std::unique_ptr<CouncilModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCouncilModel::init()
{
    m_school = std::make_unique<TestSupport::School>();
    QVERIFY(m_school->create());
    m_model = std::make_unique<CouncilModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDocument(&m_school->document);
}

void TestCouncilModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_school.reset();
}

void TestCouncilModel::addMember_isWrittenAndUndone()
{
    QVERIFY(m_model->addMember(0, QStringLiteral("Nguyễn Văn Đức")));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, CouncilModel::NameColumn).data().toString(), QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(m_model->index(0, CouncilModel::RoleColumn).data().toString(), QStringLiteral("Member"));
    QCOMPARE(count(m_school->path, QStringLiteral("council_member")), 1);
    QCOMPARE(m_school->document.undoStack()->undoText(), QStringLiteral("Add council member Nguyễn Văn Đức"));
    m_school->document.undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(count(m_school->path, QStringLiteral("council_member")), 0);
    QCOMPARE(scalar(m_school->path, QStringLiteral("SELECT old_value FROM change_log WHERE entity = 'council_member' "
                                                   "ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("Nguyễn Văn Đức"));
}

void TestCouncilModel::editRole_andName_areLoggedAndUndone()
{
    QVERIFY(m_model->addMember(0, QStringLiteral("Lê Thị Hoa")));
    QVERIFY(m_model->setData(m_model->index(0, CouncilModel::RoleColumn), int(CouncilRole::Secretary)));
    QCOMPARE(m_model->index(0, CouncilModel::RoleColumn).data().toString(), QStringLiteral("Secretary"));
    QCOMPARE(scalar(m_school->path, QStringLiteral("SELECT role FROM council_member")).toString(),
             QStringLiteral("secretary"));
    QCOMPARE(scalar(m_school->path, QStringLiteral("SELECT new_value FROM change_log WHERE field = 'role'")).toString(),
             QStringLiteral("secretary"));
    QVERIFY(!m_model->setData(m_model->index(0, CouncilModel::RoleColumn), 42));
    QVERIFY(m_model->setData(m_model->index(0, CouncilModel::GroupColumn), QStringLiteral("Nhóm 2")));
    m_school->document.undoStack()->undo();
    QCOMPARE(m_model->index(0, CouncilModel::GroupColumn).data().toString(), QString());
    m_school->document.undoStack()->undo();
    QCOMPARE(m_model->index(0, CouncilModel::RoleColumn).data(Qt::EditRole).toInt(), int(CouncilRole::Member));
}

void TestCouncilModel::assignCriterion_updatesAssigneesAndUndoes()
{
    QVERIFY(m_model->addMember(0, QStringLiteral("Phạm Minh")));
    QSignalSpy records(&m_school->document, &SchoolDocument::recordsChanged);
    QVERIFY(m_model->setAssigned(0, QStringLiteral("2.1"), true));
    QVERIFY(m_model->setAssigned(0, QStringLiteral("1.3"), true));
    QCOMPARE(records.size(), 2);
    // Framework order, whatever order they were ticked in.
    QCOMPARE(m_model->index(0, CouncilModel::CriteriaColumn).data().toString(), QStringLiteral("1.3, 2.1"));
    QCOMPARE(CriterionProgress::assignees(m_school->document, QStringLiteral("2.1")), QStringLiteral("Phạm Minh"));
    QCOMPARE(count(m_school->path, QStringLiteral("criterion_assignment")), 2);
    QCOMPARE(m_school->document.undoStack()->undoText(), QStringLiteral("Phạm Minh: writes criterion 1.3"));
    m_school->document.undoStack()->undo();
    QCOMPARE(CriterionProgress::assignees(m_school->document, QStringLiteral("1.3")), QString());
    QCOMPARE(count(m_school->path, QStringLiteral("criterion_assignment")), 1);
    QVERIFY(!m_model->setAssigned(0, QStringLiteral("9.9"), true));
}

void TestCouncilModel::removeMember_undoBringsBackAssignments()
{
    QVERIFY(m_model->addMember(0, QStringLiteral("A")));
    QVERIFY(m_model->addMember(1, QStringLiteral("B")));
    QVERIFY(m_model->setAssigned(0, QStringLiteral("1.1"), true));
    QVERIFY(m_model->removeMember(0));
    QCOMPARE(count(m_school->path, QStringLiteral("criterion_assignment")), 0);
    QCOMPARE(m_model->index(0, CouncilModel::NameColumn).data().toString(), QStringLiteral("B"));
    m_school->document.undoStack()->undo();
    QCOMPARE(m_model->index(0, CouncilModel::NameColumn).data().toString(), QStringLiteral("A"));
    QCOMPARE(m_model->index(0, CouncilModel::CriteriaColumn).data().toString(), QStringLiteral("1.1"));
    QCOMPARE(count(m_school->path, QStringLiteral("criterion_assignment")), 1);
}

void TestCouncilModel::emptyName_isRefused()
{
    QVERIFY(m_model->addMember(0, QStringLiteral("A")));
    QVERIFY(!m_model->setData(m_model->index(0, CouncilModel::NameColumn), QStringLiteral("  ")));
    QCOMPARE(m_model->index(0, CouncilModel::NameColumn).data().toString(), QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(TestCouncilModel)
#include "tst_councilmodel.moc"
