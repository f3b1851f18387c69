#include "../testsupport.h"
#include "document/assessmentjson.h"
#include "document/assessmentsnapshot.h"
#include "document/commands/planactivitycommand.h"
#include "document/commands/setdocumentsettingcommand.h"
#include "document/commands/setschoolfigurecommand.h"
#include "document/demoschoolbuilder.h"
#include "document/documentsettings.h"
#include "document/schoolfigurecatalog.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

// The school data of schema 3: figures per school year, printed-document settings and the plan's
// timeline, their change log, their undo commands and the demo school's values.
class TestSchoolData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dataSchoolYears_followTheRegime_data();
    void dataSchoolYears_followTheRegime();
    void catalogue_rowsFollowTheSchoolType();
    void setFigure_storesLogsAndSurvivesReopening();
    void setFigure_badInput_isRefusedWithAMessage();
    void setDocumentSetting_validatesDateAndKind();
    void planActivities_addUpdateRemove();
    void figureCommand_undoRestoresAndTypingMerges();
    void settingCommand_undoRestores();
    void activityCommand_undoOfRemoveRestoresTheRow();
    void demoSchool_hasPlausibleData();
    void reportTexts_areTheOutlinesTexts();
    void reportTexts_storeSurviveReopeningAndUndo();
    void level4Texts_storeAndRefuseUnknownRequirements();
};

void TestSchoolData::dataSchoolYears_followTheRegime_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<int>("years");
    QTest::newRow("2018") << QStringLiteral("tt18-2018") << TestSupport::shippedFramework(QStringLiteral("tt18-2018")).regime().evidence.windowSchoolYears;
    QTest::newRow("2026") << QStringLiteral("tt57-2026") << TestSupport::shippedFramework(QStringLiteral("tt57-2026")).regime().evidence.windowSchoolYears;
}

void TestSchoolData::dataSchoolYears_followTheRegime()
{
    QFETCH(QString, framework);
    QFETCH(int, years);
    TestSupport::School school;
    QVERIFY(school.create(QDate(2026, 1, 1), framework));
    const QStringList list = school.document.dataSchoolYears();
    QCOMPARE(list.size(), years);
    QVERIFY(years == 5 || years == 3);
    QCOMPARE(list.constLast(), QStringLiteral("2025-2026"));
    QCOMPARE(list.constFirst(), QStringLiteral("%1-%2").arg(2026 - years).arg(2027 - years));
}

void TestSchoolData::catalogue_rowsFollowTheSchoolType()
{
    const auto labels = [](const QString &type) {
        QStringList all;
        for (const SchoolFigureSection &s : SchoolFigureCatalog::sections(type)) {
            for (const SchoolFigureRow &r : s.rows) {
                all.append(r.label);
            }
        }
        return all;
    };
    QVERIFY(labels(QStringLiteral("THCS")).contains(QStringLiteral("Khối lớp 6")));
    QVERIFY(!labels(QStringLiteral("THCS")).contains(QStringLiteral("Khối lớp 1")));
    QVERIFY(labels(QStringLiteral("TH")).contains(QStringLiteral("Khối lớp 1")));
    QVERIFY(labels(QStringLiteral("MN")).contains(QStringLiteral("Tổng số trẻ em")));
    QVERIFY(!labels(QStringLiteral("MN")).contains(QStringLiteral("Tổng số học sinh")));
    QCOMPARE(SchoolFigureCatalog::sections(QStringLiteral("THCS")).size(), 5);
    QVERIFY(SchoolFigureCatalog::isKnown(QStringLiteral("pupils.total")));
    QVERIFY(!SchoolFigureCatalog::isKnown(QStringLiteral("pupils.unknown")));
    // Documents print the level's name, never the code.
    QCOMPARE(SchoolFigureCatalog::schoolTypeName(QStringLiteral("THCS")), QStringLiteral("Trung học cơ sở"));
    QCOMPARE(SchoolFigureCatalog::schoolTypeName(QStringLiteral("MN")), QStringLiteral("Mầm non"));
    QCOMPARE(SchoolFigureCatalog::schoolTypeName(QStringLiteral("XYZ")), QStringLiteral("XYZ"));
}

