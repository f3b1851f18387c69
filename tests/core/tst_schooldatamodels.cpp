#include "../testsupport.h"
#include "document/documentsettings.h"
#include "models/documentsettingsmodel.h"
#include "models/planactivitiesmodel.h"
#include "models/schoolfiguresmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

// The editable models of the school data: setData pushes undo commands that reach the file.
class TestSchoolDataModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void figures_editStoresAndUndoRestores();
    void figures_titleRowsAndReadOnlyFilesAreNotEditable();
    void settings_kindShowsItsNameAndDatesAreIso();
    void activities_addEditRemoveAndUndo();
};

namespace {

int rowOfFigure(const SchoolFiguresModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(SchoolFiguresModel::FigureKeyRole).toString() == key) {
            return row;
        }
    }
    return -1;
}

} // namespace

void TestSchoolDataModels::figures_editStoresAndUndoRestores()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&school.document);
    QCOMPARE(model.columnCount(), 1 + school.document.dataSchoolYears().size());
    QCOMPARE(model.headerData(model.columnCount() - 1, Qt::Horizontal).toString(), QStringLiteral("School year 2025-2026"));
    const int row = rowOfFigure(model, QStringLiteral("classes.grade_6"));
    QVERIFY(row > 0);
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Khối lớp 6"));
    const QModelIndex cell = model.index(row, model.columnCount() - 1);
    QVERIFY(model.setData(cell, QStringLiteral("5")));
    QCOMPARE(cell.data().toString(), QStringLiteral("5"));
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT value FROM school_year_figure WHERE figure = "
                                                             "'classes.grade_6' AND school_year = '2025-2026'"))
                 .toString(),
             QStringLiteral("5"));
    QVERIFY(model.setData(cell, QStringLiteral("6")));
    school.document.undoStack()->undo();
    QVERIFY(cell.data().toString().isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("school_year_figure")), 0);
}

void TestSchoolDataModels::figures_titleRowsAndReadOnlyFilesAreNotEditable()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&school.document);
    QVERIFY(model.index(0, 0).data(SchoolFiguresModel::IsTitleRole).toBool());
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("1")));
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEditable));
    school.document.close();
    SchoolDocument readOnly;
    QVERIFY(readOnly.open(school.path, SchoolFile::Access::ReadOnly));
    model.setDocument(&readOnly);
    QVERIFY(!(model.flags(model.index(1, 1)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(1, 1), QStringLiteral("1")));
}

void TestSchoolDataModels::settings_kindShowsItsNameAndDatesAreIso()
{
    TestSupport::School school;
    QVERIFY(school.create());
    DocumentSettingsModel model(DocumentSettings::registrationLetter());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&school.document);
    const int kind = model.rowOf(QStringLiteral("kind"));
    QVERIFY(kind >= 0);
    QCOMPARE(model.index(kind, 1).data(DocumentSettingsModel::ChoicesRole).toList().size(), 3);
    QVERIFY(model.setData(model.index(kind, 1), DocumentSettings::kindNationalStandard()));
    QCOMPARE(model.index(kind, 1).data().toString(), QStringLiteral("National standard (chuẩn quốc gia)"));
    QCOMPARE(model.index(kind, 1).data(Qt::EditRole).toString(), DocumentSettings::kindNationalStandard());
    const int date = model.rowOf(QStringLiteral("issued_on"));
    QVERIFY(model.setData(model.index(date, 1), QDate(2026, 5, 20)));
    QCOMPARE(school.document.documentSetting(DocumentSettings::registrationLetter(), QStringLiteral("issued_on")),
             QStringLiteral("2026-05-20"));
    const int steps = school.document.undoStack()->count();
    QVERIFY(!model.setData(model.index(kind, 1), QStringLiteral("green")));
    // A refused value leaves nothing on the undo stack.
    QCOMPARE(school.document.undoStack()->count(), steps);
    const int addressee = model.rowOf(QStringLiteral("addressee"));
    QVERIFY(model.setData(model.index(addressee, 1), QStringLiteral("Sở Giáo dục và Đào tạo")));
    school.document.undoStack()->undo();
    QVERIFY(model.index(addressee, 1).data().toString().isEmpty());
}

void TestSchoolDataModels::activities_addEditRemoveAndUndo()
{
    TestSupport::School school;
    QVERIFY(school.create());
    PlanActivitiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&school.document);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.addActivity());
    QVERIFY(model.addActivity());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.setData(model.index(0, PlanActivitiesModel::ActivityColumn), QStringLiteral("Thành lập Hội đồng")));
    QVERIFY(model.setData(model.index(0, PlanActivitiesModel::StartColumn), QDate(2025, 9, 8)));
    QCOMPARE(school.document.planActivities().first().startsOn, QDate(2025, 9, 8));
    QVERIFY(model.removeActivity(0));
    QCOMPARE(model.rowCount(), 1);
    school.document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PlanActivitiesModel::ActivityColumn).data().toString(), QStringLiteral("Thành lập Hội đồng"));
    school.document.undoStack()->undo(); // the start date
    QVERIFY(!model.index(0, PlanActivitiesModel::StartColumn).data().toDate().isValid());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("plan_activity")), 2);
}

QTEST_GUILESS_MAIN(TestSchoolDataModels)
#include "tst_schooldatamodels.moc"
