#include "../testsupport.h"
#include "document/schooldocument.h"
#include "search/searchindex.h"
#include "search/searchtext.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

// Search that ignores Vietnamese diacritics (đ included) and case, over every text of a school.
class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fold_data();
    void fold();
    void fold_keepsLengthOfNfcText();
    void index_findsTextsEvidencePlanAndCouncil();
    void index_needsEveryWord();
    void index_findsLevel4Texts();
    void index_withTwoThousandItems_staysFast();
};

void TestSearch::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("d-stroke lower") << QStringLiteral("đức") << QStringLiteral("duc");
    QTest::newRow("d-stroke upper") << QStringLiteral("Đức") << QStringLiteral("duc");
    QTest::newRow("all caps") << QStringLiteral("ĐẠI HỌC") << QStringLiteral("dai hoc");
    QTest::newRow("horn and hook") << QStringLiteral("Nguyễn Thị Thu Hương") << QStringLiteral("nguyen thi thu huong");
    QTest::newRow("every tone on a") << QStringLiteral("a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ")
                                     << QStringLiteral("a a a a a a a a a a a a a a a a a a");
    QTest::newRow("o and u families") << QStringLiteral("ơ ờ ớ ở ỡ ợ ô ồ ố ổ ỗ ộ ư ừ ứ ử ữ ự")
                                      << QStringLiteral("o o o o o o o o o o o o u u u u u u");
    QTest::newRow("y") << QStringLiteral("Ỳ Ý Ỷ Ỹ Ỵ") << QStringLiteral("y y y y y");
    QTest::newRow("combining marks (NFD input)") << QStringLiteral("Vie\u0302\u0323t") << QStringLiteral("viet");
    QTest::newRow("ascii unchanged but lowered") << QStringLiteral("H1-1.2-03") << QStringLiteral("h1-1.2-03");
    QTest::newRow("punctuation kept") << QStringLiteral("“Số 12/QĐ”") << QStringLiteral("“so 12/qd”");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(text), folded);
}

void TestSearch::fold_keepsLengthOfNfcText()
{
    const QString text = QStringLiteral("Trường THCS Đặng Thị Ngọc Ánh — kế hoạch 😀");
    QCOMPARE(SearchText::fold(text).size(), text.size());
}

void TestSearch::index_findsTextsEvidencePlanAndCouncil()
{
    TestSupport::School school;
    QVERIFY(school.create());
    SchoolDocument &doc = school.document;
    QVERIFY(doc.setCriterionText(QStringLiteral("1.2"), doc.framework().regime().criterionFields.first().key,
                                 QStringLiteral("Hội đồng trường họp định kỳ mỗi học kỳ.")));
    CouncilMember member;
    member.fullName = QStringLiteral("Trần Văn Đức");
    QVERIFY(doc.addCouncilMember(member));
    EvidenceItem item;
    item.criterionCode = QStringLiteral("2.1");
    item.title = QStringLiteral("Biên bản kiểm tra thư viện");
    item.issuer = QStringLiteral("Phòng GD&ĐT");
    QVERIFY(doc.addEvidenceItem(item));
    PlanItem plan;
    plan.criterionCode = QStringLiteral("3.1");
    plan.actions = QStringLiteral("Bồi dưỡng đội ngũ");
    QVERIFY(doc.addPlanItem(plan));

    SearchIndex index;
    index.rebuild(doc);
    QList<SearchHit> hits = index.search(QStringLiteral("van duc"));
    QVERIFY(!hits.isEmpty()); // "văn" and "dục" occur apart in the framework's texts as well
    QCOMPARE(hits.first().kind, SearchHit::Kind::Council);
    QCOMPARE(hits.first().snippet, QStringLiteral("Trần Văn Đức"));

    hits = index.search(QStringLiteral("HOI DONG TRUONG HOP DINH KY"));
    const auto written = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) {
        return h.snippet == QStringLiteral("Hội đồng trường họp định kỳ mỗi học kỳ.");
    });
    QVERIFY(written != hits.cend());
    QCOMPARE(written->kind, SearchHit::Kind::Criterion);
    QCOMPARE(written->criterion, QStringLiteral("1.2"));
    QVERIFY(written->place.startsWith(QStringLiteral("Criterion 1.2 · ")));

    hits = index.search(QStringLiteral("thu vien"));
    QVERIFY(!hits.isEmpty());
    const auto evidence = std::find_if(hits.cbegin(), hits.cend(),
                                       [](const SearchHit &h) { return h.kind == SearchHit::Kind::Evidence; });
    QVERIFY(evidence != hits.cend());
    QCOMPARE(evidence->criterion, QStringLiteral("2.1"));
    QCOMPARE(evidence->key, doc.evidence().first().code);

    hits = index.search(QStringLiteral("boi duong doi ngu"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, SearchHit::Kind::Plan);
    QCOMPARE(hits.first().key, QString::number(doc.plan().first().id));

    // The framework's own texts are searched too: criterion titles and indicators.
    const QString title = doc.framework().criterion(QStringLiteral("1.1"))->title;
    hits = index.search(SearchText::fold(title));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().criterion, QStringLiteral("1.1"));
}