void TestSchoolData::setFigure_storesLogsAndSurvivesReopening()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QSignalSpy changed(&school.document, &SchoolDocument::schoolDataChanged);
    QVERIFY2(school.document.setSchoolFigure(QStringLiteral("2024-2025"), QStringLiteral("pupils.total"), QStringLiteral(" 712 ")),
             qPrintable(school.document.errorString()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(school.document.schoolFigure(QStringLiteral("2024-2025"), QStringLiteral("pupils.total")), QStringLiteral("712"));
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT new_value FROM change_log WHERE entity = "
                                                             "'school_year_figure' AND field = 'pupils.total'"))
                 .toString(),
             QStringLiteral("712"));
    // Clearing deletes the row.
    QVERIFY(school.document.setSchoolFigure(QStringLiteral("2023-2024"), QStringLiteral("pupils.total"), QStringLiteral("700")));
    QVERIFY(school.document.setSchoolFigure(QStringLiteral("2023-2024"), QStringLiteral("pupils.total"), QString()));
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("school_year_figure")), 1);

    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    QCOMPARE(reopened.schoolFigure(QStringLiteral("2024-2025"), QStringLiteral("pupils.total")), QStringLiteral("712"));
    QVERIFY(reopened.schoolFigure(QStringLiteral("2023-2024"), QStringLiteral("pupils.total")).isEmpty());
}

void TestSchoolData::setFigure_badInput_isRefusedWithAMessage()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(!school.document.setSchoolFigure(QStringLiteral("2024"), QStringLiteral("pupils.total"), QStringLiteral("1")));
    QCOMPARE(school.document.errorString(), QStringLiteral("“2024” is not a school year; write it as 2025-2026."));
    QVERIFY(!school.document.setSchoolFigure(QStringLiteral("2024-2026"), QStringLiteral("pupils.total"), QStringLiteral("1")));
    QVERIFY(!school.document.setSchoolFigure(QStringLiteral("2024-2025"), QStringLiteral("pupils.nope"), QStringLiteral("1")));
    QCOMPARE(school.document.errorString(), QStringLiteral("The school data have no figure “pupils.nope”."));
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("school_year_figure")), 0);
}

void TestSchoolData::setDocumentSetting_validatesDateAndKind()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString letter = DocumentSettings::registrationLetter();
    QVERIFY(school.document.setDocumentSetting(letter, QStringLiteral("kind"), DocumentSettings::kindNationalStandard()));
    QVERIFY(!school.document.setDocumentSetting(letter, QStringLiteral("kind"), QStringLiteral("green")));
    QCOMPARE(school.document.errorString(), QStringLiteral("“green” is not a kind of registration."));
    QVERIFY(!school.document.setDocumentSetting(letter, QStringLiteral("issued_on"), QStringLiteral("20/5/2026")));
    QCOMPARE(school.document.errorString(), QStringLiteral("“20/5/2026” is not a date; write it as 2026-09-15."));
    QVERIFY(!school.document.setDocumentSetting(letter, QStringLiteral("proposal"), QStringLiteral("x")));
    QCOMPARE(school.document.errorString(), QStringLiteral("The document “registration_letter” has no setting “proposal”."));
    QVERIFY(school.document.setDocumentSetting(letter, QStringLiteral("addressee"), QStringLiteral("Ủy ban nhân dân xã An Hòa")));
    QCOMPARE(school.document.documentSetting(letter, QStringLiteral("kind")), DocumentSettings::kindNationalStandard());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("document_setting")), 2);
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'document_setting'"))
                 .toInt(),
             2);
}

