#include "../testframeworks.h"
#include "evaluation/levelengine.h"

#include <QTest>

using namespace Minh::Core;

namespace {

const QDate AfterAmendment(2026, 1, 15);
const QDate BeforeAmendment(2024, 6, 1);

// Judges each listed criterion so that it reaches exactly the given level: every indicator in
// force up to that level met, the first indicator of the next level not met.
JudgementSet judgeTo(const Framework &fw, const QMap<QString, int> &levels, QDate rulesDate)
{
    JudgementSet set;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        const Criterion *c = fw.criterion(it.key());
        Q_ASSERT(c);
        for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
            const QList<Indicator> indicators = fw.indicatorsInForce(*c, level, rulesDate);
            for (qsizetype i = 0; i < indicators.size(); ++i) {
                const IndicatorRef ref{c->code, level, indicators.at(i).key()};
                if (level <= it.value()) {
                    set.setIndicator(ref, Verdict::Met);
                } else if (level == it.value() + 1 && i == 0) {
                    set.setIndicator(ref, Verdict::NotMet);
                }
            }
        }
    }
    return set;
}

JudgementSet judgeAll(const Framework &fw, int level, QDate rulesDate, bool extras)
{
    QMap<QString, int> levels;
    for (const Criterion *c : fw.criteria()) {
        levels.insert(c->code, level);
    }
    JudgementSet set = judgeTo(fw, levels, rulesDate);
    for (const ExtraRequirement &r : fw.extraRequirements().requirements) {
        set.setExtraRequirement(r.number, extras ? Verdict::Met : Verdict::NotMet);
    }
    return set;
}

QString criterionLevels(const Evaluation &e)
{
    QStringList parts;
    for (const CriterionResult &c : e.criteria) {
        parts.append(c.code + QLatin1Char('=') + QString::number(c.level));
    }
    return parts.join(QLatin1Char(','));
}

// Three criteria: 1.1 with indicators at every level, 1.2 without Mức 3, 2.1; Mức 4 = Mức 3 and
// two extra requirements: the 2018 shape in miniature.
Framework miniature2018()
{
    using namespace TestFrameworks;
    QJsonArray levels;
    for (int level = 1; level <= 3; ++level) {
        levels.append(schoolLevel(level, {reach(QStringLiteral("all"), level)}));
    }
    levels.append(schoolLevel(4, {reach(QStringLiteral("all"), 3), QJsonObject{{QStringLiteral("extra_requirements"), QStringLiteral("all")}}}));
    const QJsonArray extras{QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("text"), QStringLiteral("Yêu cầu 1")}},
                            QJsonObject{{QStringLiteral("number"), 2}, {QStringLiteral("text"), QStringLiteral("Yêu cầu 2")}}};
    return parse(synthetic({{QStringLiteral("1.1"), {2, 1, 1}}, {QStringLiteral("1.2"), {1, 1, 0}}, {QStringLiteral("2.1"), {1, 2, 1}}},
                           3, levels, extras));
}

} // namespace

class TestLevelEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule2018_givesSchoolLevel_data();
    void rule2018_givesSchoolLevel();
    void notJudged_countsAsNotMetAndIsIncomplete();
    void lowerLevelFailing_capsCriterionCumulatively();
    void standardLevel_usesCriteriaWithTheirCaps();
    void repealedIndicator_stopsCountingFromAmendmentDate();
    void repealedLevel_capsCriterion();
    void realFramework2018_reachesEveryLevel_data();
    void realFramework2018_reachesEveryLevel();
    void rule2026_thresholds_data();
    void rule2026_thresholds();
    void rule2026_thresholdReason_namesCountAndCriteria();
    void whatIf_leavesJudgementsUntouched();
    void newFrameworkRule_needsNoCodeChange();
};

