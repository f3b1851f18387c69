#include "../testframeworks.h"
#include "evaluation/indicatorref.h"
#include "util/text.h"

#include <QTest>

#include <functional>

using namespace Minh::Core;
using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject firstCriterion(const QJsonObject &root)
{
    return root[QStringLiteral("standards")][0][QStringLiteral("criteria")][0].toObject();
}

void setFirstCriterion(QJsonObject &root, const QJsonObject &criterion)
{
    QJsonArray standards = root[QStringLiteral("standards")].toArray();
    QJsonObject standard = standards[0].toObject();
    QJsonArray criteria = standard[QStringLiteral("criteria")].toArray();
    criteria[0] = criterion;
    standard[QStringLiteral("criteria")] = criteria;
    standards[0] = standard;
    root[QStringLiteral("standards")] = standards;
}

void mutateFirstIndicator(QJsonObject &root, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject c = firstCriterion(root);
    QJsonObject levels = c[QStringLiteral("levels")].toObject();
    QJsonArray one = levels[QStringLiteral("1")].toArray();
    QJsonObject indicator = one[0].toObject();
    change(indicator);
    one[0] = indicator;
    levels[QStringLiteral("1")] = one;
    c[QStringLiteral("levels")] = levels;
    setFirstCriterion(root, c);
}

void setRules(QJsonObject &root, const QJsonArray &schoolLevels)
{
    QJsonObject rules = root[QStringLiteral("rules")].toObject();
    rules[QStringLiteral("school_levels")] = schoolLevels;
    root[QStringLiteral("rules")] = rules;
}

} // namespace

class TestFrameworkParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFramework_parsesWithExpectedShape_data();
    void shippedFramework_parsesWithExpectedShape();
    void shippedFramework_keepsExactIndicatorText();
    void shippedFramework_marksRepealedIndicators_data();
    void shippedFramework_marksRepealedIndicators();
    void shippedFramework_isUnverifiedWithSources();
    void malformedFramework_isRejectedWithMessage_data();
    void malformedFramework_isRejectedWithMessage();
    void notJson_isRejectedNamingFile();
    void hugeFile_isRejected();
};

void TestFrameworkParser::shippedFramework_parsesWithExpectedShape_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("standards");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("maxCriterionLevel");
    QTest::addColumn<int>("maxSchoolLevel");
    QTest::addColumn<int>("extraRequirements");
    QTest::addColumn<int>("mandatory");
    QTest::addColumn<QString>("regime");
    QTest::newRow("tt17-2018") << "tt17-2018" << 5 << 27 << 3 << 4 << 5 << 0 << "5932-2018";
    QTest::newRow("tt18-2018") << "tt18-2018" << 5 << 28 << 3 << 4 << 6 << 0 << "5932-2018";
    QTest::newRow("tt19-2018") << "tt19-2018" << 5 << 25 << 3 << 4 << 6 << 0 << "5932-2018";
    QTest::newRow("tt57-2026") << "tt57-2026" << 4 << 15 << 2 << 2 << 0 << 8 << "tt57-2026";
    QTest::newRow("tt57-2026-mn") << "tt57-2026-mn" << 4 << 15 << 2 << 2 << 0 << 8 << "tt57-2026";
}


void TestFrameworkParser::shippedFramework_parsesWithExpectedShape()
{
    QFETCH(QString, id);
    QFETCH(int, standards);
    QFETCH(int, criteria);
    QFETCH(int, maxCriterionLevel);
    QFETCH(int, maxSchoolLevel);
    QFETCH(int, extraRequirements);
    QFETCH(int, mandatory);
    QFETCH(QString, regime);
    const Framework fw = TestFrameworks::shipped(id);
    QCOMPARE(fw.id(), id);
    QCOMPARE(fw.standards().size(), standards);
    QCOMPARE(fw.criteria().size(), criteria);
    QCOMPARE(fw.maxCriterionLevel(), maxCriterionLevel);
    QCOMPARE(fw.maxSchoolLevel(), maxSchoolLevel);
    QCOMPARE(fw.extraRequirements().requirements.size(), extraRequirements);
    QCOMPARE(fw.criteriaIn({CriterionSet::Kind::Mandatory, {}}).size(), mandatory);
    QCOMPARE(fw.regime().id, regime);
    QVERIFY(!fw.regime().criterionFields.isEmpty());
    for (const Criterion *c : fw.criteria()) {
        QVERIFY2(!c->indicators(1).isEmpty(), qPrintable(c->code));
        for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
            for (const Indicator &i : c->indicators(level)) {
                QVERIFY(Text::isNfc(i.text));
                QVERIFY(!i.text.trimmed().isEmpty());
            }
        }
    }
}

