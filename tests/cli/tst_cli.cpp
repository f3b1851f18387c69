// End-to-end tests of minh-cli: every case runs the real executable in a fresh temporary folder
// and checks its exit code, standard output and standard error against the command line's contract.

#include "../clisupport.h"
#include <QCryptographicHash>
#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using Mutation = std::function<QJsonObject(QJsonObject)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

using CliSupport::CliRun;
using CliSupport::ok;
using CliSupport::rejected;

const QStringList ShippedIds{QStringLiteral("tt17-2018"), QStringLiteral("tt18-2018"), QStringLiteral("tt19-2018"),
                             QStringLiteral("tt57-2026"), QStringLiteral("tt57-2026-mn")};

// A name with tones, a horn, a breve and a dash: any lossy step on the way shows in the output.
const QString SchoolName = QStringLiteral("Trường Tiểu học Lê Văn Tám – Phường Đống Đa");




QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray shippedBytes(const QString &id)
{
    return readBytes(QStringLiteral(":/frameworks/%1.json").arg(id));
}

QJsonObject shippedFramework(const QString &id)
{
    return QJsonDocument::fromJson(shippedBytes(id)).object();
}

struct CriterionIndicators
{
    QString code;
    bool mandatory = false;
    QStringList refs; // "<criterion>/<level>/<letter or 1-based position>"
};

// The indicators of each criterion at `level`, in the framework's order. Repealed ones are left
// out: a new school file takes today's rules, which are later than every amendment shipped.
QList<CriterionIndicators> indicatorsAt(const QJsonObject &framework, int level)
{
    QList<CriterionIndicators> result;
    for (const QJsonValue &standard : framework[QStringLiteral("standards")].toArray()) {
        for (const QJsonValue &criterion : standard[QStringLiteral("criteria")].toArray()) {
            CriterionIndicators entry{
                criterion[QStringLiteral("code")].toString(), criterion[QStringLiteral("mandatory")].toBool(), {}};
            const QJsonArray indicators = criterion[QStringLiteral("levels")][QString::number(level)].toArray();
            for (qsizetype i = 0; i < indicators.size(); ++i) {
                if (indicators.at(i).toObject().contains(QStringLiteral("repealed_by"))) {
                    continue;
                }
                const QString label = indicators.at(i)[QStringLiteral("label")].toString();
                entry.refs.append(QStringLiteral("%1/%2/%3")
                                      .arg(entry.code)
                                      .arg(level)
                                      .arg(label.isEmpty() ? QString::number(i + 1) : label));
            }
            result.append(entry);
        }
    }
    return result;
}

QStringList allRefs(const QList<CriterionIndicators> &criteria)
{
    QStringList refs;
    for (const CriterionIndicators &c : criteria) {
        refs.append(c.refs);
    }
    return refs;
}

QJsonObject verdicts(const QStringList &refs, const QJsonValue &verdict)
{
    QJsonObject indicators;
    for (const QString &ref : refs) {
        indicators.insert(ref, verdict);
    }
    return {{QStringLiteral("indicators"), indicators}};
}

QSet<QString> stringSet(const QJsonValue &array)
{
    QSet<QString> set;
    for (const QJsonValue &v : array.toArray()) {
        set.insert(v.toString());
    }
    return set;
}

QJsonObject withFirstStandardCriteria(QJsonObject framework, const std::function<void(QJsonArray &)> &edit)
{
    QJsonArray standards = framework[QStringLiteral("standards")].toArray();
    QJsonObject standard = standards.at(0).toObject();
    QJsonArray criteria = standard[QStringLiteral("criteria")].toArray();
    edit(criteria);
    standard[QStringLiteral("criteria")] = criteria;
    standards[0] = standard;
    framework[QStringLiteral("standards")] = standards;
    return framework;
}

// Rewords the first Mức 1 indicator of the first criterion.
QJsonObject withRewordedFirstIndicator(const QJsonObject &framework, const QString &text)
{
    return withFirstStandardCriteria(framework, [&](QJsonArray &criteria) {
        QJsonObject criterion = criteria.at(0).toObject();
        QJsonObject levels = criterion[QStringLiteral("levels")].toObject();
        QJsonArray levelOne = levels[QStringLiteral("1")].toArray();
        QJsonObject indicator = levelOne.at(0).toObject();
        indicator[QStringLiteral("text")] = text;
        levelOne[0] = indicator;
        levels[QStringLiteral("1")] = levelOne;
        criterion[QStringLiteral("levels")] = levels;
        criteria[0] = criterion;
    });
}

// `new FILE` with the options given; a null framework or school leaves that option out.
QStringList newArguments(const QString &file, const QString &framework, const QString &school,
                         const QStringList &extra = {})
{
    QStringList arguments{QStringLiteral("new"), file};
    if (!framework.isNull()) {
        arguments << QStringLiteral("--framework") << framework;
    }
    if (!school.isNull()) {
        arguments << QStringLiteral("--school") << school;
    }
    return arguments + extra;
}

QString fixture(const QString &name)
{
    return QStringLiteral(MINH_TEST_DATA "/cli/") + name;
}