void TestLevelEngine::rule2018_givesSchoolLevel_data()
{
    QTest::addColumn<int>("criteriaLevel");
    QTest::addColumn<bool>("extras");
    QTest::addColumn<int>("school");
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QList<int>>("blocked");
    QTest::newRow("nothing reached") << 0 << false << 0 << "1.1=0,1.2=0,2.1=0" << QList<int>{1, 2, 3, 4};
    QTest::newRow("Mức 1 everywhere") << 1 << false << 1 << "1.1=1,1.2=1,2.1=1" << QList<int>{2, 3, 4};
    QTest::newRow("Mức 2 everywhere") << 2 << false << 2 << "1.1=2,1.2=2,2.1=2" << QList<int>{3, 4};
    QTest::newRow("Mức 3; 1.2 capped at 2") << 3 << false << 3 << "1.1=3,1.2=2,2.1=3" << QList<int>{4};
    QTest::newRow("Mức 3 and requirements") << 3 << true << 4 << "1.1=3,1.2=2,2.1=3" << QList<int>{};
}

void TestLevelEngine::rule2018_givesSchoolLevel()
{
    QFETCH(int, criteriaLevel);
    QFETCH(bool, extras);
    QFETCH(int, school);
    QFETCH(QString, criteria);
    QFETCH(QList<int>, blocked);
    const Framework fw = miniature2018();
    const Evaluation e = LevelEngine(fw).evaluate(judgeAll(fw, criteriaLevel, AfterAmendment, extras), AfterAmendment);
    QCOMPARE(e.schoolLevel, school);
    QCOMPARE(criterionLevels(e), criteria);
    QCOMPARE(e.blocking.keys(), blocked);
    QVERIFY(!e.nationalStandardDegree.has_value()); // the miniature framework states no mapping
    if (school == 3) {
        const QList<BlockingReason> reasons = e.blocking.value(4);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first().kind, BlockingReason::Kind::ExtraRequirements);
        QCOMPARE(reasons.first().requirements, QList<int>({1, 2}));
    }
}

void TestLevelEngine::notJudged_countsAsNotMetAndIsIncomplete()
{
    const Framework fw = miniature2018();
    JudgementSet set;
    set.setIndicator({QStringLiteral("1.1"), 1, QStringLiteral("a")}, Verdict::Met);
    const Evaluation e = LevelEngine(fw).evaluate(set, AfterAmendment);
    QCOMPARE(e.schoolLevel, 0);
    QCOMPARE(e.incomplete.size(), 10 + 2 - 1);
    QVERIFY(!e.incomplete.contains(QStringLiteral("1.1/1/a")));
    QVERIFY(e.incomplete.contains(QStringLiteral("1.1/1/b")));
    QVERIFY(e.incomplete.contains(QStringLiteral("level4/2")));
    const BlockingReason first = e.blocking.value(1).first();
    QCOMPARE(first.kind, BlockingReason::Kind::Criterion);
    QCOMPARE(first.shortfall.criterion, QStringLiteral("1.1"));
    QCOMPARE(first.shortfall.indicators.size(), 1);
    QCOMPARE(first.shortfall.indicators.first().toString(), QStringLiteral("1.1/1/b"));
    QVERIFY(!e.criterion(QStringLiteral("1.1"))->complete);
}

void TestLevelEngine::lowerLevelFailing_capsCriterionCumulatively()
{
    const Framework fw = miniature2018();
    JudgementSet set = judgeAll(fw, 3, AfterAmendment, true);
    set.setIndicator({QStringLiteral("2.1"), 1, QStringLiteral("1")}, Verdict::NotMet);
    const Evaluation e = LevelEngine(fw).evaluate(set, AfterAmendment);
    QCOMPARE(e.criterion(QStringLiteral("2.1"))->level, 0); // Mức 2 and 3 met do not count without Mức 1
    QCOMPARE(e.schoolLevel, 0);
    QCOMPARE(e.blocking.value(3).first().shortfall.indicators.first().toString(), QStringLiteral("2.1/1/1"));
}