void TestSchoolData::planActivities_addUpdateRemove()
{
    TestSupport::School school;
    QVERIFY(school.create());
    PlanActivity first{0, QStringLiteral("Tuần 1"), QDate(2025, 9, 8), QDate(2025, 9, 12), QStringLiteral("Thành lập Hội đồng"),
                       QStringLiteral("Hiệu trưởng")};
    PlanActivity second{0, QStringLiteral("Tuần 2"), {}, {}, QStringLiteral("Tập huấn"), QStringLiteral("Hội đồng")};
    QVERIFY(school.document.addPlanActivity(&first));
    QVERIFY(school.document.addPlanActivity(&second));
    QVERIFY(first.id > 0 && second.id > first.id);
    second.owner = QStringLiteral("Thư ký");
    QVERIFY(school.document.updatePlanActivity(second));
    QVERIFY(school.document.removePlanActivity(first.id));
    QVERIFY(!school.document.removePlanActivity(first.id));
    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    QCOMPARE(reopened.planActivities().size(), 1);
    QCOMPARE(reopened.planActivities().first().owner, QStringLiteral("Thư ký"));
    QVERIFY(!reopened.planActivities().first().startsOn.isValid());
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'plan_activity'"))
                 .toInt(),
             4);
}

void TestSchoolData::figureCommand_undoRestoresAndTypingMerges()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString year = QStringLiteral("2025-2026");
    const QString figure = QStringLiteral("classes.grade_6");
    QUndoStack *stack = school.document.undoStack();
    QVERIFY(school.document.setSchoolFigure(year, figure, QStringLiteral("4")));
    stack->push(new SetSchoolFigureCommand(&school.document, year, figure, QStringLiteral("5")));
    stack->push(new SetSchoolFigureCommand(&school.document, year, figure, QStringLiteral("51")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("School data of 2025-2026"));
    QCOMPARE(school.document.schoolFigure(year, figure), QStringLiteral("51"));
    stack->undo();
    QCOMPARE(school.document.schoolFigure(year, figure), QStringLiteral("4"));
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT value FROM school_year_figure")).toString(), QStringLiteral("4"));
    stack->redo();
    QCOMPARE(school.document.schoolFigure(year, figure), QStringLiteral("51"));
}

void TestSchoolData::settingCommand_undoRestores()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString decision = DocumentSettings::councilDecision();
    QUndoStack *stack = school.document.undoStack();
    stack->push(new SetDocumentSettingCommand(&school.document, decision, QStringLiteral("number"), QStringLiteral("12/QĐ-THCS")));
    QCOMPARE(school.document.documentSetting(decision, QStringLiteral("number")), QStringLiteral("12/QĐ-THCS"));
    QCOMPARE(stack->undoText(), QStringLiteral("Settings of “Decision establishing the council”"));
    stack->undo();
    QVERIFY(school.document.documentSetting(decision, QStringLiteral("number")).isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("document_setting")), 0);
}

void TestSchoolData::activityCommand_undoOfRemoveRestoresTheRow()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QUndoStack *stack = school.document.undoStack();
    const PlanActivity added{0, QStringLiteral("Tuần 1"), QDate(2025, 9, 8), QDate(2025, 9, 12), QStringLiteral("Họp"),
                             QStringLiteral("Hiệu trưởng")};
    stack->push(new PlanActivityCommand(&school.document, std::nullopt, added));
    stack->push(new PlanActivityCommand(&school.document, std::nullopt,
                                        PlanActivity{0, QStringLiteral("Tuần 2"), {}, {}, QStringLiteral("Tập huấn"), {}}));
    QCOMPARE(school.document.planActivities().size(), 2);
    const PlanActivity stored = school.document.planActivities().first();
    stack->push(new PlanActivityCommand(&school.document, stored, std::nullopt));
    QCOMPARE(school.document.planActivities().size(), 1);
    stack->undo();
    QCOMPARE(school.document.planActivities().size(), 2);
    QCOMPARE(school.document.planActivities().first(), stored);
    PlanActivity changed = stored;
    changed.activity = QStringLiteral("Họp Hội đồng");
    stack->push(new PlanActivityCommand(&school.document, stored, changed));
    QCOMPARE(school.document.planActivity(stored.id)->activity, QStringLiteral("Họp Hội đồng"));
    stack->undo();
    QCOMPARE(school.document.planActivity(stored.id)->activity, QStringLiteral("Họp"));
    // Undo everything: both rows gone; redo brings the first back with its id.
    while (stack->canUndo()) {
        stack->undo();
    }
    QVERIFY(school.document.planActivities().isEmpty());
    stack->redo();
    QCOMPARE(school.document.planActivities().size(), 1);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("plan_activity")), 1);
}

