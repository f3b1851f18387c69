#include "../testsupport.h"
#include "document/schooldocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Minh::Core;
using TestSupport::count;
using TestSupport::scalar;

using Edit = std::function<bool(SchoolDocument &)>;
using Check = std::function<void(const SchoolDocument &)>;
using Read = std::function<QString(const SchoolDocument &)>;
using Verdicts = QList<QPair<IndicatorRef, Verdict>>;
using ExtraVerdicts = QList<QPair<int, Verdict>>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(Read)
Q_DECLARE_METATYPE(Verdicts)
Q_DECLARE_METATYPE(ExtraVerdicts)

namespace {

IndicatorRef ref(const QString &text)
{
    return *IndicatorRef::parse(text);
}

const QString Author = QStringLiteral("Nguyễn Văn An");

CouncilMember viceChair(const QStringList &criteria)
{
    return {0,
            QStringLiteral("Phạm Thị Hoa"),
            QStringLiteral("Phó Hiệu trưởng"),
            CouncilRole::ViceChair,
            QStringLiteral("Phó Chủ tịch Hội đồng"),
            QStringLiteral("Nhóm 2"),
            criteria};
}

PlanItem planItem()
{
    return {0,
            QStringLiteral("1.1"),
            1,
            QStringLiteral("Rà soát phương hướng, chiến lược"),
            QStringLiteral("Phương hướng phù hợp giai đoạn 2026-2030"),
            QStringLiteral("Lấy ý kiến cha mẹ học sinh"),
            QStringLiteral("Văn bản được phê duyệt"),
            QStringLiteral("Tháng 9/2026"),
            QStringLiteral("Hiệu trưởng"),
            QStringLiteral("Kinh phí hoạt động"),
            QStringLiteral("Quyết định phê duyệt"),
            QStringLiteral("Chưa bắt đầu")};
}

EvidenceItem evidenceItem()
{
    EvidenceItem item;
    item.code = QStringLiteral("[H1-1.1-01]");
    item.title = QStringLiteral("Kế hoạch chiến lược phát triển nhà trường");
    item.issueInfo = QStringLiteral("Số 12/KH-THCS, ngày 05/9/2025");
    item.issuer = QStringLiteral("Hiệu trưởng");
    item.notes = QStringLiteral("Bản chính lưu tại văn phòng");
    item.schoolYears = QStringLiteral("2025-2026");
    item.location = QStringLiteral("Tủ hồ sơ số 1");
    item.box = 1;
    item.criterionCode = QStringLiteral("1.1");
    item.citedBy = {QStringLiteral("1.2"), QStringLiteral("3.1")};
    return item;
}

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

const QString NfcSample = QStringLiteral("Trường Tiểu học Hòa Bình, huyện Đồng Hỷ");

// A data row that adds `item` with `field` in decomposed form (NFD) and reads it back from `list`.
template <typename Item>
void newRecordRow(const char *name, Item item, QString Item::*field, bool (SchoolDocument::*add)(Item),
                  const QList<Item> &(SchoolDocument::*list)() const, const QString &statement)
{
    item.*field = nfd(NfcSample);
    QTest::newRow(name) << Edit([=](SchoolDocument &d) { return (d.*add)(item); })
                        << Read([=](const SchoolDocument &d) { return (d.*list)().value(0).*field; }) << statement;
}

// A change-log value as the tests write it: NULL as an invalid QVariant, anything else as text.
QVariant logged(const QVariant &value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

// The newest change-log row: author, entity, key, field, old value, new value.
QVariantList lastChange(const QString &path)
{
    const QList<QVariantList> rows = TestSupport::rows(
        path, QStringLiteral("SELECT author, entity, entity_key, field, old_value, new_value FROM change_log "
                             "ORDER BY id DESC LIMIT 1"));
    QVariantList change;
    for (const QVariant &value : rows.value(0)) {
        change.append(logged(value));
    }
    return change;
}

} // namespace

class TestSchoolDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void create_reopen_keepsSchoolAssessmentAndFramework();
    void edit_survivesReopenAndIsLogged_data();
    void edit_survivesReopenAndIsLogged();
    void setIndicatorVerdict_checksIndicatorInForce_data();
    void setIndicatorVerdict_checksIndicatorInForce();
    void applyJudgements_oneBadEntry_writesNothing_data();
    void applyJudgements_oneBadEntry_writesNothing();
    void edit_decomposedText_isStoredNfc_data();
    void edit_decomposedText_isStoredNfc();
    void evaluateWhatIf_leavesJudgementsAndFileUnchanged();
    void addCouncilMember_unknownCriterion_fails();
    void applyJudgements_sameIndicatorTwice_logsEachStep();
    void setText_unknownField_isRejected();
};

void TestSchoolDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSchoolDocument::create_reopen_keepsSchoolAssessmentAndFramework()
{
    TestSupport::School school;
    school.document.setAuthor(Author);
    QVERIFY(school.create(QDate(2025, 9, 5)));
    const Framework shipped = TestSupport::shippedFramework(QStringLiteral("tt18-2018"));
    school.document.close();
    QVERIFY(!school.document.isOpen());

    SchoolDocument reopened;
    QVERIFY2(reopened.open(school.path), qPrintable(reopened.errorString()));
    const SchoolInfo expected = TestSupport::sampleSchool();
    const SchoolInfo &info = reopened.school();
    QCOMPARE(info.name, expected.name);
    QCOMPARE(info.schoolType, expected.schoolType);
    QCOMPARE(info.address, expected.address);
    QCOMPARE(info.managingAuthority, expected.managingAuthority);
    QCOMPARE(info.principal, expected.principal);
    QCOMPARE(info.phone, expected.phone);
    QCOMPARE(info.email, expected.email);
    QCOMPARE(info.website, expected.website);
    QCOMPARE(reopened.assessment().schoolYear, QStringLiteral("2025-2026"));
    QCOMPARE(reopened.assessment().rulesDate, QDate(2025, 9, 5));
    QVERIFY(QDateTime::fromString(reopened.assessment().createdAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(reopened.framework().id(), QStringLiteral("tt18-2018"));
    QCOMPARE(reopened.framework().sha256(), shipped.sha256());
    QCOMPARE(reopened.framework().source(), shipped.source());
    QCOMPARE(scalar(school.path, QStringLiteral("SELECT sha256 FROM framework_copy")).toString(), shipped.sha256());
    QVERIFY(reopened.judgements().indicators().isEmpty());
    QCOMPARE(lastChange(school.path), (QVariantList{Author, QStringLiteral("assessment"), QStringLiteral("1"),
                                                    QStringLiteral(""), QVariant(), QStringLiteral("tt18-2018")}));
}

void TestSchoolDocument::edit_survivesReopenAndIsLogged_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Check>("check");
    QTest::addColumn<int>("logRows");
    QTest::addColumn<QVariantList>("change"); // entity, key, field, old value, new value

    const QString strengths1 = QStringLiteral("Hội đồng trường được thành lập đúng quy định.");
    const QString strengths2 = QStringLiteral("Hội đồng trường hoạt động đúng quy chế, có hiệu quả.");
    const QString introduction = QStringLiteral("Tiêu chuẩn 2 gồm 4 tiêu chí về cán bộ quản lý, giáo viên.");

    const auto newVerdictRow = [](const char *name, const QString &indicator, Verdict verdict, const QString &stored) {
        QTest::newRow(name) << Edit([=](SchoolDocument &d) {
            return d.setIndicatorVerdict(ref(indicator), verdict);
        }) << Check([=](const SchoolDocument &d) { QCOMPARE(d.judgements().indicator(ref(indicator)), verdict); })
                            << 1
                            << QVariantList{QStringLiteral("indicator_judgement"), indicator, QStringLiteral("met"),
                                            QVariant(), stored};
    };
    newVerdictRow("indicator met", QStringLiteral("1.1/1/a"), Verdict::Met, QStringLiteral("1"));
    newVerdictRow("indicator not met", QStringLiteral("1.2/2/1"), Verdict::NotMet, QStringLiteral("0"));
    QTest::newRow("indicator back to not judged") << Edit([](SchoolDocument &d) {
        return d.setIndicatorVerdict(ref(QStringLiteral("1.1/1/b")), Verdict::Met) &&
               d.setIndicatorVerdict(ref(QStringLiteral("1.1/1/b")), Verdict::NotJudged);
    }) << Check([](const SchoolDocument &d) {
        QCOMPARE(d.judgements().indicator(ref(QStringLiteral("1.1/1/b"))), Verdict::NotJudged);
        QVERIFY(d.judgements().indicators().isEmpty());
    }) << 2
                                                  << QVariantList{QStringLiteral("indicator_judgement"),
                                                                  QStringLiteral("1.1/1/b"), QStringLiteral("met"),
                                                                  QStringLiteral("1"), QVariant()};
    QTest::newRow("extra requirement") << Edit([](SchoolDocument &d) {
        return d.setExtraRequirementVerdict(3, Verdict::NotMet);
    }) << Check([](const SchoolDocument &d) { QCOMPARE(d.judgements().extraRequirement(3), Verdict::NotMet); })
                                       << 1
                                       << QVariantList{QStringLiteral("extra_requirement_judgement"),
                                                       QStringLiteral("3"), QStringLiteral("met"), QVariant(),
                                                       QStringLiteral("0")};
    QTest::newRow("criterion text") << Edit([=](SchoolDocument &d) {
        return d.setCriterionText(QStringLiteral("1.2"), QStringLiteral("strengths"), strengths1) &&
               d.setCriterionText(QStringLiteral("1.2"), QStringLiteral("strengths"), strengths2);
    }) << Check([=](const SchoolDocument &d) {
        QCOMPARE(d.criterionText(QStringLiteral("1.2"), QStringLiteral("strengths")), strengths2);
        QVERIFY(d.criterionText(QStringLiteral("1.2"), QStringLiteral("weaknesses")).isEmpty());
    }) << 2
                                    << QVariantList{QStringLiteral("criterion_text"), QStringLiteral("1.2"),
                                                    QStringLiteral("strengths"), strengths1, strengths2};
    QTest::newRow("standard text") << Edit([=](SchoolDocument &d) {
        return d.setStandardText(2, QStringLiteral("introduction"), introduction);
    }) << Check([=](const SchoolDocument &d) {
        QCOMPARE(d.standardText(2, QStringLiteral("introduction")), introduction);
    }) << 1
                                   << QVariantList{QStringLiteral("standard_text"), QStringLiteral("2"),
                                                   QStringLiteral("introduction"), QString(), introduction};
    QTest::newRow("school info") << Edit([](SchoolDocument &d) {
        SchoolInfo school = d.school();
        school.name = QStringLiteral("Trường THCS Nguyễn Du (cơ sở 2)");
        school.address = QStringLiteral("45 Hùng Vương, Huế");
        return d.setSchoolInfo(school);
    }) << Check([](const SchoolDocument &d) {
        QCOMPARE(d.school().name, QStringLiteral("Trường THCS Nguyễn Du (cơ sở 2)"));
        QCOMPARE(d.school().address, QStringLiteral("45 Hùng Vương, Huế"));
        QCOMPARE(d.school().principal, TestSupport::sampleSchool().principal);
    }) << 2 // one row per changed field: name, then address
                                 << QVariantList{QStringLiteral("school"), QStringLiteral("1"), QStringLiteral("address"),
                                                 TestSupport::sampleSchool().address, QStringLiteral("45 Hùng Vương, Huế")};
    QTest::newRow("council member") << Edit([](SchoolDocument &d) {
        return d.addCouncilMember(viceChair({QStringLiteral("1.1"), QStringLiteral("2.3")}));
    }) << Check([](const SchoolDocument &d) {
        QCOMPARE(d.council().size(), 1);
        const CouncilMember &m = d.council().first();
        const CouncilMember expected = viceChair({QStringLiteral("1.1"), QStringLiteral("2.3")});
        QCOMPARE(m.id, qint64(1));
        QCOMPARE(m.fullName, expected.fullName);
        QCOMPARE(m.position, expected.position);
        QCOMPARE(m.role, CouncilRole::ViceChair);
        QCOMPARE(m.duty, expected.duty);
        QCOMPARE(m.workingGroup, expected.workingGroup);
        QCOMPARE(m.criteria, expected.criteria);
    }) << 1
                                    << QVariantList{QStringLiteral("council_member"), QStringLiteral("1"), QString(),
                                                    QVariant(), QStringLiteral("Phạm Thị Hoa")};
    QTest::newRow("plan item") << Edit([](SchoolDocument &d) { return d.addPlanItem(planItem()); })
                               << Check([](const SchoolDocument &d) {
                                      QCOMPARE(d.plan().size(), 1);
                                      const PlanItem &p = d.plan().first();
                                      const PlanItem expected = planItem();
                                      QCOMPARE(p.id, qint64(1));
                                      QCOMPARE(p.criterionCode, expected.criterionCode);
                                      QCOMPARE(p.standardNumber, expected.standardNumber);
                                      QCOMPARE(p.content, expected.content);
                                      QCOMPARE(p.goal, expected.goal);
                                      QCOMPARE(p.actions, expected.actions);
                                      QCOMPARE(p.successIndicators, expected.successIndicators);
                                      QCOMPARE(p.timeline, expected.timeline);
                                      QCOMPARE(p.owner, expected.owner);
                                      QCOMPARE(p.resources, expected.resources);
                                      QCOMPARE(p.expectedEvidence, expected.expectedEvidence);
                                      QCOMPARE(p.progress, expected.progress);
                                  })
                               << 1
                               << QVariantList{QStringLiteral("plan_item"), QStringLiteral("1"), QString(), QVariant(),
                                               planItem().content};
    QTest::newRow("evidence item") << Edit([](SchoolDocument &d) { return d.addEvidenceItem(evidenceItem()); })
                                   << Check([](const SchoolDocument &d) {
                                          QCOMPARE(d.evidence().size(), 1);
                                          const EvidenceItem &e = d.evidence().first();
                                          const EvidenceItem expected = evidenceItem();
                                          QCOMPARE(e.code, expected.code);
                                          QCOMPARE(e.title, expected.title);
                                          QCOMPARE(e.issueInfo, expected.issueInfo);
                                          QCOMPARE(e.issuer, expected.issuer);
                                          QCOMPARE(e.notes, expected.notes);
                                          QCOMPARE(e.schoolYears, expected.schoolYears);
                                          QCOMPARE(e.location, expected.location);
                                          QCOMPARE(e.box, expected.box);
                                          QCOMPARE(e.criterionCode, expected.criterionCode);
                                          QStringList citedBy = e.citedBy;
                                          citedBy.sort();
                                          QCOMPARE(citedBy, expected.citedBy);
                                          QVERIFY(QDateTime::fromString(e.createdAt, Qt::ISODateWithMs).isValid());
                                      })
                                   << 1
                                   << QVariantList{QStringLiteral("evidence_item"), QStringLiteral("[H1-1.1-01]"),
                                                   QString(), QVariant(), evidenceItem().title};
}

void TestSchoolDocument::edit_survivesReopenAndIsLogged()
{
    QFETCH(Edit, edit);
    QFETCH(Check, check);
    QFETCH(int, logRows);
    QFETCH(QVariantList, change);

    TestSupport::School school;
    school.document.setAuthor(Author);
    QVERIFY(school.create());
    const int logBefore = count(school.path, QStringLiteral("change_log"));
    QVERIFY2(edit(school.document), qPrintable(school.document.errorString()));
    check(school.document);
    if (QTest::currentTestFailed()) {
        return;
    }
    school.document.close();

    SchoolDocument reopened;
    QVERIFY2(reopened.open(school.path), qPrintable(reopened.errorString()));
    check(reopened);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore + logRows);
    QVariantList expected{Author};
    for (const QVariant &value : std::as_const(change)) {
        expected.append(logged(value));
    }
    QCOMPARE(lastChange(school.path), expected);
    QVERIFY(!scalar(school.path, QStringLiteral("SELECT changed_at FROM change_log ORDER BY id DESC LIMIT 1"))
                 .toString()
                 .isEmpty());
}