void TestFrameworkParser::shippedFramework_keepsExactIndicatorText()
{
    const Framework tt18 = TestFrameworks::shipped(QStringLiteral("tt18-2018"));
    const Indicator *a = tt18.criterion(QStringLiteral("1.1"))->indicator(1, QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->text, QStringLiteral("Phù hợp với mục tiêu giáo dục được quy định tại Luật giáo dục, định hướng phát triển "
                                     "kinh tế - xã hội của địa phương theo từng giai đoạn và các nguồn lực của nhà trường;"));
    const Framework tt57 = TestFrameworks::shipped(QStringLiteral("tt57-2026"));
    const Indicator *m1 = tt57.criterion(QStringLiteral("1.1"))->indicator(1, QStringLiteral("1"));
    QVERIFY(m1);
    QVERIFY(m1->label.isEmpty());
    QVERIFY(m1->text.startsWith(QStringLiteral("Nhà trường xác định mục tiêu, định hướng phát triển")));
    QVERIFY(tt57.criterion(QStringLiteral("1.3"))->mandatory);
    QVERIFY(!tt57.criterion(QStringLiteral("1.1"))->mandatory);
}

void TestFrameworkParser::shippedFramework_marksRepealedIndicators_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("repealed");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("provision");
    QTest::newRow("tt17-2018") << "tt17-2018" << 5 << "1.5/2/a" << "khoản 5 Điều 12";
    QTest::newRow("tt18-2018") << "tt18-2018" << 12 << "5.3/1/a" << "khoản 3 Điều 11";
    QTest::newRow("tt19-2018") << "tt19-2018" << 0 << QString() << QString();
}

void TestFrameworkParser::shippedFramework_marksRepealedIndicators()
{
    QFETCH(QString, id);
    QFETCH(int, repealed);
    QFETCH(QString, sample);
    QFETCH(QString, provision);
    const Framework fw = TestFrameworks::shipped(id);
    int count = 0;
    for (const Criterion *c : fw.criteria()) {
        for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
            for (const Indicator &i : c->indicators(level)) {
                count += i.hasRepeal() ? 1 : 0;
            }
        }
    }
    QCOMPARE(count, repealed);
    if (sample.isEmpty()) {
        return;
    }
    const auto ref = IndicatorRef::parse(sample);
    const Indicator *i = fw.criterion(ref->criterion)->indicator(ref->level, ref->key);
    QVERIFY(i);
    QCOMPARE(i->repealedBy, QStringLiteral("22/2024/TT-BGDĐT"));
    QCOMPARE(i->repealedProvision, provision);
    QVERIFY(fw.isInForce(*i, QDate(2025, 1, 24)));
    QVERIFY(!fw.isInForce(*i, QDate(2025, 1, 25)));
}

void TestFrameworkParser::shippedFramework_isUnverifiedWithSources()
{
    for (const QString &id : {QStringLiteral("tt17-2018"), QStringLiteral("tt18-2018"), QStringLiteral("tt19-2018"),
                              QStringLiteral("tt57-2026"), QStringLiteral("tt57-2026-mn")}) {
        const Framework fw = TestFrameworks::shipped(id);
        QVERIFY2(!fw.provenance().verified, qPrintable(id));
        QVERIFY(!fw.provenance().sources.isEmpty());
        QVERIFY(!fw.provenance().summary.isEmpty());
        QVERIFY(!fw.nationalStandard().verified);
    }
}

