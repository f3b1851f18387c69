#include "../testsupport.h"
#include "models/evidenceregistermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

class TestEvidenceRegisterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void rows_showEveryItemWithItsCriteria();
    void setData_pushesUndoableEdit();
    void setData_refusesEmptyTitleAndReadOnlyColumns();
    void sortRole_ordersCodesByNumber();
    void newItem_addsARowAndTextCitationShowsUp();
    void keptColumn_marksItemKeptUndoably();

private:
    void addItem(const QString &criterion, const QString &title, const QStringList &citedBy = {});

    std::unique_ptr<TestSupport::School> m_school;
    std::unique_ptr<EvidenceRegisterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEvidenceRegisterModel::init()
{
    m_school = std::make_unique<TestSupport::School>();
    QVERIFY(m_school->create());
    addItem(QStringLiteral("1.2"), QStringLiteral("Kế hoạch năm học"), {QStringLiteral("2.1")});
    addItem(QStringLiteral("1.10"), QStringLiteral("Biên bản kiểm tra"));
    addItem(QStringLiteral("1.2"), QStringLiteral("Quyết định thành lập"));
    m_model = std::make_unique<EvidenceRegisterModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDocument(&m_school->document);
}

void TestEvidenceRegisterModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_school.reset();
}

void TestEvidenceRegisterModel::addItem(const QString &criterion, const QString &title, const QStringList &citedBy)
{
    EvidenceItem item;
    item.criterionCode = criterion;
    item.title = title;
    item.issuer = QStringLiteral("Hiệu trưởng");
    item.citedBy = citedBy;
    QVERIFY2(m_school->document.addEvidenceItem(item), qPrintable(m_school->document.errorString()));
}

void TestEvidenceRegisterModel::rows_showEveryItemWithItsCriteria()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(EvidenceRegisterModel::ColumnCount));
    QCOMPARE(m_model->index(0, EvidenceRegisterModel::CodeColumn).data().toString(), QStringLiteral("[H1-1.2-01]"));
    QCOMPARE(m_model->index(0, EvidenceRegisterModel::TitleColumn).data().toString(),
             QStringLiteral("Kế hoạch năm học"));
    QCOMPARE(m_model->index(0, EvidenceRegisterModel::CriteriaColumn).data().toString(), QStringLiteral("1.2, 2.1"));
    QCOMPARE(m_model->index(1, EvidenceRegisterModel::FilesColumn).data().toInt(), 0);
    QCOMPARE(m_model->headerData(EvidenceRegisterModel::IssuerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Issued by"));
    QCOMPARE(m_model->rowOf(QStringLiteral("[H1-1.10-01]")), 1);
}

void TestEvidenceRegisterModel::setData_pushesUndoableEdit()
{
    const QModelIndex issuer = m_model->index(2, EvidenceRegisterModel::IssuerColumn);
    QVERIFY(m_model->flags(issuer) & Qt::ItemIsEditable);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(issuer, QStringLiteral("Phòng GD&ĐT")));
    QCOMPARE(issuer.data().toString(), QStringLiteral("Phòng GD&ĐT"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(TestSupport::scalar(m_school->path,
                                 QStringLiteral("SELECT issuer FROM evidence_item WHERE code = '[H1-1.2-02]'"))
                 .toString(),
             QStringLiteral("Phòng GD&ĐT"));
    QCOMPARE(m_school->document.undoStack()->undoText(), QStringLiteral("Edit evidence [H1-1.2-02]"));
    m_school->document.undoStack()->undo();
    QCOMPARE(issuer.data().toString(), QStringLiteral("Hiệu trưởng"));
    m_school->document.undoStack()->redo();
    QCOMPARE(issuer.data().toString(), QStringLiteral("Phòng GD&ĐT"));
    // The same value again is no new step.
    const int steps = m_school->document.undoStack()->count();
    QVERIFY(m_model->setData(issuer, QStringLiteral("Phòng GD&ĐT")));
    QCOMPARE(m_school->document.undoStack()->count(), steps);
}

void TestEvidenceRegisterModel::setData_refusesEmptyTitleAndReadOnlyColumns()
{
    const int steps = m_school->document.undoStack()->count();
    QVERIFY(!m_model->setData(m_model->index(0, EvidenceRegisterModel::TitleColumn), QStringLiteral("  ")));
    QVERIFY(!(m_model->flags(m_model->index(0, EvidenceRegisterModel::CodeColumn)) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(m_model->index(0, EvidenceRegisterModel::CodeColumn), QStringLiteral("X")));
    QCOMPARE(m_school->document.undoStack()->count(), steps);
    QCOMPARE(m_model->index(0, EvidenceRegisterModel::TitleColumn).data().toString(),
             QStringLiteral("Kế hoạch năm học"));
}

void TestEvidenceRegisterModel::sortRole_ordersCodesByNumber()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(EvidenceRegisterModel::SortRole);
    proxy.sort(EvidenceRegisterModel::CodeColumn);
    // As text "[H1-1.10-01]" would come before "[H1-1.2-01]".
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("[H1-1.2-01]"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("[H1-1.2-02]"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("[H1-1.10-01]"));
    // The keys are made when the rows change: an item added later sorts in its place too.
    addItem(QStringLiteral("1.3"), QStringLiteral("Sổ theo dõi"));
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("[H1-1.3-01]"));
    QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("[H1-1.10-01]"));
}

void TestEvidenceRegisterModel::newItem_addsARowAndTextCitationShowsUp()
{
    addItem(QStringLiteral("3.1"), QStringLiteral("Ảnh sân trường"));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_school->document.setCriterionText(QStringLiteral("4.1"),
                                                m_school->document.framework().regime().criterionFields.first().key,
                                                QStringLiteral("Xem [H3-3.1-01] và h1-1.2-01.")));
    QCOMPARE(m_model->index(3, EvidenceRegisterModel::CriteriaColumn).data().toString(), QStringLiteral("3.1, 4.1"));
    QCOMPARE(m_model->index(0, EvidenceRegisterModel::CriteriaColumn).data().toString(),
             QStringLiteral("1.2, 2.1, 4.1"));
}


void TestEvidenceRegisterModel::keptColumn_marksItemKeptUndoably()
{
    const QModelIndex kept = m_model->index(1, EvidenceRegisterModel::KeptColumn);
    QVERIFY(m_model->flags(kept) & Qt::ItemIsUserCheckable);
    QCOMPARE(kept.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_model->setData(kept, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(kept.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(TestSupport::scalar(m_school->path,
                                 QStringLiteral("SELECT kept FROM evidence_item WHERE code = '[H1-1.10-01]'"))
                 .toInt(),
             1);
    m_school->document.undoStack()->undo();
    QCOMPARE(kept.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(TestSupport::scalar(m_school->path,
                                 QStringLiteral("SELECT kept FROM evidence_item WHERE code = '[H1-1.10-01]'"))
                 .toInt(),
             0);
    m_school->document.undoStack()->redo();
    QVERIFY(m_school->document.evidenceItem(QStringLiteral("[H1-1.10-01]"))->kept);
}

QTEST_MAIN(TestEvidenceRegisterModel)
#include "tst_evidenceregistermodel.moc"
