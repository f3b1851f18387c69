#include "../testsupport.h"
#include "document/frameworkupgrade.h"
#include "document/schooldocument.h"

#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;
using Kind = FrameworkChange::Kind;
using TestSupport::scalar;

namespace {

IndicatorRef ref(const QString &text)
{
    return *IndicatorRef::parse(text);
}

const QString NewTitle = QStringLiteral("Quy định về kiểm định chất lượng giáo dục trường trung học (hợp nhất 2026)");
const QString RewordedText = QStringLiteral("Phù hợp với mục tiêu giáo dục và định hướng phát triển của địa phương;");
const QString AddedText = QStringLiteral("Có kế hoạch chuyển đổi số trong quản trị nhà trường.");

// tt18-2018 as a newer edition might publish it: 1.1/1/a and 1.3/1/a reworded, 1.1/1/b removed,
// 1.2/1/d added, a new title.
QJsonObject newerJson()
{
    QJsonObject json = TestSupport::shippedJson(QStringLiteral("tt18-2018"));
    json[QStringLiteral("title")] = NewTitle;
    const auto editLevel1 = [](const std::function<void(QJsonArray &)> &edit) {
        return [edit](QJsonObject &criterion) {
            QJsonObject levels = criterion[QStringLiteral("levels")].toObject();
            QJsonArray level1 = levels[QStringLiteral("1")].toArray();
            edit(level1);
            levels[QStringLiteral("1")] = level1;
            criterion[QStringLiteral("levels")] = levels;
        };
    };
    const auto reword = [](QJsonArray &indicators, int index, const QString &text) {
        QJsonObject indicator = indicators[index].toObject();
        indicator[QStringLiteral("text")] = text;
        indicators[index] = indicator;
    };
    json = TestSupport::withCriterion(json, 0, 0, editLevel1([&](QJsonArray &indicators) {
                                          reword(indicators, 0, RewordedText);
                                          indicators.removeAt(1);
                                      }));
    json = TestSupport::withCriterion(json, 0, 1, editLevel1([](QJsonArray &indicators) {
                                          indicators.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("d")},
                                                                        {QStringLiteral("text"), AddedText}});
                                      }));
    json = TestSupport::withCriterion(json, 0, 2, editLevel1([&](QJsonArray &indicators) {
                                          reword(indicators, 0,
                                                 QStringLiteral("Được thành lập và kiện toàn theo quy định;"));
                                      }));
    return json;
}

Framework parse(const QByteArray &bytes)
{
    auto parsed = FrameworkParser::parse(bytes, QStringLiteral("tt18-2018-newer.json"));
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error()));
    }
    return std::move(parsed).value();
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::CriterionAdded:
        return QStringLiteral("CriterionAdded");
    case Kind::CriterionRemoved:
        return QStringLiteral("CriterionRemoved");
    case Kind::CriterionRetitled:
        return QStringLiteral("CriterionRetitled");
    case Kind::CriterionMandatoryChanged:
        return QStringLiteral("CriterionMandatoryChanged");
    case Kind::StandardRetitled:
        return QStringLiteral("StandardRetitled");
    case Kind::TextFieldAdded:
        return QStringLiteral("TextFieldAdded");
    case Kind::TextFieldRemoved:
        return QStringLiteral("TextFieldRemoved");
    case Kind::TextFieldRetitled:
        return QStringLiteral("TextFieldRetitled");
    case Kind::EvidenceSchemeChanged:
        return QStringLiteral("EvidenceSchemeChanged");
    case Kind::IndicatorAdded:
        return QStringLiteral("IndicatorAdded");
    case Kind::IndicatorRemoved:
        return QStringLiteral("IndicatorRemoved");
    case Kind::IndicatorReworded:
        return QStringLiteral("IndicatorReworded");
    case Kind::IndicatorRepealChanged:
        return QStringLiteral("IndicatorRepealChanged");
    case Kind::ExtraRequirementAdded:
        return QStringLiteral("ExtraRequirementAdded");
    case Kind::ExtraRequirementRemoved:
        return QStringLiteral("ExtraRequirementRemoved");
    case Kind::ExtraRequirementReworded:
        return QStringLiteral("ExtraRequirementReworded");
    case Kind::RulesChanged:
        return QStringLiteral("RulesChanged");
    case Kind::DescriptionChanged:
        return QStringLiteral("DescriptionChanged");
    }
    return {};
}