void TestFrameworkParser::malformedFramework_isRejectedWithMessage_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("message");
    const QString prefix = QStringLiteral("Framework file “bad.json”: ");
    QTest::newRow("wrong format") << Mutation([](QJsonObject &o) { o[QStringLiteral("format")] = QStringLiteral("other"); })
                                  << prefix + QStringLiteral("it is not a Minh framework file (the field “format” must be “minh-framework”).");
    QTest::newRow("newer version") << Mutation([](QJsonObject &o) { o[QStringLiteral("format_version")] = 7; })
                                   << prefix + QStringLiteral("it was made for a newer version of Minh (format version 7; this version reads up to 1).");
    QTest::newRow("missing id") << Mutation([](QJsonObject &o) { o.remove(QStringLiteral("id")); })
                                << prefix + QStringLiteral("the field “id” is missing.");
    QTest::newRow("unsafe id") << Mutation([](QJsonObject &o) { o[QStringLiteral("id")] = QStringLiteral("../evil"); })
                               << prefix + QStringLiteral("the id “../evil” may contain only lowercase letters, digits, dots and hyphens.");
    QTest::newRow("not NFC") << Mutation([](QJsonObject &o) {
        o[QStringLiteral("title")] = QStringLiteral("Trường").normalized(QString::NormalizationForm_D);
    }) << prefix + QStringLiteral("the text at “title” is not in Unicode NFC form; save the file with composed characters.");
    QTest::newRow("duplicate code") << Mutation([](QJsonObject &o) {
        QJsonArray standards = o[QStringLiteral("standards")].toArray();
        QJsonObject standard = standards[0].toObject();
        QJsonArray criteria = standard[QStringLiteral("criteria")].toArray();
        criteria.append(criteria[0]);
        standard[QStringLiteral("criteria")] = criteria;
        standards[0] = standard;
        o[QStringLiteral("standards")] = standards;
    }) << prefix + QStringLiteral("criterion code “1.1” appears more than once.");
    QTest::newRow("code outside its standard") << Mutation([](QJsonObject &o) {
        QJsonObject c = firstCriterion(o);
        c[QStringLiteral("code")] = QStringLiteral("2.1");
        setFirstCriterion(o, c);
    }) << prefix + QStringLiteral("criterion code “2.1” at “standards[0].criteria[0]” must be “1.n”.");
    QTest::newRow("level above maximum") << Mutation([](QJsonObject &o) {
        QJsonObject c = firstCriterion(o);
        QJsonObject levels = c[QStringLiteral("levels")].toObject();
        levels[QStringLiteral("5")] = levels[QStringLiteral("1")];
        c[QStringLiteral("levels")] = levels;
        setFirstCriterion(o, c);
    }) << prefix + QStringLiteral("criterion 1.1 has indicators for Mức 5, but the framework's criteria go up to Mức 3.");
    QTest::newRow("unknown amendment") << Mutation([](QJsonObject &o) {
        mutateFirstIndicator(o, [](QJsonObject &i) { i[QStringLiteral("repealed_by")] = QStringLiteral("99/2099/TT-BGDĐT"); });
    }) << prefix + QStringLiteral("“standards[0].criteria[0].levels.1[0]” is repealed by “99/2099/TT-BGDĐT”, which is not listed under “amendments”.");
    QTest::newRow("rule names missing criterion") << Mutation([](QJsonObject &o) {
        setRules(o, {TestFrameworks::schoolLevel(1, {TestFrameworks::reach(QJsonArray{QStringLiteral("1.1"), QStringLiteral("9.9")}, 1)})});
    }) << prefix + QStringLiteral("the rule for school level 1 refers to criterion “9.9”, which the framework does not have.");
    QTest::newRow("threshold larger than set") << Mutation([](QJsonObject &o) {
        setRules(o, {TestFrameworks::schoolLevel(1, {TestFrameworks::reach(QStringLiteral("all"), 1, 99)})});
    }) << prefix + QStringLiteral("the rule for school level 1 asks for 99 criteria out of a set of only 28.");
    QTest::newRow("school levels with a gap") << Mutation([](QJsonObject &o) {
        setRules(o, {TestFrameworks::schoolLevel(2, {TestFrameworks::reach(QStringLiteral("all"), 1)})});
    }) << prefix + QStringLiteral("school levels in “rules.school_levels” must be numbered 1, 2, 3… in order; found 2 at position 1.");
    QTest::newRow("no mandatory criteria") << Mutation([](QJsonObject &o) {
        setRules(o, {TestFrameworks::schoolLevel(1, {TestFrameworks::reach(QStringLiteral("mandatory"), 1)})});
    }) << prefix + QStringLiteral("the rule for school level 1 speaks of the “mandatory” criteria, but the framework has none.");
    QTest::newRow("unknown set name") << Mutation([](QJsonObject &o) {
        setRules(o, {TestFrameworks::schoolLevel(1, {TestFrameworks::reach(QStringLiteral("some"), 1)})});
    }) << prefix + QStringLiteral("“rules.school_levels[0].all_of[0].criteria” must be “all”, “mandatory”, “optional” or a list of criterion codes.");
    QTest::newRow("reach above maximum") << Mutation([](QJsonObject &o) {
        setRules(o, {TestFrameworks::schoolLevel(1, {TestFrameworks::reach(QStringLiteral("all"), 4)})});
    }) << prefix + QStringLiteral("the field “rules.school_levels[0].all_of[0].reach” must be a whole number from 1 to 3.");
    QTest::newRow("no standards") << Mutation([](QJsonObject &o) { o[QStringLiteral("standards")] = QJsonArray(); })
                                  << prefix + QStringLiteral("the framework has no standards.");
    // Found by fuzzing: a code format whose codes CitationParser cannot read back was accepted.
    QTest::newRow("unreadable code format") << Mutation([](QJsonObject &o) {
        QJsonObject regime = o[QStringLiteral("regime")].toObject();
        regime[QStringLiteral("evidence")] = QJsonObject{{QStringLiteral("code_format"), QStringLiteral("<{standard}|{criterion}/{sequence:03}>")},
                                                         {QStringLiteral("window_school_years"), 5}};
        o[QStringLiteral("regime")] = regime;
    }) << prefix + QStringLiteral("the evidence code format “<{standard}|{criterion}/{sequence:03}>” (regime.evidence.code_format) "
                                  "cannot be used: it needs {standard}, {criterion} and {sequence} (or {sequence:0N}), may have "
                                  "{box}, joins them with letters, spaces or . - _ / only, and may be enclosed in [ ] or ( ).");
    QTest::newRow("indicator without text") << Mutation([](QJsonObject &o) {
        mutateFirstIndicator(o, [](QJsonObject &i) { i[QStringLiteral("text")] = QStringLiteral("  "); });
    }) << prefix + QStringLiteral("the field “standards[0].criteria[0].levels.1[0].text” is empty.");
    QTest::newRow("misspelt threshold key") << Mutation([](QJsonObject &o) {
        QJsonObject condition = TestFrameworks::reach(QStringLiteral("all"), 1);
        condition[QStringLiteral("atLeast")] = 5;
        setRules(o, {TestFrameworks::schoolLevel(1, {condition})});
    }) << prefix + QStringLiteral("“rules.school_levels[0].all_of[0]” has an unknown field “atLeast”.");
    QTest::newRow("unknown top-level field") << Mutation([](QJsonObject &o) { o[QStringLiteral("standard")] = 1; })
                                             << prefix + QStringLiteral("“/” has an unknown field “standard”.");
    QTest::newRow("level key with leading zero") << Mutation([](QJsonObject &o) {
        QJsonObject c = firstCriterion(o);
        QJsonObject levels = c[QStringLiteral("levels")].toObject();
        levels[QStringLiteral("01")] = levels.take(QStringLiteral("1"));
        c[QStringLiteral("levels")] = levels;
        setFirstCriterion(o, c);
    }) << prefix + QStringLiteral("“standards[0].criteria[0].levels” has an unknown field “01”.");
    QTest::newRow("criterion without indicators") << Mutation([](QJsonObject &o) {
        QJsonObject c = firstCriterion(o);
        c[QStringLiteral("levels")] = QJsonObject();
        setFirstCriterion(o, c);
    }) << prefix + QStringLiteral("criterion 1.1 has no indicators.");
    QTest::newRow("label with a slash") << Mutation([](QJsonObject &o) {
        mutateFirstIndicator(o, [](QJsonObject &i) { i[QStringLiteral("label")] = QStringLiteral("a/b"); });
    }) << prefix + QStringLiteral("the indicator label “a/b” at “standards[0].criteria[0].levels.1[0]” must be one or two "
                                  "lowercase letters, or empty.");
    QTest::newRow("extra requirements of another level") << Mutation([](QJsonObject &o) {
        QJsonObject extra = o[QStringLiteral("extra_requirements")].toObject();
        extra[QStringLiteral("level")] = 5;
        o[QStringLiteral("extra_requirements")] = extra;
    }) << prefix + QStringLiteral("the extra requirements are for Mức 5, but the rule of school level 4 uses them.");
    QTest::newRow("wrong type") << Mutation([](QJsonObject &o) { o[QStringLiteral("circular")] = 18; })
                                << prefix + QStringLiteral("the field “circular” must be text.");
}

