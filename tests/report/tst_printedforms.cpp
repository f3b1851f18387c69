#include "../testsupport.h"
#include "document/demoschoolbuilder.h"
#include "document/documentsettings.h"
#include "evidence/evidencecodeformat.h"
#include "pdftools.h"
#include "report/councildecisionbuilder.h"
#include "report/criterionformsbuilder.h"
#include "report/evidencelistbuilder.h"
#include "report/registrationletterbuilder.h"
#include "report/selfassessmentplanbuilder.h"
#include "report/nd30blocks.h"
#include "report/pdfreportwriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

// The forms Minh prints, built for the demo school under both regimes and checked in the PDF
// text with pdftotext. Set MINH_FORMS_OUT to a folder to keep the PDFs for a look.
class TestPrintedForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dateLine_followsTheDecree();
    void councilDecision_listsMembersAndSettings_data();
    void councilDecision_listsMembersAndSettings();
    void criterionForms_showIndicatorsVerdictsAndTexts_data() { councilDecision_listsMembersAndSettings_data(); }
    void criterionForms_showIndicatorsVerdictsAndTexts();
    void evidenceList_hasTheRegimesColumnsAndEveryCode_data() { councilDecision_listsMembersAndSettings_data(); }
    void evidenceList_hasTheRegimesColumnsAndEveryCode();
    void selfAssessmentPlan_hasSectionsAndTimeline_data() { councilDecision_listsMembersAndSettings_data(); }
    void selfAssessmentPlan_hasSectionsAndTimeline();
    void registrationLetter_followsTheChosenKindAndAddressee_data();
    void registrationLetter_followsTheChosenKindAndAddressee();
    void cleanupTestCase();

private:
    QString writePdf(const PrintedDocument &printed, const QString &name);
    SchoolDocument *demo(const QString &frameworkId);

    QTemporaryDir m_dir;
    QHash<QString, SchoolDocument *> m_demos;
};

void TestPrintedForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

SchoolDocument *TestPrintedForms::demo(const QString &frameworkId)
{
    if (!m_demos.contains(frameworkId)) {
        auto *document = new SchoolDocument(this);
        // The builder keeps a reference to the framework: it must outlive the builder.
        const Framework framework = TestSupport::shippedFramework(frameworkId);
        DemoSchoolBuilder builder(framework);
        if (!builder.create(m_dir.filePath(frameworkId + QStringLiteral(".minh")), document)) {
            qWarning("%s", qPrintable(builder.errorString()));
            return nullptr;
        }
        m_demos.insert(frameworkId, document);
    }
    return m_demos.value(frameworkId);
}

QString TestPrintedForms::writePdf(const PrintedDocument &printed, const QString &name)
{
    const QString out = qEnvironmentVariable("MINH_FORMS_OUT");
    const QString path = (out.isEmpty() ? m_dir.path() : out) + QLatin1Char('/') + name + QStringLiteral(".pdf");
    PdfReportWriter writer;
    if (!writer.write(printed, path)) {
        qWarning("%s", qPrintable(writer.errorString()));
        return {};
    }
    // pdftotext joins the lines of a paragraph with line breaks; compare on single spaces.
    return PdfTools::text(path).simplified();
}

void TestPrintedForms::dateLine_followsTheDecree()
{
    QCOMPARE(Nd30Blocks::dateLine(QStringLiteral("Yên Thành"), QDate(2026, 2, 5)),
             QStringLiteral("Yên Thành, ngày 05 tháng 02 năm 2026"));
    QCOMPARE(Nd30Blocks::dateText(QDate(2018, 12, 28)), QStringLiteral("ngày 28 tháng 12 năm 2018"));
    QCOMPARE(Nd30Blocks::dateText(QDate(2025, 9, 8)), QStringLiteral("ngày 08 tháng 9 năm 2025"));
    QCOMPARE(Nd30Blocks::upper(QStringLiteral("Trường THCS Nguyễn Du")), QStringLiteral("TRƯỜNG THCS NGUYỄN DU"));
}

void TestPrintedForms::councilDecision_listsMembersAndSettings_data()
{
    QTest::addColumn<QString>("framework");
    QTest::newRow("2018") << QStringLiteral("tt18-2018");
    QTest::newRow("2026") << QStringLiteral("tt57-2026");
}

