#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"
#include "models/criteriatreemodel.h"
#include "models/criterionprogress.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

class TestCriteriaTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoSchool_showsStandardsAndCriteriaWithLevels();
    void judgement_updatesLevelInPlace();
    void state_followsJudgementsTextsAndEvidence();

private:
    QTemporaryDir m_dir;
};

void TestCriteriaTreeModel::demoSchool_showsStandardsAndCriteriaWithLevels()
{
    FrameworkCatalog catalog(m_dir.filePath(QStringLiteral("frameworks")));
    SchoolDocument document;
    DemoSchoolBuilder builder(catalog.find(QStringLiteral("tt18-2018"))->framework);
    QVERIFY2(builder.create(m_dir.filePath(QStringLiteral("a.minh")), &document), qPrintable(builder.errorString()));
    CriteriaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex standard1 = model.index(0, 0);
    QCOMPARE(model.rowCount(standard1), 10);
    QCOMPARE(standard1.data().toString(), QStringLiteral("Standard 1: Tổ chức và quản lý nhà trường"));
    QVERIFY(standard1.data(CriteriaTreeModel::IsStandardRole).toBool());
    const QModelIndex c11 = model.index(0, 0, standard1);
    QCOMPARE(c11.data(CriteriaTreeModel::CodeRole).toString(), QStringLiteral("1.1"));
    QVERIFY(c11.data().toString().startsWith(QStringLiteral("1.1 Phương hướng, chiến lược")));
    const int level = document.evaluate().criterion(QStringLiteral("1.1"))->level;
    QCOMPARE(model.index(0, CriteriaTreeModel::LevelColumn, standard1).data().toString(), CriteriaTreeModel::levelText(level));
    QCOMPARE(c11.parent(), standard1);
}

void TestCriteriaTreeModel::judgement_updatesLevelInPlace()
{
    FrameworkCatalog catalog(m_dir.filePath(QStringLiteral("frameworks")));
    SchoolDocument document;
    SchoolInfo school;
    school.name = QStringLiteral("Trường thử");
    QVERIFY(document.create(m_dir.filePath(QStringLiteral("b.minh")), catalog.find(QStringLiteral("tt57-2026"))->framework, school,
                            QStringLiteral("2025-2026")));
    CriteriaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    const QModelIndex level11 = model.index(0, CriteriaTreeModel::LevelColumn, model.index(0, 0));
    QCOMPARE(level11.data().toString(), QStringLiteral("Not reached"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(document.setIndicatorVerdict({QStringLiteral("1.1"), 1, QStringLiteral("1")}, Verdict::Met));
    QVERIFY(changed.count() > 0);
    QCOMPARE(level11.data().toString(), QStringLiteral("Mức 1"));
    QCOMPARE(model.index(0, CriteriaTreeModel::StateColumn, model.index(0, 0)).data().toString(), QStringLiteral("In progress"));
    QVERIFY(model.index(2, 0, model.index(0, 0)).data().toString().endsWith(QStringLiteral("(mandatory)")));
}

void TestCriteriaTreeModel::state_followsJudgementsTextsAndEvidence()
{
    FrameworkCatalog catalog(m_dir.filePath(QStringLiteral("frameworks")));
    SchoolDocument document;
    SchoolInfo school;
    school.name = QStringLiteral("Trường thử");
    QVERIFY(document.create(m_dir.filePath(QStringLiteral("c.minh")), catalog.find(QStringLiteral("tt57-2026"))->framework, school,
                            QStringLiteral("2025-2026")));
    CriteriaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    const QModelIndex state = model.index(0, CriteriaTreeModel::StateColumn, model.index(0, 0));
    const QModelIndex assignee = model.index(0, CriteriaTreeModel::AssigneeColumn, model.index(0, 0));
    QCOMPARE(state.data().toString(), QStringLiteral("Not started"));
    QCOMPARE(assignee.data().toString(), QString());
    QVERIFY(document.applyJudgements({{{QStringLiteral("1.1"), 1, QStringLiteral("1")}, Verdict::Met},
                                      {{QStringLiteral("1.1"), 2, QStringLiteral("1")}, Verdict::NotMet}},
                                     {}));
    QCOMPARE(state.data().toString(), QStringLiteral("In progress"));
    QVERIFY(document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("status_level_1"), QStringLiteral("Đã làm.")));
    QVERIFY(document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("status_level_2"), QStringLiteral("Đang cải tiến.")));
    QCOMPARE(state.data().toString(), QStringLiteral("Evidence missing"));
    EvidenceItem item;
    item.criterionCode = QStringLiteral("1.1");
    item.title = QStringLiteral("Kế hoạch năm học");
    item.location = QStringLiteral("Hộp 1");
    QVERIFY(document.addEvidenceItem(item));
    QCOMPARE(state.data().toString(), QStringLiteral("Complete"));
    QCOMPARE(state.data(CriteriaTreeModel::StateRole).toInt(), int(CriterionProgress::State::Complete));
    CouncilMember member;
    member.fullName = QStringLiteral("Lê Thị Mai");
    member.criteria = {QStringLiteral("1.1")};
    QVERIFY(document.addCouncilMember(member));
    QCOMPARE(assignee.data().toString(), QStringLiteral("Lê Thị Mai"));
}

QTEST_GUILESS_MAIN(TestCriteriaTreeModel)
#include "tst_criteriatreemodel.moc"