void TestFrameworkParser::malformedFramework_isRejectedWithMessage()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, message);
    QJsonObject json = TestFrameworks::shippedJson(QStringLiteral("tt18-2018"));
    mutate(json);
    const auto parsed = FrameworkParser::parse(QJsonDocument(json).toJson(), QStringLiteral("bad.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), message);
}

void TestFrameworkParser::notJson_isRejectedNamingFile()
{
    const auto parsed = FrameworkParser::parse("{\"format\": ", QStringLiteral("/tmp/x/khung.json"));
    QVERIFY(!parsed);
    QVERIFY(parsed.error().startsWith(QStringLiteral("Framework file “/tmp/x/khung.json”: it is not valid JSON")));
    const auto binary = FrameworkParser::parse(QByteArray("\x00\xff\xfe garbage", 12), QStringLiteral("x.json"));
    QVERIFY(!binary);
}

void TestFrameworkParser::hugeFile_isRejected()
{
    const QByteArray huge(FrameworkParser::MaximumSize + 1, ' ');
    const auto parsed = FrameworkParser::parse(huge, QStringLiteral("big.json"));
    QVERIFY(!parsed);
    QVERIFY(parsed.error().contains(QStringLiteral("larger than 8 MB")));
}

QTEST_GUILESS_MAIN(TestFrameworkParser)
#include "tst_frameworkparser.moc"