void TestSchoolDocument::setIndicatorVerdict_checksIndicatorInForce_data()
{
    QTest::addColumn<QDate>("rulesDate");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("message"); // empty: the verdict is accepted

    const QDate rules2026(2026, 1, 1);
    const QString unknown = QStringLiteral("The framework 18/2018/TT-BGDĐT has no indicator “%1”.");
    const QString repealed =
        QStringLiteral("The indicator “%1” was repealed by 22/2024/TT-BGDĐT (khoản 3 Điều 11) and is not judged.");
    QTest::newRow("unknown criterion") << rules2026 << QStringLiteral("9.9/1/a")
                                       << unknown.arg(QStringLiteral("9.9/1/a"));
    QTest::newRow("unknown letter") << rules2026 << QStringLiteral("1.1/1/z") << unknown.arg(QStringLiteral("1.1/1/z"));
    QTest::newRow("level the criterion lacks")
        << rules2026 << QStringLiteral("1.2/3/1") << unknown.arg(QStringLiteral("1.2/3/1"));
    QTest::newRow("repealed, rules of 2026")
        << rules2026 << QStringLiteral("5.3/1/a") << repealed.arg(QStringLiteral("5.3/1/a"));
    QTest::newRow("repealed, rules of its effective day")
        << QDate(2025, 1, 25) << QStringLiteral("5.3/1/a") << repealed.arg(QStringLiteral("5.3/1/a"));
    QTest::newRow("repealed later, rules of 2024") << QDate(2024, 6, 1) << QStringLiteral("5.3/1/a") << QString();
    QTest::newRow("never repealed") << rules2026 << QStringLiteral("5.3/2/1") << QString();
}