// "<kind> <ref>" for every change, sorted, so a failure shows the whole difference at once.
QStringList summary(const QList<FrameworkChange> &changes)
{
    QStringList out;
    for (const FrameworkChange &change : changes) {
        out.append(kindName(change.kind) + QLatin1Char(' ') + change.ref);
    }
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// A tt18-2018 school with verdicts on indicators the newer edition rewords, removes and keeps.
bool createJudgedSchool(TestSupport::School *school)
{
    if (!school->create()) {
        return false;
    }
    const bool judged = school->document.applyJudgements({{ref(QStringLiteral("1.1/1/a")), Verdict::Met},
                                                          {ref(QStringLiteral("1.1/1/b")), Verdict::NotMet},
                                                          {ref(QStringLiteral("1.1/1/c")), Verdict::Met},
                                                          {ref(QStringLiteral("1.2/1/a")), Verdict::Met},
                                                          {ref(QStringLiteral("2.1/2/a")), Verdict::NotMet}},
                                                         {{1, Verdict::Met}});
    if (!judged) {
        qWarning("%s", qPrintable(school->document.errorString()));
    }
    return judged;
}

void checkVerdictsAfterUpgrade(const SchoolDocument &document)
{
    const JudgementSet &judgements = document.judgements();
    QCOMPARE(judgements.indicator(ref(QStringLiteral("1.1/1/a"))), Verdict::NotJudged);
    QCOMPARE(judgements.indicator(ref(QStringLiteral("1.1/1/b"))), Verdict::NotJudged);
    QCOMPARE(judgements.indicator(ref(QStringLiteral("1.1/1/c"))), Verdict::Met);
    QCOMPARE(judgements.indicator(ref(QStringLiteral("1.2/1/a"))), Verdict::Met);
    QCOMPARE(judgements.indicator(ref(QStringLiteral("2.1/2/a"))), Verdict::NotMet);
    QCOMPARE(judgements.indicators().size(), 3);
    QCOMPARE(judgements.extraRequirement(1), Verdict::Met);
}

} // namespace

class TestFrameworkUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preview_listsChangesAndClearedVerdicts_fileUnchanged();
    void apply_storesNewFrameworkAndClearsExactlyInvalidatedVerdicts();
    void preview_otherFramework_fails();
    void preview_sameFramework_isUpToDateOnlyForSameSource_data();
    void preview_sameFramework_isUpToDateOnlyForSameSource();
    void preview_mandatoryAndFieldChanges_areListedWithOrphans();
    void apply_clearsVerdictOfIndicatorRepealedInBetween();
};

void TestFrameworkUpgrade::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFrameworkUpgrade::preview_listsChangesAndClearedVerdicts_fileUnchanged()
{
    TestSupport::School school;
    QVERIFY(createJudgedSchool(&school));
    const Framework newer = parse(QJsonDocument(newerJson()).toJson());
    const QByteArray fileBefore = TestSupport::fileHash(school.path);
    const QString shaBefore = school.document.framework().sha256();

    FrameworkUpgrade upgrade(&school.document, newer);
    QVERIFY2(upgrade.preview(), qPrintable(upgrade.errorString()));
    QCOMPARE(summary(upgrade.changes()),
             (QStringList{QStringLiteral("DescriptionChanged description"), QStringLiteral("IndicatorAdded 1.2/1/d"),
                          QStringLiteral("IndicatorRemoved 1.1/1/b"), QStringLiteral("IndicatorReworded 1.1/1/a"),
                          QStringLiteral("IndicatorReworded 1.3/1/a")}));
    QCOMPARE(sorted(upgrade.clearedJudgements()), (QStringList{QStringLiteral("1.1/1/a"), QStringLiteral("1.1/1/b")}));
    QVERIFY(!upgrade.isUpToDate());

    for (const FrameworkChange &change : upgrade.changes()) {
        if (change.ref == QStringLiteral("1.1/1/a")) {
            QCOMPARE(change.newText, RewordedText);
            QCOMPARE(
                change.oldText,
                school.document.framework().criterion(QStringLiteral("1.1"))->indicator(1, QStringLiteral("a"))->text);
            QCOMPARE(FrameworkUpgrade::describe(change),
                     QStringLiteral("Indicator 1.1/1/a reworded: “%1” → “%2”").arg(change.oldText, RewordedText));
        } else if (change.ref == QStringLiteral("1.2/1/d")) {
            QCOMPARE(FrameworkUpgrade::describe(change), QStringLiteral("New indicator 1.2/1/d: ") + AddedText);
        }
    }

    QCOMPARE(TestSupport::fileHash(school.path), fileBefore);
    QCOMPARE(school.document.framework().sha256(), shaBefore);
    QCOMPARE(school.document.judgements().indicators().size(), 5);
}