void TestSchoolData::demoSchool_hasPlausibleData()
{
    QTemporaryDir dir;
    for (const QString &id : {QStringLiteral("tt18-2018"), QStringLiteral("tt57-2026")}) {
        const Framework framework = TestSupport::shippedFramework(id);
        SchoolDocument document;
        DemoSchoolBuilder builder(framework);
        QVERIFY2(builder.create(dir.filePath(id + QStringLiteral(".minh")), &document), qPrintable(builder.errorString()));
        const QStringList years = document.dataSchoolYears();
        QCOMPARE(years.size(), framework.regime().evidence.windowSchoolYears);
        for (const QString &year : years) {
            QVERIFY(!document.schoolFigure(year, QStringLiteral("pupils.total")).isEmpty());
            QVERIFY(!document.schoolFigure(year, QStringLiteral("classes.total")).isEmpty());
        }
        // Pupils grow towards the latest year.
        QVERIFY(document.schoolFigure(years.constFirst(), QStringLiteral("pupils.total")).toInt()
                < document.schoolFigure(years.constLast(), QStringLiteral("pupils.total")).toInt());
        QCOMPARE(document.documentSetting(DocumentSettings::registrationLetter(), QStringLiteral("kind")),
                 DocumentSettings::kindBoth());
        QVERIFY(!document.documentSetting(DocumentSettings::councilDecision(), QStringLiteral("number")).isEmpty());
        QVERIFY(QDate::fromString(document.documentSetting(DocumentSettings::councilDecision(), QStringLiteral("issued_on")),
                                  Qt::ISODate)
                    .isValid());
        QCOMPARE(document.planActivities().size(), 6);
        // Every text the regime's report asks for is written in the demo.
        for (const DocumentSettings::Field &field : DocumentSettings::fields(DocumentSettings::report(), framework)) {
            QVERIFY2(!document.documentSetting(DocumentSettings::report(), field.key).isEmpty(), qPrintable(field.key));
        }
        if (!framework.extraRequirements().isEmpty()) {
            QVERIFY(!document.extraRequirementText(framework.extraRequirements().requirements.constFirst().number,
                                                   QStringLiteral("description"))
                         .isEmpty());
        }
        QVERIFY(document.planActivities().constFirst().startsOn < document.planActivities().constLast().startsOn);
    }
}