void addFrameworkRows()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ShippedIds) {
        QTest::newRow(qPrintable(id)) << id;
    }
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void frameworksJson_listsExactlyTheShippedIds();
    void frameworksJson_describesFramework_data();
    void frameworksJson_describesFramework();
    void frameworksPlain_printsEachIdUnverified();

    void newSchool_roundTripsNameYearAndFramework_data();
    void newSchool_roundTripsNameYearAndFramework();
    void badUsage_exitsTwoNamingProblem_data();
    void badUsage_exitsTwoNamingProblem();
    void createOverExisting_exitsTwoAndLeavesFileUntouched_data();
    void createOverExisting_exitsTwoAndLeavesFileUntouched();

    void demo_createsCompleteAssessment_data();
    void demo_createsCompleteAssessment();

    void judge_levelOneVerdicts_reachAndLoseLevelOne_data();
    void judge_levelOneVerdicts_reachAndLoseLevelOne();
    void judge_levelFourRequirements_recordedAndCleared_data();
    void judge_levelFourRequirements_recordedAndCleared();
    void judge_optionalCriteria_needFiveOfSeven_data();
    void judge_optionalCriteria_needFiveOfSeven();
    void judge_unknownKey_exitsTwoAndWritesNothing_data();
    void judge_unknownKey_exitsTwoAndWritesNothing();
    void judge_badJudgementFile_exitsTwoNamingFile_data();
    void judge_badJudgementFile_exitsTwoNamingFile();

    void openBadSchoolFile_exitsTwoNamingFile_data();
    void openBadSchoolFile_exitsTwoNamingFile();

    void frameworkImport_modifiedCopy_isListedAsImported_data();
    void frameworkImport_modifiedCopy_isListedAsImported();
    void frameworkImport_invalidFile_exitsTwoNamingFile_data();
    void frameworkImport_invalidFile_exitsTwoNamingFile();

    void upgrade_previewKeepsFileApplyReplacesFramework_data();
    void upgrade_previewKeepsFileApplyReplacesFramework();

    void help_exitsZero_data();
    void help_exitsZero();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString dataHome() const { return path(QStringLiteral("xdg-data")); }
    CliRun cli(const QStringList &arguments) const;
    QJsonObject jsonOf(const QStringList &arguments) const;
    QJsonObject show(const QString &school) const;
    QJsonArray listedFrameworks() const;
    QString writeFile(const QString &name, const QByteArray &data) const;
    QString writeJson(const QString &name, const QJsonObject &object) const;
    CliRun newSchool(const QString &file, const QString &framework) const;
    CliRun judge(const QString &school, const QJsonObject &verdicts) const;
    QStringList importedFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(MINH_CLI)), MINH_CLI);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

CliRun TestCli::cli(const QStringList &arguments) const
{
    return CliSupport::run(m_dir->path(), dataHome(), arguments);
}

QJsonObject TestCli::jsonOf(const QStringList &arguments) const
{
    const CliRun run = cli(arguments);
    return ok(run) ? run.json() : QJsonObject();
}

QJsonObject TestCli::show(const QString &school) const
{
    return jsonOf({QStringLiteral("show"), school, QStringLiteral("--json")});
}

QJsonArray TestCli::listedFrameworks() const
{
    return jsonOf({QStringLiteral("frameworks"), QStringLiteral("--json")})[QStringLiteral("frameworks")].toArray();
}

QString TestCli::writeFile(const QString &name, const QByteArray &data) const
{
    const QString file = path(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
        qWarning() << "cannot write" << file;
    }
    return file;
}

QString TestCli::writeJson(const QString &name, const QJsonObject &object) const
{
    return writeFile(name, QJsonDocument(object).toJson());
}

CliRun TestCli::newSchool(const QString &file, const QString &framework) const
{
    return cli(newArguments(file, framework, SchoolName));
}

CliRun TestCli::judge(const QString &school, const QJsonObject &verdicts) const
{
    return cli({QStringLiteral("judge"), school, QStringLiteral("--json"),
                writeJson(QStringLiteral("verdicts.json"), verdicts)});
}