void TestSchoolDocument::setIndicatorVerdict_checksIndicatorInForce()
{
    QFETCH(QDate, rulesDate);
    QFETCH(QString, indicator);
    QFETCH(QString, message);

    TestSupport::School school;
    QVERIFY(school.create(rulesDate));
    const int logBefore = count(school.path, QStringLiteral("change_log"));
    const bool accepted = message.isEmpty();
    QCOMPARE(school.document.setIndicatorVerdict(ref(indicator), Verdict::Met), accepted);
    if (accepted) {
        QCOMPARE(school.document.judgements().indicator(ref(indicator)), Verdict::Met);
        QCOMPARE(count(school.path, QStringLiteral("indicator_judgement")), 1);
        QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore + 1);
        return;
    }
    QCOMPARE(school.document.errorString(), message);
    QString judgeable;
    QVERIFY(!school.document.isJudgeable(ref(indicator), &judgeable));
    QCOMPARE(judgeable, message);
    QVERIFY(school.document.judgements().indicators().isEmpty());
    QCOMPARE(count(school.path, QStringLiteral("indicator_judgement")), 0);
    QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore);
}

void TestSchoolDocument::applyJudgements_oneBadEntry_writesNothing_data()
{
    QTest::addColumn<Verdicts>("indicators");
    QTest::addColumn<ExtraVerdicts>("extra");
    QTest::addColumn<QString>("message"); // empty: everything is written

    const auto v = [](const char *text, Verdict verdict) { return qMakePair(ref(QString::fromLatin1(text)), verdict); };
    QTest::newRow("all good") << Verdicts{v("1.1/1/a", Verdict::Met), v("1.1/1/b", Verdict::NotMet)}
                              << ExtraVerdicts{{1, Verdict::Met}} << QString();
    QTest::newRow("unknown indicator in the middle")
        << Verdicts{v("1.1/1/a", Verdict::Met), v("9.9/1/a", Verdict::Met), v("1.1/1/b", Verdict::NotMet)}
        << ExtraVerdicts{{1, Verdict::Met}}
        << QStringLiteral("The framework 18/2018/TT-BGDĐT has no indicator “9.9/1/a”.");
    QTest::newRow("repealed indicator last")
        << Verdicts{v("1.1/1/a", Verdict::Met), v("1.1/1/b", Verdict::Met), v("5.4/1/b", Verdict::NotMet)}
        << ExtraVerdicts{}
        << QStringLiteral(
               "The indicator “5.4/1/b” was repealed by 22/2024/TT-BGDĐT (khoản 4 Điều 11) and is not judged.");
    QTest::newRow("unknown requirement after good indicators")
        << Verdicts{v("1.1/1/a", Verdict::Met), v("1.1/1/b", Verdict::Met)}
        << ExtraVerdicts{{1, Verdict::Met}, {7, Verdict::Met}}
        << QStringLiteral("The framework 18/2018/TT-BGDĐT has no requirement 7 for Mức 4.");
}