void TestFrameworkUpgrade::apply_storesNewFrameworkAndClearsExactlyInvalidatedVerdicts()
{
    TestSupport::School school;
    QVERIFY(createJudgedSchool(&school));
    const Framework newer = parse(QJsonDocument(newerJson()).toJson());
    const QString oldSha = school.document.framework().sha256();
    const int logBefore = TestSupport::count(school.path, QStringLiteral("change_log"));
    FrameworkUpgrade upgrade(&school.document, newer);
    QVERIFY2(upgrade.preview(), qPrintable(upgrade.errorString()));
    QVERIFY2(upgrade.apply(), qPrintable(upgrade.errorString()));

    QCOMPARE(school.document.framework().sha256(), newer.sha256());
    QCOMPARE(school.document.framework().title(), NewTitle);
    QVERIFY(school.document.framework().criterion(QStringLiteral("1.2"))->indicator(1, QStringLiteral("d")));
    checkVerdictsAfterUpgrade(school.document);
    QCOMPARE(scalar(school.path, QStringLiteral("SELECT sha256 FROM framework_copy")).toString(), newer.sha256());
    QCOMPARE(scalar(school.path, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'framework_copy' AND "
                                                "old_value = '%1' AND new_value = '%2'")
                                     .arg(oldSha, newer.sha256()))
                 .toInt(),
             1);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("change_log")), logBefore + 1 + 2);
    school.document.close();

    SchoolDocument reopened;
    QVERIFY2(reopened.open(school.path), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.framework().sha256(), newer.sha256());
    QCOMPARE(reopened.framework().source(), newer.source());
    checkVerdictsAfterUpgrade(reopened);
    // The stored copy now is the newer edition, so the same upgrade has nothing left to do.
    FrameworkUpgrade again(&reopened, newer);
    QVERIFY(again.preview());
    QVERIFY(again.isUpToDate());
}

void TestFrameworkUpgrade::preview_otherFramework_fails()
{
    TestSupport::School school;
    QVERIFY(createJudgedSchool(&school));
    const Framework other = TestSupport::shippedFramework(QStringLiteral("tt17-2018"));
    const QByteArray fileBefore = TestSupport::fileHash(school.path);
    const QString message = QStringLiteral("This assessment was made under 18/2018/TT-BGDĐT (tt18-2018); it cannot be "
                                           "moved to 17/2018/TT-BGDĐT (tt17-2018). A different framework needs a new "
                                           "assessment.");

    FrameworkUpgrade upgrade(&school.document, other);
    QVERIFY(!upgrade.preview());
    QCOMPARE(upgrade.errorString(), message);
    QVERIFY(upgrade.changes().isEmpty());
    QVERIFY(!upgrade.apply());
    QCOMPARE(upgrade.errorString(), message);
    QCOMPARE(school.document.framework().id(), QStringLiteral("tt18-2018"));
    QCOMPARE(TestSupport::fileHash(school.path), fileBefore);
}

void TestFrameworkUpgrade::preview_sameFramework_isUpToDateOnlyForSameSource_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("upToDate");

    QTest::newRow("same bytes") << TestSupport::shippedSource(QStringLiteral("tt18-2018")) << true;
    QTest::newRow("same content, other layout")
        << QJsonDocument(TestSupport::shippedJson(QStringLiteral("tt18-2018"))).toJson(QJsonDocument::Compact) << false;
}