QStringList TestCli::importedFiles() const
{
    QStringList files;
    QDirIterator it(dataHome(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    return files;
}

void TestCli::frameworksJson_listsExactlyTheShippedIds()
{
    const CliRun run = cli({QStringLiteral("frameworks"), QStringLiteral("--json")});
    QVERIFY(ok(run));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QStringList ids;
    for (const QJsonValue &entry : run.json()[QStringLiteral("frameworks")].toArray()) {
        ids.append(entry[QStringLiteral("id")].toString());
    }
    ids.sort();
    QCOMPARE(ids, ShippedIds);
}

void TestCli::frameworksJson_describesFramework_data()
{
    addFrameworkRows();
}

void TestCli::frameworksJson_describesFramework()
{
    QFETCH(QString, id);
    const QJsonObject shipped = shippedFramework(id);
    QVERIFY(!shipped.isEmpty());
    QJsonObject entry;
    for (const QJsonValue &e : listedFrameworks()) {
        if (e[QStringLiteral("id")].toString() == id) {
            entry = e.toObject();
        }
    }
    QVERIFY2(!entry.isEmpty(), "framework missing from the list");
    QCOMPARE(entry[QStringLiteral("circular")].toString(), shipped[QStringLiteral("circular")].toString());
    QVERIFY(!entry[QStringLiteral("circular")].toString().isEmpty());
    QCOMPARE(entry[QStringLiteral("school_types")].toArray(), shipped[QStringLiteral("school_types")].toArray());
    QVERIFY(!entry[QStringLiteral("school_types")].toArray().isEmpty());
    QCOMPARE(entry[QStringLiteral("status")].toString(), shipped[QStringLiteral("status")].toString());
    QVERIFY(!entry[QStringLiteral("status")].toString().isEmpty());
    // None of the shipped texts has been checked against the official circular yet.
    QCOMPARE(entry[QStringLiteral("verified")], QJsonValue(false));
    QCOMPARE(entry[QStringLiteral("regime")].toString(),
             shipped[QStringLiteral("regime")][QStringLiteral("id")].toString());
    QVERIFY(!entry[QStringLiteral("regime")].toString().isEmpty());
    QCOMPARE(entry[QStringLiteral("origin")].toString(), QStringLiteral("shipped"));
    QCOMPARE(entry[QStringLiteral("sha256")].toString(), sha256Of(shippedBytes(id)));
}

void TestCli::frameworksPlain_printsEachIdUnverified()
{
    const CliRun run = cli({QStringLiteral("frameworks")});
    QVERIFY(ok(run));
    for (const QString &id : ShippedIds) {
        const QRegularExpression line(QStringLiteral("^%1\\s").arg(QRegularExpression::escape(id)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(run.out.contains(line), qPrintable(id));
    }
    QCOMPARE(run.out.count(QStringLiteral("not verified against the official document")), ShippedIds.size());
}

void TestCli::newSchool_roundTripsNameYearAndFramework_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("year");
    for (const QString &id : ShippedIds) {
        QTest::newRow(qPrintable(id)) << id << SchoolName << QStringLiteral("2025-2026");
    }
    // Text is stored in NFC whatever form the terminal typed it in.
    QTest::newRow("decomposed name") << QStringLiteral("tt18-2018")
                                     << SchoolName.normalized(QString::NormalizationForm_D)
                                     << QStringLiteral("2024-2025");
    QTest::newRow("default year") << QStringLiteral("tt57-2026") << SchoolName << QString();
}

void TestCli::newSchool_roundTripsNameYearAndFramework()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, year);
    const QString school = path(QStringLiteral("school.minh"));
    const CliRun run = cli(
        newArguments(school, id, name, year.isEmpty() ? QStringList() : QStringList{QStringLiteral("--year"), year}));
    QVERIFY(ok(run));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(QFile::exists(school));

    const QJsonObject shown = show(school);
    QCOMPARE(shown[QStringLiteral("school")][QStringLiteral("name")].toString(), SchoolName);
    QCOMPARE(shown[QStringLiteral("framework")][QStringLiteral("id")].toString(), id);
    QCOMPARE(shown[QStringLiteral("framework")][QStringLiteral("sha256")].toString(), sha256Of(shippedBytes(id)));
    QCOMPARE(shown[QStringLiteral("school")][QStringLiteral("type")].toString(),
             shippedFramework(id)[QStringLiteral("school_types")][0].toString());
    const QString storedYear = shown[QStringLiteral("assessment")][QStringLiteral("school_year")].toString();
    if (!year.isEmpty()) {
        QCOMPARE(storedYear, year);
    } else {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{4})$")).match(storedYear);
        QVERIFY2(match.hasMatch(), qPrintable(storedYear));
        QCOMPARE(match.captured(2).toInt(), match.captured(1).toInt() + 1);
    }
    // The judging tests below rely on new files taking rules later than the 2025 amendment.
    const QDate rulesDate =
        QDate::fromString(shown[QStringLiteral("assessment")][QStringLiteral("rules_date")].toString(), Qt::ISODate);
    QVERIFY(rulesDate >= QDate(2025, 1, 25));
    QCOMPARE(shown[QStringLiteral("evaluation")][QStringLiteral("school_level")].toInt(-1), 0);
}

void TestCli::badUsage_exitsTwoNamingProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    const QString out = QStringLiteral("out.minh");
    const QString tt17 = QStringLiteral("tt17-2018");
    const QString tt18 = QStringLiteral("tt18-2018");
    QTest::newRow("unknown framework") << newArguments(out, QStringLiteral("tt99-2030"), SchoolName)
                                       << QStringLiteral("Unknown framework “tt99-2030”");
    QTest::newRow("no framework") << newArguments(out, {}, SchoolName) << QStringLiteral("Unknown framework “”");
    QTest::newRow("missing school") << newArguments(out, tt18, {}) << QStringLiteral("--school");
    QTest::newRow("blank school") << newArguments(out, tt18, QStringLiteral("  ")) << QStringLiteral("--school");
    QTest::newRow("year not consecutive")
        << newArguments(out, tt18, SchoolName, {QStringLiteral("--year"), QStringLiteral("2025-2027")})
        << QStringLiteral("“2025-2027” is not a school year");
    QTest::newRow("school type not in framework")
        << newArguments(out, tt17, SchoolName, {QStringLiteral("--type"), QStringLiteral("THPT")})
        << QStringLiteral("“THPT”");
    QTest::newRow("new without OUT") << QStringList{QStringLiteral("new"), QStringLiteral("--framework"), tt18}
                                     << QStringLiteral("Give exactly one file.");
    QTest::newRow("demo unknown framework")
        << QStringList{QStringLiteral("demo"), out, QStringLiteral("--framework"), QStringLiteral("nope")}
        << QStringLiteral("Unknown framework “nope”");
    QTest::newRow("judge without --json") << QStringList{QStringLiteral("judge"), out} << QStringLiteral("--json");
    QTest::newRow("level two files") << QStringList{QStringLiteral("level"), out, out}
                                     << QStringLiteral("Give exactly one file.");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("level"), out, QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("no arguments") << QStringList{} << QStringLiteral("Usage: minh-cli");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("grade"), out}
                                     << QStringLiteral("Unknown command “grade”");
}

void TestCli::badUsage_exitsTwoNamingProblem()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    const CliRun run = cli(arguments);
    QVERIFY(rejected(run, {problem}));
    QVERIFY(!QFile::exists(path(QStringLiteral("out.minh"))));
}

void TestCli::createOverExisting_exitsTwoAndLeavesFileUntouched_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--framework"),
                                        QStringLiteral("tt57-2026"), QStringLiteral("--school"),
                                        QStringLiteral("Trường khác")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")};
}