void TestSchoolDocument::applyJudgements_oneBadEntry_writesNothing()
{
    QFETCH(Verdicts, indicators);
    QFETCH(ExtraVerdicts, extra);
    QFETCH(QString, message);

    TestSupport::School school;
    QVERIFY(school.create());
    const int logBefore = count(school.path, QStringLiteral("change_log"));
    QSignalSpy changed(&school.document, &SchoolDocument::judgementsChanged);
    const bool accepted = message.isEmpty();
    QCOMPARE(school.document.applyJudgements(indicators, extra), accepted);
    if (accepted) {
        QCOMPARE(changed.size(), 1);
        QCOMPARE(school.document.judgements().indicators().size(), indicators.size());
        QCOMPARE(count(school.path, QStringLiteral("indicator_judgement")), indicators.size());
        QCOMPARE(count(school.path, QStringLiteral("extra_requirement_judgement")), extra.size());
        QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore + indicators.size() + extra.size());
        return;
    }
    QCOMPARE(school.document.errorString(), message);
    QCOMPARE(changed.size(), 0);
    QVERIFY(school.document.judgements().indicators().isEmpty());
    QVERIFY(school.document.judgements().extraRequirements().isEmpty());
    QCOMPARE(count(school.path, QStringLiteral("indicator_judgement")), 0);
    QCOMPARE(count(school.path, QStringLiteral("extra_requirement_judgement")), 0);
    QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore);
    // The failed batch left no transaction open: the next edit goes through.
    QVERIFY2(school.document.setIndicatorVerdict(ref(QStringLiteral("1.1/1/c")), Verdict::Met),
             qPrintable(school.document.errorString()));
    QCOMPARE(count(school.path, QStringLiteral("indicator_judgement")), 1);
}