void TestFrameworkUpgrade::preview_sameFramework_isUpToDateOnlyForSameSource()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, upToDate);

    TestSupport::School school;
    QVERIFY(createJudgedSchool(&school));
    const Framework same = parse(source);
    FrameworkUpgrade upgrade(&school.document, same);
    QVERIFY2(upgrade.preview(), qPrintable(upgrade.errorString()));
    QVERIFY(upgrade.changes().isEmpty());
    QVERIFY(upgrade.clearedJudgements().isEmpty());
    QCOMPARE(upgrade.isUpToDate(), upToDate);
}

void TestFrameworkUpgrade::preview_mandatoryAndFieldChanges_areListedWithOrphans()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setCriterionText(QStringLiteral("1.2"), QStringLiteral("weaknesses"), QStringLiteral("Còn hạn chế.")));
    QJsonObject json = TestSupport::withCriterion(TestSupport::shippedJson(QStringLiteral("tt18-2018")), 0, 0,
                                                  [](QJsonObject &c) { c[QStringLiteral("mandatory")] = true; });
    QJsonObject regime = json[QStringLiteral("regime")].toObject();
    QJsonArray fields = regime[QStringLiteral("criterion_fields")].toArray();
    fields.removeAt(2); // "weaknesses"
    regime[QStringLiteral("criterion_fields")] = fields;
    json[QStringLiteral("regime")] = regime;
    const Framework newer = parse(QJsonDocument(json).toJson());
    FrameworkUpgrade upgrade(&school.document, newer);
    QVERIFY(upgrade.preview());
    QStringList described;
    for (const FrameworkChange &change : upgrade.changes()) {
        described.append(FrameworkUpgrade::describe(change));
    }
    QVERIFY2(described.contains(QStringLiteral("Criterion 1.1 becomes mandatory.")), qPrintable(described.join(QLatin1Char('\n'))));
    QVERIFY(described.contains(QStringLiteral("The text “Điểm yếu” is no longer part of the framework; what was written there "
                                              "stays in the file but is not shown.")));
    QCOMPARE(upgrade.orphanedRecords(), QStringList{QStringLiteral("the text “Điểm yếu” of criterion 1.2")});
    QVERIFY(!upgrade.isUpToDate());
}

void TestFrameworkUpgrade::apply_clearsVerdictOfIndicatorRepealedInBetween()
{
    // Judged, then repealed by a first upgrade (the verdict stays), then reworded by a second: the
    // second upgrade must be able to clear the verdict of an indicator no longer in force.
    TestSupport::School school;
    QVERIFY(school.create());
    const IndicatorRef ref{QStringLiteral("1.1"), 1, QStringLiteral("a")};
    QVERIFY(school.document.setIndicatorVerdict(ref, Verdict::Met));
    const auto editA = [](const QJsonObject &base, const std::function<void(QJsonObject &)> &edit) {
        return TestSupport::withCriterion(base, 0, 0, [&](QJsonObject &c) {
            QJsonObject levels = c[QStringLiteral("levels")].toObject();
            QJsonArray one = levels[QStringLiteral("1")].toArray();
            QJsonObject a = one[0].toObject();
            edit(a);
            one[0] = a;
            levels[QStringLiteral("1")] = one;
            c[QStringLiteral("levels")] = levels;
        });
    };
    const QJsonObject repealed = editA(TestSupport::shippedJson(QStringLiteral("tt18-2018")), [](QJsonObject &a) {
        a[QStringLiteral("repealed_by")] = QStringLiteral("22/2024/TT-BGDĐT");
    });
    FrameworkUpgrade first(&school.document, parse(QJsonDocument(repealed).toJson()));
    QVERIFY2(first.apply(), qPrintable(first.errorString()));
    const QJsonObject reworded = editA(repealed, [](QJsonObject &a) { a[QStringLiteral("text")] = QStringLiteral("Văn bản mới;"); });
    FrameworkUpgrade second(&school.document, parse(QJsonDocument(reworded).toJson()));
    QVERIFY(second.preview());
    QCOMPARE(second.clearedJudgements(), QStringList{ref.toString()});
    QVERIFY2(second.apply(), qPrintable(second.errorString()));
    QCOMPARE(school.document.judgements().indicator(ref), Verdict::NotJudged);
}

QTEST_GUILESS_MAIN(TestFrameworkUpgrade)
#include "tst_frameworkupgrade.moc"