void TestCli::createOverExisting_exitsTwoAndLeavesFileUntouched()
{
    QFETCH(QStringList, command);
    const QString school = path(QStringLiteral("existing.minh"));
    QVERIFY(ok(newSchool(school, QStringLiteral("tt18-2018"))));
    const QByteArray before = readBytes(school);
    QVERIFY(!before.isEmpty());

    command.insert(1, school);
    const CliRun run = cli(command);
    QVERIFY(rejected(run, {quoted(school), QStringLiteral("already exists")}));
    QCOMPARE(readBytes(school), before);
}

void TestCli::demo_createsCompleteAssessment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("evidenceCode"); // captures the criterion code
    const QString boxed = QStringLiteral("^\\[H\\d+-(\\d+\\.\\d+)-\\d{2}\\]$");
    const QString dotted = QStringLiteral("^MC\\.(\\d+\\.\\d+)\\.\\d{2}$");
    QTest::newRow("tt17-2018") << QStringLiteral("tt17-2018") << boxed;
    QTest::newRow("tt18-2018") << QStringLiteral("tt18-2018") << boxed;
    QTest::newRow("tt19-2018") << QStringLiteral("tt19-2018") << boxed;
    QTest::newRow("tt57-2026") << QStringLiteral("tt57-2026") << dotted;
    QTest::newRow("tt57-2026-mn") << QStringLiteral("tt57-2026-mn") << dotted;
}

void TestCli::demo_createsCompleteAssessment()
{
    QFETCH(QString, id);
    QFETCH(QString, evidenceCode);
    const QString school = path(QStringLiteral("demo.minh"));
    const CliRun run = cli({QStringLiteral("demo"), school, QStringLiteral("--framework"), id});
    QVERIFY(ok(run));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    const QJsonObject shipped = shippedFramework(id);
    const QJsonObject level = jsonOf({QStringLiteral("level"), school, QStringLiteral("--json")});
    const QStringList keys{QStringLiteral("blocking"),     QStringLiteral("criteria"),
                           QStringLiteral("incomplete"),   QStringLiteral("national_standard"),
                           QStringLiteral("school_level"), QStringLiteral("standards")};
    QCOMPARE(level.keys(), keys);
    const QList<CriterionIndicators> criteria = indicatorsAt(shipped, 1);
    QVERIFY(!criteria.isEmpty());
    QCOMPARE(level[QStringLiteral("criteria")].toObject().size(), criteria.size());
    for (const CriterionIndicators &c : criteria) {
        QVERIFY2(level[QStringLiteral("criteria")].toObject().contains(c.code), qPrintable(c.code));
    }
    QCOMPARE(level[QStringLiteral("standards")].toObject().size(),
             shipped[QStringLiteral("standards")].toArray().size());

    const QJsonObject shown = show(school);
    QCOMPARE(shown[QStringLiteral("framework")][QStringLiteral("id")].toString(), id);
    QVERIFY(!shown[QStringLiteral("council")].toArray().isEmpty());
    QVERIFY(!shown[QStringLiteral("plan")].toArray().isEmpty());
    const QJsonArray evidence = shown[QStringLiteral("evidence")].toArray();
    QVERIFY(!evidence.isEmpty());
    const QRegularExpression scheme(evidenceCode);
    for (const QJsonValue &item : evidence) {
        const QString code = item[QStringLiteral("code")].toString();
        const auto match = scheme.match(code);
        QVERIFY2(match.hasMatch(), qPrintable(code));
        QCOMPARE(match.captured(1), item[QStringLiteral("criterion")].toString());
    }

    const CliRun text = cli({QStringLiteral("level"), school});
    QVERIFY(ok(text));
    QVERIFY2(text.out.startsWith(shown[QStringLiteral("school")][QStringLiteral("name")].toString()),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("School level:")));
}

void TestCli::judge_levelOneVerdicts_reachAndLoseLevelOne_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("failing"); // an indicator every rule needs
    QTest::newRow("tt17-2018") << QStringLiteral("tt17-2018") << QStringLiteral("1.1/1/a");
    QTest::newRow("tt18-2018") << QStringLiteral("tt18-2018") << QStringLiteral("1.1/1/a");
    QTest::newRow("tt19-2018") << QStringLiteral("tt19-2018") << QStringLiteral("2.1/1/b");
    QTest::newRow("tt57-2026") << QStringLiteral("tt57-2026") << QStringLiteral("1.3/1/1");
    QTest::newRow("tt57-2026-mn") << QStringLiteral("tt57-2026-mn") << QStringLiteral("4.2/1/1");
}