void TestSchoolDocument::edit_decomposedText_isStoredNfc_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("statement"); // reads the stored text back

    QTest::newRow("criterion text") << Edit([](SchoolDocument &d) {
        return d.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"), nfd(NfcSample));
    }) << Read([](const SchoolDocument &d) {
        return d.criterionText(QStringLiteral("1.1"), QStringLiteral("description"));
    }) << QStringLiteral("SELECT content FROM criterion_text");
    QTest::newRow("standard text") << Edit([](SchoolDocument &d) {
        return d.setStandardText(1, QStringLiteral("strengths"), nfd(NfcSample));
    }) << Read([](const SchoolDocument &d) { return d.standardText(1, QStringLiteral("strengths")); })
                                   << QStringLiteral("SELECT content FROM standard_text");
    QTest::newRow("school name") << Edit([](SchoolDocument &d) {
        SchoolInfo school = d.school();
        school.name = nfd(NfcSample);
        return d.setSchoolInfo(school);
    }) << Read([](const SchoolDocument &d) { return d.school().name; })
                                 << QStringLiteral("SELECT name FROM school");
    newRecordRow("council member name", viceChair({}), &CouncilMember::fullName, &SchoolDocument::addCouncilMember,
                 &SchoolDocument::council, QStringLiteral("SELECT full_name FROM council_member"));
    newRecordRow("council working group", viceChair({}), &CouncilMember::workingGroup,
                 &SchoolDocument::addCouncilMember, &SchoolDocument::council,
                 QStringLiteral("SELECT working_group FROM council_member"));
    newRecordRow("evidence title", evidenceItem(), &EvidenceItem::title, &SchoolDocument::addEvidenceItem,
                 &SchoolDocument::evidence, QStringLiteral("SELECT title FROM evidence_item"));
    newRecordRow("evidence notes", evidenceItem(), &EvidenceItem::notes, &SchoolDocument::addEvidenceItem,
                 &SchoolDocument::evidence, QStringLiteral("SELECT notes FROM evidence_item"));
    newRecordRow("plan item content", planItem(), &PlanItem::content, &SchoolDocument::addPlanItem,
                 &SchoolDocument::plan, QStringLiteral("SELECT content FROM plan_item"));
}