void TestLevelEngine::standardLevel_usesCriteriaWithTheirCaps()
{
    const Framework fw = miniature2018();
    const Evaluation e = LevelEngine(fw).evaluate(judgeTo(fw, {{QStringLiteral("1.1"), 3}, {QStringLiteral("1.2"), 2}, {QStringLiteral("2.1"), 1}},
                                                          AfterAmendment),
                                                  AfterAmendment);
    QCOMPARE(e.standards.value(1), 3); // 1.2 has no Mức 3 and is at its cap
    QCOMPARE(e.standards.value(2), 1);
}

void TestLevelEngine::repealedIndicator_stopsCountingFromAmendmentDate()
{
    // TT 18/2018 criterion 5.3: its three Mức 1 indicators were repealed by TT 22/2024 (effective
    // 25/01/2025); its one Mức 2 indicator stands.
    const Framework fw = TestFrameworks::shipped(QStringLiteral("tt18-2018"));
    JudgementSet set;
    set.setIndicator({QStringLiteral("5.3"), 2, QStringLiteral("1")}, Verdict::Met);
    const Evaluation after = LevelEngine(fw).evaluate(set, AfterAmendment);
    QCOMPARE(after.criterion(QStringLiteral("5.3"))->level, 2);
    QVERIFY(!after.incomplete.contains(QStringLiteral("5.3/1/a")));
    const Evaluation before = LevelEngine(fw).evaluate(set, BeforeAmendment);
    QCOMPARE(before.criterion(QStringLiteral("5.3"))->level, 0);
    QVERIFY(before.incomplete.contains(QStringLiteral("5.3/1/a")));
}

void TestLevelEngine::repealedLevel_capsCriterion()
{
    // TT 17/2018 criterion 1.5: all of Mức 2 repealed and no Mức 3 indicators, so after the
    // amendment it rises no higher than Mức 1 and asks no more than that of the school.
    const Framework fw = TestFrameworks::shipped(QStringLiteral("tt17-2018"));
    const Criterion *c = fw.criterion(QStringLiteral("1.5"));
    QCOMPARE(fw.cap(*c, AfterAmendment), 1);
    QCOMPARE(fw.cap(*c, BeforeAmendment), 2);
    const Evaluation e = LevelEngine(fw).evaluate(judgeAll(fw, 3, AfterAmendment, true), AfterAmendment);
    QCOMPARE(e.criterion(QStringLiteral("1.5"))->level, 1);
    QCOMPARE(e.schoolLevel, 4);
    // The same verdicts judged before the amendment leave 1.5's Mức 2 unjudged.
    const Evaluation old = LevelEngine(fw).evaluate(judgeAll(fw, 3, AfterAmendment, true), BeforeAmendment);
    QCOMPARE(old.schoolLevel, 1);
    QVERIFY(old.incomplete.contains(QStringLiteral("1.5/2/a")));
}

void TestLevelEngine::realFramework2018_reachesEveryLevel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("criteriaLevel");
    QTest::addColumn<bool>("extras");
    QTest::addColumn<int>("school");
    QTest::addColumn<int>("degree");
    for (const char *id : {"tt17-2018", "tt18-2018", "tt19-2018"}) {
        QTest::addRow("%s none", id) << QString::fromLatin1(id) << 0 << false << 0 << 0;
        QTest::addRow("%s Mức 1", id) << QString::fromLatin1(id) << 1 << false << 1 << 0;
        QTest::addRow("%s Mức 2", id) << QString::fromLatin1(id) << 2 << false << 2 << 1;
        QTest::addRow("%s Mức 3", id) << QString::fromLatin1(id) << 3 << false << 3 << 2;
        QTest::addRow("%s Mức 4", id) << QString::fromLatin1(id) << 3 << true << 4 << 2;
    }
}