void TestCli::judge_levelOneVerdicts_reachAndLoseLevelOne()
{
    QFETCH(QString, id);
    QFETCH(QString, failing);
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, id)));
    const QStringList levelOne = allRefs(indicatorsAt(shippedFramework(id), 1));
    QVERIFY(levelOne.contains(failing));
    const QStringList levelArgs{QStringLiteral("level"), school, QStringLiteral("--json")};

    const QJsonObject fresh = jsonOf(levelArgs);
    QCOMPARE(fresh[QStringLiteral("school_level")].toInt(-1), 0);
    const QSet<QString> freshIncomplete = stringSet(fresh[QStringLiteral("incomplete")]);
    const QSet<QString> levelOneSet(levelOne.cbegin(), levelOne.cend());
    QVERIFY(freshIncomplete.contains(levelOneSet));

    const CliRun all = judge(school, verdicts(levelOne, true));
    QVERIFY(ok(all));
    QVERIFY2(all.err.isEmpty(), qPrintable(all.err));
    const QJsonObject met = jsonOf(levelArgs);
    QCOMPARE(met[QStringLiteral("school_level")].toInt(-1), 1);
    QVERIFY(!met[QStringLiteral("blocking")].toObject().contains(QStringLiteral("1")));
    QCOMPARE(stringSet(met[QStringLiteral("incomplete")]), freshIncomplete - levelOneSet);

    QVERIFY(ok(judge(school, verdicts({failing}, false))));
    const QJsonObject notMet = jsonOf(levelArgs);
    QCOMPARE(notMet[QStringLiteral("school_level")].toInt(-1), 0);
    const QJsonArray reasons = notMet[QStringLiteral("blocking")][QStringLiteral("1")].toArray();
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.at(0)[QStringLiteral("type")].toString(), QStringLiteral("criterion"));
    QCOMPARE(reasons.at(0)[QStringLiteral("criterion")].toString(), failing.section(QLatin1Char('/'), 0, 0));
    QCOMPARE(reasons.at(0)[QStringLiteral("indicators")].toArray(), QJsonArray{failing});
    QVERIFY(!stringSet(notMet[QStringLiteral("incomplete")]).contains(failing));

    QVERIFY(ok(judge(school, verdicts({failing}, QJsonValue::Null))));
    const QJsonObject cleared = show(school);
    const QJsonValue judged = cleared[QStringLiteral("judgements")][QStringLiteral("indicators")];
    QVERIFY(judged[failing].isNull());
    const QString other = levelOne.constFirst() == failing ? levelOne.at(1) : levelOne.constFirst();
    QCOMPARE(judged[other], QJsonValue(true));
    const QJsonObject evaluation = cleared[QStringLiteral("evaluation")].toObject();
    QCOMPARE(evaluation[QStringLiteral("school_level")].toInt(-1), 0);
    QCOMPARE(stringSet(evaluation[QStringLiteral("incomplete")]),
             freshIncomplete - levelOneSet + QSet<QString>{failing});
}

void TestCli::judge_levelFourRequirements_recordedAndCleared_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ShippedIds) {
        if (shippedFramework(id).contains(QStringLiteral("extra_requirements"))) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }
}

void TestCli::judge_levelFourRequirements_recordedAndCleared()
{
    QFETCH(QString, id);
    QList<int> numbers;
    for (const QJsonValue &r :
         shippedFramework(id)[QStringLiteral("extra_requirements")][QStringLiteral("requirements")].toArray()) {
        numbers.append(r[QStringLiteral("number")].toInt());
    }
    QVERIFY(numbers.size() >= 3);
    const QString first = QString::number(numbers.at(0));
    const QString second = QString::number(numbers.at(1));
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, id)));
    const auto incompleteOf = [](const QJsonObject &assessment) {
        return stringSet(assessment[QStringLiteral("evaluation")][QStringLiteral("incomplete")]);
    };
    const QSet<QString> fresh = incompleteOf(show(school));
    QVERIFY(fresh.contains(QStringLiteral("level4/") + first));

    QVERIFY(ok(judge(school, {{QStringLiteral("level4"), QJsonObject{{first, true}, {second, false}}}})));
    const QJsonObject judged = show(school);
    const QJsonValue level4 = judged[QStringLiteral("judgements")][QStringLiteral("level4")];
    QCOMPARE(level4[first], QJsonValue(true));
    QCOMPARE(level4[second], QJsonValue(false));
    QVERIFY(level4[QString::number(numbers.at(2))].isNull());
    const QSet<QString> bothJudged{QStringLiteral("level4/") + first, QStringLiteral("level4/") + second};
    QCOMPARE(incompleteOf(judged), fresh - bothJudged);
    QJsonArray unmet;
    for (int n : numbers.mid(1)) {
        unmet.append(n);
    }
    bool reported = false;
    for (const QJsonValue &reason :
         judged[QStringLiteral("evaluation")][QStringLiteral("blocking")][QStringLiteral("4")].toArray()) {
        if (reason[QStringLiteral("type")].toString() == QStringLiteral("extra_requirements")) {
            QCOMPARE(reason[QStringLiteral("requirements")].toArray(), unmet);
            reported = true;
        }
    }
    QVERIFY(reported);

    QVERIFY(ok(judge(school, {{QStringLiteral("level4"), QJsonObject{{first, QJsonValue::Null}}}})));
    QCOMPARE(incompleteOf(show(school)), fresh - QSet<QString>{QStringLiteral("level4/") + second});
}

void TestCli::judge_optionalCriteria_needFiveOfSeven_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("optionalMet");
    QTest::addColumn<bool>("mandatoryMet");
    QTest::addColumn<int>("schoolLevel");
    for (const QString &id : {QStringLiteral("tt57-2026"), QStringLiteral("tt57-2026-mn")}) {
        QTest::addRow("%s 4 of 7", qPrintable(id)) << id << 4 << true << 0;
        QTest::addRow("%s 5 of 7", qPrintable(id)) << id << 5 << true << 1;
        QTest::addRow("%s 6 of 7", qPrintable(id)) << id << 6 << true << 1;
        QTest::addRow("%s 7 of 7, one mandatory unmet", qPrintable(id)) << id << 7 << false << 0;
    }
}