void TestSchoolDocument::edit_decomposedText_isStoredNfc()
{
    QFETCH(Edit, edit);
    QFETCH(Read, read);
    QFETCH(QString, statement);

    QVERIFY(nfd(NfcSample) != NfcSample);
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY2(edit(school.document), qPrintable(school.document.errorString()));
    // Known gaps in core: the record adders normalise only some of their texts.
    QCOMPARE(read(school.document), NfcSample);
    QCOMPARE(scalar(school.path, statement).toString(), NfcSample);
}

void TestSchoolDocument::evaluateWhatIf_leavesJudgementsAndFileUnchanged()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setIndicatorVerdict(ref(QStringLiteral("1.1/1/a")), Verdict::Met));
    const QByteArray fileBefore = TestSupport::fileHash(school.path);
    const QHash<QString, Verdict> judgedBefore = school.document.judgements().indicators();
    QCOMPARE(school.document.evaluate().criterion(QStringLiteral("1.1"))->level, 0);

    JudgementSet whatIf = school.document.judgements();
    whatIf.setIndicator(ref(QStringLiteral("1.1/1/b")), Verdict::Met);
    whatIf.setIndicator(ref(QStringLiteral("1.1/1/c")), Verdict::Met);
    whatIf.setIndicator(ref(QStringLiteral("1.1/2/1")), Verdict::Met);
    const Evaluation evaluation = school.document.evaluate(whatIf);
    QCOMPARE(evaluation.criterion(QStringLiteral("1.1"))->level, 2);

    QCOMPARE(school.document.judgements().indicators(), judgedBefore);
    QCOMPARE(school.document.evaluate().criterion(QStringLiteral("1.1"))->level, 0);
    QCOMPARE(TestSupport::fileHash(school.path), fileBefore);
    QCOMPARE(count(school.path, QStringLiteral("indicator_judgement")), 1);
}

void TestSchoolDocument::addCouncilMember_unknownCriterion_fails()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const int logBefore = count(school.path, QStringLiteral("change_log"));
    QVERIFY(!school.document.addCouncilMember(viceChair({QStringLiteral("1.1"), QStringLiteral("9.9")})));
    QCOMPARE(school.document.errorString(), QStringLiteral("There is no criterion “9.9” for Phạm Thị Hoa."));
    QVERIFY(school.document.council().isEmpty());
    QCOMPARE(count(school.path, QStringLiteral("council_member")), 0);
    QCOMPARE(count(school.path, QStringLiteral("criterion_assignment")), 0);
    QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore);
}


void TestSchoolDocument::applyJudgements_sameIndicatorTwice_logsEachStep()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const IndicatorRef ref{QStringLiteral("1.1"), 1, QStringLiteral("a")};
    QVERIFY(school.document.applyJudgements({{ref, Verdict::Met}, {ref, Verdict::NotMet}}, {}));
    const QList<QVariantList> rows = TestSupport::rows(
        school.path, QStringLiteral("SELECT old_value, new_value FROM change_log WHERE entity = 'indicator_judgement' "
                                    "ORDER BY id"));
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).at(0).isNull());
    QCOMPARE(rows.at(0).at(1).toInt(), 1);
    QCOMPARE(rows.at(1).at(0).toInt(), 1); // the second step starts from the first, not from "not judged"
    QCOMPARE(rows.at(1).at(1).toInt(), 0);
    QCOMPARE(school.document.judgements().indicator(ref), Verdict::NotMet);
}

void TestSchoolDocument::setText_unknownField_isRejected()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const int logBefore = count(school.path, QStringLiteral("change_log"));
    QVERIFY(!school.document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("status_level_1"), QStringLiteral("x")));
    QCOMPARE(school.document.errorString(), QStringLiteral("Criteria under 18/2018/TT-BGDĐT have no text “status_level_1”."));
    QVERIFY(!school.document.setStandardText(1, QStringLiteral("nonsense"), QStringLiteral("x")));
    QCOMPARE(school.document.errorString(), QStringLiteral("Standards under 18/2018/TT-BGDĐT have no text “nonsense”."));
    QCOMPARE(count(school.path, QStringLiteral("criterion_text")) + count(school.path, QStringLiteral("standard_text")), 0);
    QCOMPARE(count(school.path, QStringLiteral("change_log")), logBefore);
}

QTEST_GUILESS_MAIN(TestSchoolDocument)
#include "tst_schooldocument.moc"