void TestLevelEngine::realFramework2018_reachesEveryLevel()
{
    QFETCH(QString, id);
    QFETCH(int, criteriaLevel);
    QFETCH(bool, extras);
    QFETCH(int, school);
    QFETCH(int, degree);
    const Framework fw = TestFrameworks::shipped(id);
    const Evaluation e = LevelEngine(fw).evaluate(judgeAll(fw, criteriaLevel, AfterAmendment, extras), AfterAmendment);
    QCOMPARE(e.schoolLevel, school);
    QCOMPARE(e.nationalStandardDegree.value_or(-1), degree);
    QVERIFY(e.incomplete.isEmpty() == (criteriaLevel == 3));
}

void TestLevelEngine::rule2026_thresholds_data()
{
    QTest::addColumn<QList<int>>("mandatory"); // levels of 1.3 1.4 2.1 2.2 3.1 3.2 4.1 4.2
    QTest::addColumn<QList<int>>("optional");  // levels of 1.1 1.2 2.3 3.3 3.4 3.5 4.3
    QTest::addColumn<int>("school");
    const QList<int> m1(8, 1);
    const QList<int> m2(8, 2);
    QTest::newRow("4 of 7 at Mức 1") << m1 << QList<int>{1, 1, 1, 1, 0, 0, 0} << 0;
    QTest::newRow("5 of 7 at Mức 1") << m1 << QList<int>{1, 1, 1, 1, 1, 0, 0} << 1;
    QTest::newRow("6 of 7 at Mức 1") << m1 << QList<int>{1, 1, 1, 1, 1, 1, 0} << 1;
    QTest::newRow("4 of 7 at Mức 2") << m2 << QList<int>{2, 2, 2, 2, 1, 1, 1} << 1;
    QTest::newRow("5 of 7 at Mức 2") << m2 << QList<int>{2, 2, 2, 2, 2, 1, 1} << 2;
    QTest::newRow("6 of 7 at Mức 2") << m2 << QList<int>{2, 2, 2, 2, 2, 2, 1} << 2;
    QTest::newRow("all at Mức 2") << m2 << QList<int>(7, 2) << 2;
    QTest::newRow("6 at Mức 2, one below Mức 1") << m2 << QList<int>{2, 2, 2, 2, 2, 2, 0} << 1;
    QTest::newRow("5 at Mức 2, two below Mức 1") << m2 << QList<int>{2, 2, 2, 2, 2, 0, 0} << 1;
    QTest::newRow("one mandatory at Mức 1") << QList<int>{1, 2, 2, 2, 2, 2, 2, 2} << QList<int>(7, 2) << 1;
    QTest::newRow("one mandatory below Mức 1") << QList<int>{2, 2, 2, 2, 2, 2, 2, 0} << QList<int>(7, 2) << 0;
}

void TestLevelEngine::rule2026_thresholds()
{
    QFETCH(QList<int>, mandatory);
    QFETCH(QList<int>, optional);
    QFETCH(int, school);
    for (const QString &id : {QStringLiteral("tt57-2026"), QStringLiteral("tt57-2026-mn")}) {
        const Framework fw = TestFrameworks::shipped(id);
        const QList<const Criterion *> m = fw.criteriaIn({CriterionSet::Kind::Mandatory, {}});
        const QList<const Criterion *> o = fw.criteriaIn({CriterionSet::Kind::Optional, {}});
        QCOMPARE(m.size(), 8);
        QCOMPARE(o.size(), 7);
        QMap<QString, int> levels;
        for (qsizetype i = 0; i < m.size(); ++i) {
            levels.insert(m.at(i)->code, mandatory.at(i));
        }
        for (qsizetype i = 0; i < o.size(); ++i) {
            levels.insert(o.at(i)->code, optional.at(i));
        }
        const Evaluation e = LevelEngine(fw).evaluate(judgeTo(fw, levels, AfterAmendment), AfterAmendment);
        QCOMPARE(e.schoolLevel, school);
        // TT 57/2026's national-standard mapping is not confirmed, so none is stated.
        QVERIFY(!e.nationalStandardDegree.has_value());
        QVERIFY(!e.blocking.contains(school));
        QCOMPARE(e.blocking.contains(school + 1), school < 2);
    }
}