void TestCli::judge_optionalCriteria_needFiveOfSeven()
{
    QFETCH(QString, id);
    QFETCH(int, optionalMet);
    QFETCH(bool, mandatoryMet);
    QFETCH(int, schoolLevel);
    const QList<CriterionIndicators> criteria = indicatorsAt(shippedFramework(id), 1);
    QStringList mandatory;
    QString mandatoryRef;
    QList<CriterionIndicators> optional;
    for (const CriterionIndicators &c : criteria) {
        if (c.mandatory) {
            mandatory.append(c.code);
            mandatoryRef = mandatoryRef.isEmpty() ? c.refs.constFirst() : mandatoryRef;
        } else {
            optional.append(c);
        }
    }
    const QStringList expectedMandatory{QStringLiteral("1.3"), QStringLiteral("1.4"), QStringLiteral("2.1"),
                                        QStringLiteral("2.2"), QStringLiteral("3.1"), QStringLiteral("3.2"),
                                        QStringLiteral("4.1"), QStringLiteral("4.2")};
    QCOMPARE(mandatory, expectedMandatory);
    QCOMPARE(optional.size(), 7);

    // Every Mức 1 indicator met, then the optional criteria past `optionalMet` failed.
    QJsonObject indicators = verdicts(allRefs(criteria), true)[QStringLiteral("indicators")].toObject();
    for (const CriterionIndicators &c : optional.mid(optionalMet)) {
        indicators[c.refs.constFirst()] = false;
    }
    if (!mandatoryMet) {
        indicators[mandatoryRef] = false;
    }
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, id)));
    QVERIFY(ok(judge(school, {{QStringLiteral("indicators"), indicators}})));

    const QJsonObject level = jsonOf({QStringLiteral("level"), school, QStringLiteral("--json")});
    QCOMPARE(level[QStringLiteral("school_level")].toInt(-1), schoolLevel);
    const QJsonObject blocking = level[QStringLiteral("blocking")].toObject();
    QCOMPARE(blocking.contains(QStringLiteral("1")), schoolLevel == 0);
    QVERIFY(blocking.contains(QStringLiteral("2")));
    if (schoolLevel > 0) {
        return;
    }
    const QJsonArray reasons = blocking[QStringLiteral("1")].toArray();
    QCOMPARE(reasons.size(), 1);
    const QJsonObject reason = reasons.at(0).toObject();
    if (!mandatoryMet) {
        QCOMPARE(reason[QStringLiteral("type")].toString(), QStringLiteral("criterion"));
        QCOMPARE(reason[QStringLiteral("criterion")].toString(), mandatory.constFirst());
        QCOMPARE(reason[QStringLiteral("indicators")].toArray(), QJsonArray{mandatoryRef});
        return;
    }
    QCOMPARE(reason[QStringLiteral("type")].toString(), QStringLiteral("threshold"));
    QCOMPARE(reason[QStringLiteral("criteria_set")].toString(), QStringLiteral("optional"));
    QCOMPARE(reason[QStringLiteral("required_level")].toInt(-1), 1);
    QCOMPARE(reason[QStringLiteral("at_least")].toInt(-1), 5);
    QCOMPARE(reason[QStringLiteral("reached")].toInt(-1), optionalMet);
    QStringList shortfalls;
    for (const QJsonValue &s : reason[QStringLiteral("criteria")].toArray()) {
        shortfalls.append(s[QStringLiteral("criterion")].toString());
    }
    QStringList unmet;
    for (const CriterionIndicators &c : optional.mid(optionalMet)) {
        unmet.append(c.code);
    }
    QCOMPARE(shortfalls, unmet);
}

void TestCli::judge_unknownKey_exitsTwoAndWritesNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("problem");
    const QString tt18 = QStringLiteral("tt18-2018");
    const QString tt57 = QStringLiteral("tt57-2026");
    const QString indicators = QStringLiteral("indicators");
    const QString level4 = QStringLiteral("level4");
    const QString noIndicator = QStringLiteral("has no indicator");
    QTest::newRow("unknown criterion") << tt18 << indicators << QStringLiteral("9.9/1/a") << noIndicator;
    QTest::newRow("level above the framework's") << tt18 << indicators << QStringLiteral("1.1/7/a") << noIndicator;
    QTest::newRow("unknown letter") << tt18 << indicators << QStringLiteral("1.1/1/z") << noIndicator;
    QTest::newRow("not a key") << tt18 << indicators << QStringLiteral("nonsense")
                               << QStringLiteral("<criterion>/<level>/<letter or position>");
    QTest::newRow("level zero") << tt18 << indicators << QStringLiteral("1.1/0/a")
                                << QStringLiteral("<criterion>/<level>/<letter or position>");
    QTest::newRow("repealed") << tt18 << indicators << QStringLiteral("5.3/1/a")
                              << QStringLiteral("repealed by 22/2024/TT-BGDĐT");
    QTest::newRow("level not written canonically") << tt18 << indicators << QStringLiteral("1.1/01/a")
                                                   << QStringLiteral("<criterion>/<level>/<letter or position>");
    QTest::newRow("requirement not written canonically") << tt18 << level4 << QStringLiteral("01")
                                                         << QStringLiteral("no such requirement");
    QTest::newRow("unknown requirement") << tt18 << level4 << QStringLiteral("9")
                                         << QStringLiteral("no such requirement");
    QTest::newRow("2026 letter instead of position") << tt57 << indicators << QStringLiteral("1.3/1/a") << noIndicator;
    QTest::newRow("2026 Mức 3") << tt57 << indicators << QStringLiteral("1.1/3/1") << noIndicator;
    QTest::newRow("2026 has no Mức 4") << tt57 << level4 << QStringLiteral("1")
                                       << QStringLiteral("no such requirement");
}