void TestPrintedForms::councilDecision_listsMembersAndSettings()
{
    QFETCH(QString, framework);
    SchoolDocument *document = demo(framework);
    QVERIFY(document);
    QVERIFY(document->setDocumentSetting(DocumentSettings::councilDecision(), QStringLiteral("number"),
                                         QStringLiteral("31/QĐ-THCS")));
    const QString text = writePdf(CouncilDecisionBuilder::build(*document), QStringLiteral("council-decision-") + framework);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    QVERIFY(text.contains(QStringLiteral("Số: 31/QĐ-THCS")));
    QVERIFY(text.contains(Nd30Blocks::upper(document->school().name)));
    QVERIFY(text.contains(QStringLiteral("Về việc thành lập Hội đồng tự đánh giá")));
    QVERIFY(text.contains(QStringLiteral("Thông tư số ") + document->framework().circular()));
    QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
    QVERIFY(text.contains(QStringLiteral("(Kèm theo Quyết định số 31/QĐ-THCS")));
    for (const CouncilMember &m : document->council()) {
        QVERIFY2(text.contains(m.fullName), qPrintable(m.fullName));
    }
}

void TestPrintedForms::criterionForms_showIndicatorsVerdictsAndTexts()
{
    QFETCH(QString, framework);
    SchoolDocument *document = demo(framework);
    QVERIFY(document);
    const PrintedDocument printed = CriterionFormsBuilder::build(*document);
    const QList<const Criterion *> criteria = document->framework().criteria();
    // One form per criterion, and one for the extra requirements where the framework has them.
    QCOMPARE(printed.sections.size(), criteria.size() + (document->framework().extraRequirements().isEmpty() ? 0 : 1));
    const QString text = writePdf(printed, QStringLiteral("criterion-forms-") + framework);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.count(QStringLiteral("PHIẾU ĐÁNH GIÁ TIÊU CHÍ")), printed.sections.size());
    QVERIFY(text.contains(QStringLiteral("Trường: ") + document->school().name));
    const Criterion *first = criteria.constFirst();
    QVERIFY(text.contains(QStringLiteral("Tiêu chí %1: %2").arg(first->code, first->title).simplified()));
    for (const Indicator &indicator : first->indicators(1)) {
        QVERIFY2(text.contains(indicator.text.simplified()), qPrintable(indicator.text));
    }
    if (document->framework().regime().id == QLatin1String("tt57-2026")) {
        // One row per level: what was achieved, and the level's verdict.
        QVERIFY(text.contains(QStringLiteral("Mô tả hiện trạng")));
        QVERIFY(text.contains(QStringLiteral("Hiện trạng, kết quả đạt")));
        QVERIFY(!text.contains(QStringLiteral("Chỉ báo")));
    } else {
        for (const TextField &field : document->framework().regime().criterionFields) {
            QVERIFY2(text.contains(field.title), qPrintable(field.title));
        }
        QVERIFY(text.contains(QStringLiteral("Chỉ báo")));
    }
    QVERIFY(text.contains(document->criterionText(first->code, document->framework().regime().criterionFields.first().key)
                              .simplified()
                              .left(60)));
    // The demo meets every Mức 1 indicator, so every criterion reaches at least Mức 1.
    const Evaluation evaluation = document->evaluate();
    QVERIFY(text.contains(QStringLiteral("Đánh giá tiêu chí: Đạt Mức %1").arg(evaluation.criterion(first->code)->level)));
    QVERIFY(text.contains(QStringLiteral("Không đạt")) || document->framework().maxCriterionLevel() == 2);
    QVERIFY(text.contains(QStringLiteral("Xác nhận của trưởng nhóm công tác")));
    if (!document->framework().extraRequirements().isEmpty()) {
        QVERIFY(text.contains(QStringLiteral("PHIẾU ĐÁNH GIÁ TIÊU CHÍ MỨC 4")));
        QVERIFY(text.contains(document->framework().extraRequirements().requirements.first().text.simplified().left(50)));
    }
}

void TestPrintedForms::evidenceList_hasTheRegimesColumnsAndEveryCode()
{
    QFETCH(QString, framework);
    SchoolDocument *document = demo(framework);
    QVERIFY(document);
    const QString text = writePdf(EvidenceListBuilder::build(*document), QStringLiteral("evidence-list-") + framework);
    QVERIFY(!text.isEmpty());
    QVERIFY(!document->evidence().isEmpty());
    for (const EvidenceItem &item : document->evidence()) {
        QVERIFY2(text.contains(item.code), qPrintable(item.code));
        QVERIFY2(text.contains(item.title.left(20)), qPrintable(item.title));
    }
    QVERIFY(text.contains(QStringLiteral("Mã minh chứng")));
    QVERIFY(text.contains(QStringLiteral("Tên minh chứng")));
    const bool is2018 = document->framework().regime().id == QLatin1String("5932-2018");
    // Column titles wrap in their cells; their first words stay on one line.
    QCOMPARE(text.contains(QStringLiteral("Nơi ban hành")), is2018);
    QCOMPARE(text.contains(QStringLiteral("Định dạng, vị trí lưu")), !is2018);
    // 2018 groups by criterion and lists a reused item again under the criterion that cites it;
    // 2026 lists each item once.
    const EvidenceItem *reused = nullptr;
    for (const EvidenceItem &item : document->evidence()) {
        reused = !reused && !item.citedBy.isEmpty() ? &item : reused;
    }
    QVERIFY(reused);
    QCOMPARE(text.count(reused->code), is2018 ? 2 : 1);
    QCOMPARE(text.contains(QStringLiteral("Tiêu chí 1.1")), is2018);
}