void TestLevelEngine::rule2026_thresholdReason_namesCountAndCriteria()
{
    const Framework fw = TestFrameworks::shipped(QStringLiteral("tt57-2026"));
    QMap<QString, int> levels;
    for (const Criterion *c : fw.criteria()) {
        levels.insert(c->code, 1);
    }
    levels[QStringLiteral("1.1")] = 0;
    levels[QStringLiteral("1.2")] = 0;
    levels[QStringLiteral("4.3")] = 0;
    const Evaluation e = LevelEngine(fw).evaluate(judgeTo(fw, levels, AfterAmendment), AfterAmendment);
    QCOMPARE(e.schoolLevel, 0);
    const QList<BlockingReason> reasons = e.blocking.value(1);
    QCOMPARE(reasons.size(), 1);
    const BlockingReason &r = reasons.first();
    QCOMPARE(r.kind, BlockingReason::Kind::Threshold);
    QCOMPARE(r.criteriaSet, QStringLiteral("optional"));
    QCOMPARE(r.atLeast, 5);
    QCOMPARE(r.reached, 4);
    QCOMPARE(r.shortfalls.size(), 3);
    QCOMPARE(r.shortfalls.first().criterion, QStringLiteral("1.1"));
    QCOMPARE(r.shortfalls.first().indicators.first().toString(), QStringLiteral("1.1/1/1"));
}

void TestLevelEngine::whatIf_leavesJudgementsUntouched()
{
    const Framework fw = miniature2018();
    const JudgementSet actual = judgeAll(fw, 1, AfterAmendment, false);
    JudgementSet whatIf = actual;
    for (const Criterion *c : fw.criteria()) {
        for (const Indicator &i : fw.indicatorsInForce(*c, 2, AfterAmendment)) {
            whatIf.setIndicator({c->code, 2, i.key()}, Verdict::Met);
        }
    }
    QCOMPARE(LevelEngine(fw).evaluate(whatIf, AfterAmendment).schoolLevel, 2);
    QCOMPARE(LevelEngine(fw).evaluate(actual, AfterAmendment).schoolLevel, 1);
    QCOMPARE(actual.indicator({QStringLiteral("1.1"), 2, QStringLiteral("1")}), Verdict::NotMet);
}

void TestLevelEngine::newFrameworkRule_needsNoCodeChange()
{
    // A rule no shipped framework has: Mức 1 needs two of three listed criteria at Mức 1, Mức 2
    // needs every criterion at Mức 2.
    using namespace TestFrameworks;
    const QJsonArray rules{schoolLevel(1, {reach(QJsonArray{QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("2.1")}, 1, 2)}),
                           schoolLevel(2, {reach(QStringLiteral("all"), 2)})};
    const Framework fw = parse(synthetic({{QStringLiteral("1.1"), {1, 1}}, {QStringLiteral("1.2"), {1, 1}}, {QStringLiteral("2.1"), {1, 1}}}, 2, rules));
    const LevelEngine engine(fw);
    QCOMPARE(engine.evaluate(judgeTo(fw, {{QStringLiteral("1.1"), 1}}, AfterAmendment), AfterAmendment).schoolLevel, 0);
    QCOMPARE(engine.evaluate(judgeTo(fw, {{QStringLiteral("1.1"), 1}, {QStringLiteral("2.1"), 1}}, AfterAmendment), AfterAmendment).schoolLevel, 1);
    QCOMPARE(engine.evaluate(judgeAll(fw, 2, AfterAmendment, false), AfterAmendment).schoolLevel, 2);
}

QTEST_GUILESS_MAIN(TestLevelEngine)
#include "tst_levelengine.moc"