void TestCli::judge_unknownKey_exitsTwoAndWritesNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, problem);
    const QList<CriterionIndicators> levelOne = indicatorsAt(shippedFramework(id), 1);
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, id)));
    QVERIFY(ok(judge(school, verdicts({levelOne.at(0).refs.constFirst()}, true))));
    const CliRun before = cli({QStringLiteral("level"), school, QStringLiteral("--json")});
    QVERIFY(ok(before));
    const QByteArray bytes = readBytes(school);

    // A valid verdict beside the bad key: the file is judged as a whole or not at all.
    QJsonObject bad = verdicts({levelOne.at(1).refs.constFirst()}, true);
    QJsonObject target = bad[section].toObject();
    target.insert(key, true);
    bad[section] = target;
    const CliRun run = judge(school, bad);
    const QString named = section == QStringLiteral("level4") ? QStringLiteral("level4.") + key : key;
    QVERIFY(rejected(run, {quoted(named), problem, QStringLiteral("verdicts.json")}));

    QCOMPARE(cli({QStringLiteral("level"), school, QStringLiteral("--json")}).out, before.out);
    QCOMPARE(readBytes(school), bytes);
}

void TestCli::judge_badJudgementFile_exitsTwoNamingFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << fixture(QStringLiteral("not-json.json")) << QStringLiteral("is not valid JSON");
    QTest::newRow("not an object") << fixture(QStringLiteral("not-an-object.json"))
                                   << QStringLiteral("must hold a JSON object");
    QTest::newRow("verdict not a boolean") << fixture(QStringLiteral("verdict-not-boolean.json"))
                                           << QStringLiteral("“1.1/1/a” must be true, false or null");
    QTest::newRow("unknown section") << fixture(QStringLiteral("unknown-section.json"))
                                     << QStringLiteral("unknown key “verdicts”");
    QTest::newRow("missing") << fixture(QStringLiteral("no-such-file.json")) << QStringLiteral("cannot be read");
}

void TestCli::judge_badJudgementFile_exitsTwoNamingFile()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, QStringLiteral("tt18-2018"))));
    const QByteArray bytes = readBytes(school);

    const CliRun run = cli({QStringLiteral("judge"), school, QStringLiteral("--json"), file});
    QVERIFY(rejected(run, {quoted(file), problem}));
    QCOMPARE(readBytes(school), bytes);
}

void TestCli::openBadSchoolFile_exitsTwoNamingFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("command"); // the file goes after the first word
    const QList<QStringList> commands{
        {QStringLiteral("level")},
        {QStringLiteral("level"), QStringLiteral("--json")},
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("--json")},
        {QStringLiteral("judge"), QStringLiteral("--json"), fixture(QStringLiteral("one-verdict.json"))},
        {QStringLiteral("upgrade")}};
    for (const QString &kind : {QStringLiteral("missing"), QStringLiteral("text"), QStringLiteral("empty"),
                                QStringLiteral("foreign SQLite")}) {
        for (const QStringList &command : commands) {
            const QString name = command.size() == 2 ? command.join(QLatin1Char(' ')) : command.constFirst();
            QTest::addRow("%s, %s", qPrintable(name), qPrintable(kind)) << kind << command;
        }
    }
}

void TestCli::openBadSchoolFile_exitsTwoNamingFile()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, command);
    const QString file = path(QStringLiteral("school.minh"));
    if (kind == QStringLiteral("text")) {
        writeFile(QStringLiteral("school.minh"), "Danh sách hội đồng tự đánh giá\n");
    } else if (kind == QStringLiteral("empty")) {
        writeFile(QStringLiteral("school.minh"), {});
    } else if (kind == QStringLiteral("foreign SQLite")) {
        QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {file, QStringLiteral("CREATE TABLE note (body TEXT); "
                                                                                    "INSERT INTO note VALUES ('x');")}),
                 0);
    }
    const QByteArray bytes = readBytes(file);

    command.insert(1, file);
    const CliRun run = cli(command);
    QVERIFY(rejected(run, {quoted(file)}));
    QCOMPARE(QFile::exists(file), kind != QStringLiteral("missing"));
    QCOMPARE(readBytes(file), bytes);
}

void TestCli::frameworkImport_modifiedCopy_isListedAsImported_data()
{
    addFrameworkRows();
}

void TestCli::frameworkImport_modifiedCopy_isListedAsImported()
{
    QFETCH(QString, id);
    QJsonObject framework = shippedFramework(id);
    const QString title = QStringLiteral("Bản sửa đổi thử nghiệm: ") + framework[QStringLiteral("title")].toString();
    framework[QStringLiteral("title")] = title;
    const QString file = writeJson(QStringLiteral("modified.json"), framework);

    const CliRun run = cli({QStringLiteral("framework-import"), file});
    QVERIFY(ok(run));
    QVERIFY2(run.out.contains(id), qPrintable(run.out));

    QStringList ids;
    for (const QJsonValue &entry : listedFrameworks()) {
        const QString entryId = entry[QStringLiteral("id")].toString();
        ids.append(entryId);
        QCOMPARE(entry[QStringLiteral("origin")].toString(),
                 entryId == id ? QStringLiteral("imported") : QStringLiteral("shipped"));
        if (entryId == id) {
            QCOMPARE(entry[QStringLiteral("title")].toString(), title);
            QCOMPARE(entry[QStringLiteral("sha256")].toString(), sha256Of(readBytes(file)));
        }
    }
    ids.sort();
    QCOMPARE(ids, ShippedIds);
    const QStringList copies = importedFiles();
    QCOMPARE(copies.size(), 1);
    QVERIFY2(copies.constFirst().endsWith(QStringLiteral("/%1.json").arg(id)), qPrintable(copies.constFirst()));

    // New assessments take the imported version.
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, id)));
    QCOMPARE(show(school)[QStringLiteral("framework")][QStringLiteral("title")].toString(), title);
}