void TestSearch::index_needsEveryWord()
{
    TestSupport::School school;
    QVERIFY(school.create());
    CouncilMember member;
    member.fullName = QStringLiteral("Trần Văn Đức");
    QVERIFY(school.document.addCouncilMember(member));
    SearchIndex index;
    index.rebuild(school.document);
    // Words match anywhere and in any order ("duc" is in "giáo dục" too).
    const QList<SearchHit> hits = index.search(QStringLiteral("duc van tran"));
    QVERIFY(
        std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.kind == SearchHit::Kind::Council; }));
    QCOMPARE(index.search(QStringLiteral("duc xyzzy")).size(), 0);
    QCOMPARE(index.search(QStringLiteral("   ")).size(), 0);
}

void TestSearch::index_withTwoThousandItems_staysFast()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setDurable(false));
    const QList<const Criterion *> criteria = school.document.framework().criteria();
    for (int i = 0; i < 2000; ++i) {
        EvidenceItem item;
        item.criterionCode = criteria.at(i % criteria.size())->code;
        item.title = QStringLiteral("Kế hoạch giáo dục số %1 của tổ chuyên môn Ngữ văn").arg(i);
        item.issueInfo = QStringLiteral("Số %1/QĐ-THCS, ngày 15/9/2025").arg(i);
        item.issuer = QStringLiteral("Hiệu trưởng");
        item.notes = QStringLiteral("Bản chính lưu tại văn phòng");
        QVERIFY(school.document.addEvidenceItem(item));
    }
    SearchIndex index;
    QElapsedTimer timer;
    timer.start();
    index.rebuild(school.document);
    const qint64 rebuildMs = timer.elapsed();
    timer.restart();
    const QList<SearchHit> hits = index.search(QStringLiteral("ke hoach 1999"));
    const qint64 searchMs = timer.elapsed();
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.first().snippet.contains(QStringLiteral("Kế hoạch giáo dục số 1999")));
    QCOMPARE(index.search(QStringLiteral("ngu van")).size(), 200); // capped
    // Reported, not asserted: timings depend on the machine.
    qInfo("index of %lld entries rebuilt in %lld ms; one search in %lld ms", qlonglong(index.size()), rebuildMs,
          searchMs);
}

QTEST_GUILESS_MAIN(TestSearch)

// The written texts of the Mức 4 requirements (2018) are searched and name their requirement.
void TestSearch::index_findsLevel4Texts()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setExtraRequirementText(2, QStringLiteral("weaknesses"),
                                                    QStringLiteral("Sân chơi còn thiếu bóng mát.")));
    SearchIndex index;
    index.rebuild(school.document);
    const QList<SearchHit> hits = index.search(QStringLiteral("bong mat"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, SearchHit::Kind::ExtraRequirement);
    QCOMPARE(hits.first().key, QStringLiteral("2"));
    QVERIFY2(hits.first().place.startsWith(QStringLiteral("Mức 4, requirement 2 · ")), qPrintable(hits.first().place));
    QCOMPARE(hits.first().snippet, QStringLiteral("Sân chơi còn thiếu bóng mát."));
}

#include "tst_search.moc"