void TestPrintedForms::selfAssessmentPlan_hasSectionsAndTimeline()
{
    QFETCH(QString, framework);
    SchoolDocument *document = demo(framework);
    QVERIFY(document);
    const QString text = writePdf(SelfAssessmentPlanBuilder::build(*document), QStringLiteral("self-assessment-plan-") + framework);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("KẾ HOẠCH TỰ ĐÁNH GIÁ")));
    QVERIFY(text.contains(QStringLiteral("HỘI ĐỒNG TỰ ĐÁNH GIÁ")));
    QVERIFY(text.contains(QStringLiteral("IX. Thời gian và nội dung hoạt động")));
    QVERIFY(text.contains(QStringLiteral("TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ")));
    QVERIFY(text.contains(document->documentSetting(QStringLiteral("self_assessment_plan"), QStringLiteral("scope")).left(50)));
    for (const PlanActivity &activity : document->planActivities()) {
        QVERIFY2(text.contains(activity.activity.left(40)), qPrintable(activity.activity));
        QVERIFY(text.contains(activity.startsOn.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    for (const CouncilMember &m : document->council()) {
        QVERIFY2(text.contains(m.fullName), qPrintable(m.fullName));
    }
    // The code scheme is shown by an example code of the regime.
    QVERIFY(text.contains(EvidenceCodeFormat(document->framework().regime().evidence.codeFormat).code(1, QStringLiteral("1.1"), 1)));
}

void TestPrintedForms::registrationLetter_followsTheChosenKindAndAddressee_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("2018 accreditation") << QStringLiteral("tt18-2018") << DocumentSettings::kindAccreditation()
                                        << QStringLiteral("công nhận trường đạt kiểm định chất lượng giáo dục.")
                                        << QStringLiteral("công nhận trường đạt chuẩn quốc gia");
    QTest::newRow("2018 national standard") << QStringLiteral("tt18-2018") << DocumentSettings::kindNationalStandard()
                                            << QStringLiteral("công nhận trường đạt chuẩn quốc gia.")
                                            << QStringLiteral("công nhận trường đạt kiểm định");
    QTest::newRow("2026 both") << QStringLiteral("tt57-2026") << DocumentSettings::kindBoth()
                               << QStringLiteral("kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia.")
                               << QString();
}

void TestPrintedForms::registrationLetter_followsTheChosenKindAndAddressee()
{
    QFETCH(QString, framework);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    SchoolDocument *document = demo(framework);
    QVERIFY(document);
    const QString letter = DocumentSettings::registrationLetter();
    QVERIFY(document->setDocumentSetting(letter, QStringLiteral("kind"), kind));
    QVERIFY(document->setDocumentSetting(letter, QStringLiteral("addressee"), QStringLiteral("Ủy ban nhân dân xã Hòa Bình")));
    QVERIFY(document->setDocumentSetting(letter, QStringLiteral("recipients"),
                                         QStringLiteral("Như trên;\nSở Giáo dục và Đào tạo tỉnh Nghệ An (để b/c);\nLưu: VT.")));
    const QString text = writePdf(RegistrationLetterBuilder::build(*document),
                                  QStringLiteral("registration-letter-%1-%2").arg(framework, kind));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("Kính gửi: Ủy ban nhân dân xã Hòa Bình")));
    QVERIFY(text.contains(expected));
    if (!absent.isEmpty()) {
        QVERIFY(!text.contains(absent));
    }
    // The edited Nơi nhận replaces the default list (the line may wrap in its narrow column).
    QVERIFY(text.contains(QStringLiteral("- Sở Giáo dục và Đào tạo tỉnh Nghệ An")));
    QVERIFY(text.contains(QStringLiteral("Số: ") + document->documentSetting(letter, QStringLiteral("number"))));
    QVERIFY(text.contains(QStringLiteral("V/v đăng ký đánh giá ngoài")));
    QVERIFY(text.contains(QStringLiteral("Trường đạt Mức %1").arg(document->evaluate().schoolLevel), Qt::CaseInsensitive));
}

void TestPrintedForms::cleanupTestCase()
{
    // The files live in m_dir: close them before it goes.
    qDeleteAll(m_demos);
    m_demos.clear();
}

QTEST_MAIN(TestPrintedForms)
#include "tst_printedforms.moc"