void TestCli::frameworkImport_invalidFile_exitsTwoNamingFile_data()
{
    QTest::addColumn<QString>("fixtureName"); // empty: a mutated copy of tt18-2018
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("problem");
    QTest::newRow("duplicate criterion code") << QString() << Mutation([](QJsonObject fw) {
        return withFirstStandardCriteria(fw, [](QJsonArray &criteria) {
            QJsonObject second = criteria.at(1).toObject();
            second[QStringLiteral("code")] = criteria.at(0)[QStringLiteral("code")];
            criteria[1] = second;
        });
    }) << QStringLiteral("criterion code “1.1” appears more than once");
    // The id names the copy in the user's folder; a path in it must not lead elsewhere.
    QTest::newRow("id with a path") << QString() << Mutation([](QJsonObject fw) {
        fw[QStringLiteral("id")] = QStringLiteral("../../escaped");
        return fw;
    }) << QStringLiteral("may contain only lowercase letters");
    QTest::newRow("not JSON") << QStringLiteral("not-json.json") << Mutation() << QStringLiteral("not valid JSON");
    QTest::newRow("not a framework") << QStringLiteral("not-a-framework.json") << Mutation()
                                     << QStringLiteral("not a Minh framework file");
    QTest::newRow("missing") << QStringLiteral("no-such-framework.json") << Mutation()
                             << QStringLiteral("cannot be read");
}

void TestCli::frameworkImport_invalidFile_exitsTwoNamingFile()
{
    QFETCH(QString, fixtureName);
    QFETCH(Mutation, mutate);
    QFETCH(QString, problem);
    const QString file = fixtureName.isEmpty() ? writeJson(QStringLiteral("framework.json"),
                                                           mutate(shippedFramework(QStringLiteral("tt18-2018"))))
                                               : fixture(fixtureName);

    const CliRun run = cli({QStringLiteral("framework-import"), file});
    QVERIFY(rejected(run, {quoted(file), problem}));

    QVERIFY(importedFiles().isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("escaped.json"))));
    for (const QJsonValue &entry : listedFrameworks()) {
        QCOMPARE(entry[QStringLiteral("origin")].toString(), QStringLiteral("shipped"));
    }
}

void TestCli::upgrade_previewKeepsFileApplyReplacesFramework_data()
{
    addFrameworkRows();
}

void TestCli::upgrade_previewKeepsFileApplyReplacesFramework()
{
    QFETCH(QString, id);
    const QJsonObject shipped = shippedFramework(id);
    const QList<CriterionIndicators> levelOne = indicatorsAt(shipped, 1);
    const QString reworded = levelOne.at(0).refs.constFirst();
    const QString kept = levelOne.at(1).refs.constFirst();
    const QString school = path(QStringLiteral("school.minh"));
    QVERIFY(ok(newSchool(school, id)));
    QVERIFY(ok(judge(school, verdicts({reworded, kept}, true))));
    const QString newer = writeJson(QStringLiteral("newer.json"),
                                    withRewordedFirstIndicator(shipped, QStringLiteral("Lời văn đã sửa đổi.")));
    const QStringList showArgs{QStringLiteral("show"), school, QStringLiteral("--json")};
    const CliRun before = cli(showArgs);
    QVERIFY(ok(before));
    QCOMPARE(before.json()[QStringLiteral("framework")][QStringLiteral("sha256")].toString(),
             sha256Of(shippedBytes(id)));
    const QByteArray bytes = readBytes(school);

    const QStringList upgrade{QStringLiteral("upgrade"), school, QStringLiteral("--framework-file"), newer};
    const CliRun preview = cli(upgrade);
    QVERIFY(ok(preview));
    QVERIFY2(preview.out.contains(reworded) && preview.out.contains(QStringLiteral("Lời văn đã sửa đổi.")),
             qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("--apply")), qPrintable(preview.out));
    QCOMPARE(readBytes(school), bytes);
    QCOMPARE(cli(showArgs).out, before.out);

    const CliRun apply = cli(upgrade + QStringList{QStringLiteral("--apply")});
    QVERIFY(ok(apply));
    const QJsonObject after = show(school);
    QCOMPARE(after[QStringLiteral("framework")][QStringLiteral("sha256")].toString(), sha256Of(readBytes(newer)));
    // The reworded indicator's verdict no longer says anything about the new text; the other stays.
    const QJsonValue judged = after[QStringLiteral("judgements")][QStringLiteral("indicators")];
    QVERIFY(judged[reworded].isNull());
    QCOMPARE(judged[kept], QJsonValue(true));

    const CliRun again = cli(upgrade + QStringList{QStringLiteral("--apply")});
    QVERIFY(ok(again));
    QVERIFY2(again.out.contains(QStringLiteral("already uses")), qPrintable(again.out));

    // Reopening the file after the write once left Qt warning about a connection still in use.
    QVERIFY2(apply.err.isEmpty(), qPrintable(apply.err));
}

void TestCli::help_exitsZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
    for (const QString &command : {QStringLiteral("frameworks"), QStringLiteral("framework-import"),
                                   QStringLiteral("new"), QStringLiteral("demo"), QStringLiteral("judge"),
                                   QStringLiteral("level"), QStringLiteral("show"), QStringLiteral("upgrade")}) {
        QTest::addRow("%s --help", qPrintable(command)) << QStringList{command, QStringLiteral("--help")};
    }
}

void TestCli::help_exitsZero()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QVERIFY(ok(run));
    QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