// Which free texts the report and the plan have is the regime's outline: the 2018 report asks for
// Đặt vấn đề (three parts) and Kết luận chung; the 2026 report for its own parts and the plan for
// Căn cứ, Tổ chức thực hiện and Cơ chế đánh giá.
void TestSchoolData::reportTexts_areTheOutlinesTexts()
{
    const auto keys = [](const QString &document, const QString &framework) {
        QStringList out;
        for (const DocumentSettings::Field &field : DocumentSettings::fields(document, TestSupport::shippedFramework(framework))) {
            out.append(field.key);
        }
        return out;
    };
    QCOMPARE(keys(DocumentSettings::report(), QStringLiteral("tt18-2018")),
             QStringList({QStringLiteral("general_situation"), QStringLiteral("purpose"), QStringLiteral("process"),
                          QStringLiteral("conclusion")}));
    QVERIFY(keys(DocumentSettings::plan(), QStringLiteral("tt18-2018")).isEmpty());
    const QStringList report57 = keys(DocumentSettings::report(), QStringLiteral("tt57-2026"));
    QVERIFY(report57.contains(QStringLiteral("founded")));
    QVERIFY(report57.contains(QStringLiteral("local_context")));
    QVERIFY(report57.contains(QStringLiteral("proposals_commune")));
    QVERIFY(!report57.contains(QStringLiteral("general_situation")));
    QCOMPARE(keys(DocumentSettings::plan(), QStringLiteral("tt57-2026")),
             QStringList({QStringLiteral("plan_basis"), QStringLiteral("plan_organisation"), QStringLiteral("plan_reporting")}));
    // A text without a heading of its own is named by the section it opens.
    const QList<DocumentSettings::Field> fields =
        DocumentSettings::fields(DocumentSettings::report(), TestSupport::shippedFramework(QStringLiteral("tt18-2018")));
    QCOMPARE(fields.constLast().label, QStringLiteral("Phần III. KẾT LUẬN CHUNG"));
    QCOMPARE(fields.constLast().input, DocumentSettings::Input::Prose);
}

void TestSchoolData::reportTexts_storeSurviveReopeningAndUndo()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QString report = DocumentSettings::report();
    QVERIFY(!school.document.setDocumentSetting(report, QStringLiteral("local_context"), QStringLiteral("x")));
    QCOMPARE(school.document.errorString(), QStringLiteral("The document “report” has no setting “local_context”."));
    const QString text = QStringLiteral("Trường được thành lập năm 1995.\nCơ sở vật chất được đầu tư.");
    school.document.undoStack()->push(new SetDocumentSettingCommand(&school.document, report, QStringLiteral("general_situation"), text));
    QCOMPARE(school.document.documentSetting(report, QStringLiteral("general_situation")), text);
    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    QCOMPARE(reopened.documentSetting(report, QStringLiteral("general_situation")), text);
    reopened.close();
    school.document.undoStack()->undo();
    QVERIFY(school.document.documentSetting(report, QStringLiteral("general_situation")).isEmpty());
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("document_setting")), 0);
}

void TestSchoolData::level4Texts_storeAndRefuseUnknownRequirements()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const int number = school.document.framework().extraRequirements().requirements.constFirst().number;
    QVERIFY(school.document.setExtraRequirementText(number, QStringLiteral("strengths"), QStringLiteral("Thư viện đạt chuẩn.")));
    QVERIFY(!school.document.setExtraRequirementText(99, QStringLiteral("strengths"), QStringLiteral("x")));
    QVERIFY(school.document.errorString().contains(QStringLiteral("no Mức 4 requirement 99")));
    QVERIFY(!school.document.setExtraRequirementText(number, QStringLiteral("nonsense"), QStringLiteral("x")));
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("extra_requirement_text")), 1);
    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    QCOMPARE(reopened.extraRequirementText(number, QStringLiteral("strengths")), QStringLiteral("Thư viện đạt chuẩn."));
    QVERIFY(reopened.criterionText(QStringLiteral("1.1"), QStringLiteral("strengths")).isEmpty());
    // The package's assessment.json carries them, and the office reads them back.
    const QJsonObject json = AssessmentJson::toJson(school.document);
    const Result<AssessmentSnapshot> read = AssessmentSnapshot::fromJson(json, QStringLiteral("assessment.json"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read.value().extraRequirementText(number, QStringLiteral("strengths")), QStringLiteral("Thư viện đạt chuẩn."));
    // A package written before schema 6 has no texts.level4 and still reads.
    QJsonObject old = json;
    QJsonObject texts = old.value(QStringLiteral("texts")).toObject();
    texts.remove(QStringLiteral("level4"));
    old.insert(QStringLiteral("texts"), texts);
    QVERIFY(AssessmentSnapshot::fromJson(old, QStringLiteral("assessment.json")));
}

QTEST_GUILESS_MAIN(TestSchoolData)
#include "tst_schooldata.moc"
