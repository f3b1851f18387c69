// The evidence health check: one finding per problem, with its severity, where to fix it and the
// sentence the council reads. Each case starts from a school with nothing to report and spoils
// one thing.

#include "../testsupport.h"
#include "document/schooldocument.h"
#include "evidence/evidencehealth.h"
#include "evidence/evidencejson.h"
#include "localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Minh::Core;
using Kind = HealthFinding::Kind;
using Severity = HealthFinding::Severity;

namespace {

struct Fixture
{
    TestSupport::School school;
    SchoolDocument &document = school.document;
    int files = 0;

    QString path(const QString &name) const { return school.dir.filePath(name); }
};

using Spoil = std::function<bool(Fixture &)>;

} // namespace

Q_DECLARE_METATYPE(Spoil)
Q_DECLARE_METATYPE(Minh::Core::HealthFinding::Kind)

namespace {

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

QString textField(const SchoolDocument &document)
{
    return document.framework().regime().criterionFields.constFirst().key;
}

// An item with everything a council should fill in, inside the window of a 2025-2026 assessment.
EvidenceItem completeItem(const QString &criterion, const QString &title)
{
    EvidenceItem item;
    item.criterionCode = criterion;
    item.title = title;
    item.issueInfo = QStringLiteral("Số 12/QĐ-THCS, ngày 05/9/2025");
    item.issuer = QStringLiteral("Hiệu trưởng");
    item.schoolYears = QStringLiteral("2025-2026");
    item.location = QStringLiteral("Hộp 1, tủ văn phòng");
    return item;
}

// Adds `item` with one file of its own (unless `withFile` is false) and cites it in the first
// text of its criterion; returns its code, or an empty string when something failed.
QString addCited(Fixture &f, const EvidenceItem &item, bool withFile = true)
{
    QStringList paths;
    if (withFile) {
        const int number = ++f.files;
        paths.append(
            writeFile(f.path(QStringLiteral("%1-h-%2.pdf").arg(number).arg(item.criterionCode)),
                      QStringLiteral("Minh chứng số %1 của tiêu chí %2").arg(number).arg(item.criterionCode).toUtf8()));
    }
    if (!f.document.addEvidence(item, paths)) {
        qWarning("cannot add %s: %s", qPrintable(item.title), qPrintable(f.document.errorString()));
        return {};
    }
    const QString code = f.document.evidence().constLast().code;
    const QString field = textField(f.document);
    const QString text = f.document.criterionText(item.criterionCode, field);
    if (!f.document.setCriterionText(item.criterionCode, field,
                                     text + QStringLiteral(" Minh chứng: ") + code + QLatin1Char('.'))) {
        qWarning("cannot cite %s: %s", qPrintable(code), qPrintable(f.document.errorString()));
        return {};
    }
    return code;
}

// A school where every criterion has a complete item, with a file, cited in its text.
bool createClean(Fixture &f, const QString &framework, const QString &skip = QString())
{
    if (!f.school.create(QDate(2026, 9, 1), framework)) {
        return false;
    }
    for (const Criterion *c : f.document.framework().criteria()) {
        if (c->code != skip &&
            addCited(f, completeItem(c->code, QStringLiteral("Kế hoạch tiêu chí %1").arg(c->code))).isEmpty()) {
            return false;
        }
    }
    return true;
}

// Runs `statement` on a connection of its own while the document is closed, then reopens it.
bool changeBehind(Fixture &f, const QString &statement, const QVariantList &values = {})
{
    f.document.close();
    return TestSupport::writeBehind(f.school.path, statement, values) && f.document.open(f.school.path);
}

QString describe(const HealthFinding &finding)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(finding.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
             finding.criterion, finding.code, finding.message);
}

QStringList describeAll(const QList<HealthFinding> &findings)
{
    QStringList out;
    for (const HealthFinding &f : findings) {
        out.append(EvidenceHealth::kindKey(f.kind) + QLatin1Char('|') + describe(f));
    }
    return out;
}

QStringList ofKind(const QList<HealthFinding> &findings, Kind kind)
{
    QStringList out;
    for (const HealthFinding &f : findings) {
        if (f.kind == kind) {
            out.append(describe(f));
        }
    }
    return out;
}

// One more cited item on `criterion` with `edit` applied to a complete one.
Spoil extraItem(const QString &criterion, const std::function<void(EvidenceItem &)> &edit, bool withFile = true)
{
    return [=](Fixture &f) {
        EvidenceItem item = completeItem(criterion, QStringLiteral("Sổ theo dõi"));
        edit(item);
        return !addCited(f, item, withFile).isEmpty();
    };
}

Spoil schoolYears(const QString &criterion, const QString &years)
{
    return extraItem(criterion, [=](EvidenceItem &item) { item.schoolYears = years; });
}

Spoil issuedOn(const QString &criterion, const QString &issueInfo)
{
    return extraItem(criterion, [=](EvidenceItem &item) {
        item.schoolYears.clear();
        item.issueInfo = issueInfo;
    });
}

QString outside(const QString &criterion, const QString &code, int window)
{
    return QStringLiteral(
               "warning|%1|%2|%2 is outside the evidence window: the assessment of 2025-2026 takes evidence from "
               "the %3 school years up to and including it.")
        .arg(criterion, code)
        .arg(window);
}

} // namespace

class TestEvidenceHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void cleanSchool_givesNoFinding_data();
    void cleanSchool_givesNoFinding();
    void spoiled_givesExpectedFindings_data();
    void spoiled_givesExpectedFindings();
    void freshSchool_everyCriterionWithoutEvidence();
    void hasErrors_onlyForErrors();
    void kindKey_isStableAndDistinct_data();
    void kindKey_isStableAndDistinct();
    void findingsJson_countsErrorsAndWarnings();
};

void TestEvidenceHealth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English the council reads, plural forms included, as the CLI and the window install it.
    Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestEvidenceHealth::cleanSchool_givesNoFinding_data()
{
    QTest::addColumn<QString>("framework");

    QTest::newRow("tt18-2018") << QStringLiteral("tt18-2018");
    QTest::newRow("tt57-2026") << QStringLiteral("tt57-2026");
}

void TestEvidenceHealth::cleanSchool_givesNoFinding()
{
    QFETCH(QString, framework);

    Fixture f;
    QVERIFY(createClean(f, framework));
    QCOMPARE(f.document.evidence().size(), f.document.framework().criteria().size());
    const QList<HealthFinding> findings = EvidenceHealth::check(f.document);
    QCOMPARE(describeAll(findings), QStringList());
    QVERIFY(!EvidenceHealth::hasErrors(findings));
    const QJsonObject json = EvidenceJson::findings(findings);
    QCOMPARE(json[QStringLiteral("errors")].toInt(-1), 0);
    QCOMPARE(json[QStringLiteral("warnings")].toInt(-1), 0);
    QCOMPARE(json[QStringLiteral("findings")].toArray().size(), 0);
}

void TestEvidenceHealth::spoiled_givesExpectedFindings_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("skip"); // a criterion the clean school leaves without an item
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("expected"); // severity|criterion|code|message of every finding of `kind`

    const QString tt18 = QStringLiteral("tt18-2018");
    const QString tt57 = QStringLiteral("tt57-2026");
    const Spoil nothing = [](Fixture &) { return true; };

    QTest::newRow("criterion without evidence")
        << tt18 << QStringLiteral("1.3") << nothing << Kind::CriterionWithoutEvidence
        << QStringList{QStringLiteral("warning|1.3||Criterion 1.3 has no evidence.")};
    QTest::newRow("criterion using another's item") << tt18 << QStringLiteral("1.3") << Spoil([](Fixture &f) {
        return f.document.citeEvidence(QStringLiteral("[H1-1.2-01]"), QStringLiteral("1.3"));
    }) << Kind::CriterionWithoutEvidence << QStringList();
    QTest::newRow("criterion citing another's item in its text")
        << tt18 << QStringLiteral("1.3") << Spoil([](Fixture &f) {
               return f.document.setCriterionText(QStringLiteral("1.3"), textField(f.document),
                                                  QStringLiteral("Xem [H1-1.2-01]."));
           })
        << Kind::CriterionWithoutEvidence << QStringList();

    QTest::newRow("item cited nowhere")
        << tt18 << QString() << Spoil([](Fixture &f) {
               return f.document.addEvidence(completeItem(QStringLiteral("2.1"), QStringLiteral("Sổ theo dõi")),
                                             {writeFile(f.path(QStringLiteral("so.pdf")), "so theo doi")});
           })
        << Kind::ItemNotCited
        << QStringList{QStringLiteral("warning|2.1|[H2-2.1-02]|[H2-2.1-02] (Sổ theo dõi) is not cited in any text.")};

    QTest::newRow("criterion text cites nothing")
        << tt18 << QString() << Spoil([](Fixture &f) {
               // Twice, and once without brackets: one finding for the criterion.
               return f.document.setCriterionText(QStringLiteral("1.2"), QStringLiteral("strengths"),
                                                  QStringLiteral("Có [H1-1.2-07] và H1-1.2-07.")) &&
                      f.document.setCriterionText(QStringLiteral("1.2"), QStringLiteral("weaknesses"),
                                                  QStringLiteral("Thiếu [H1-1.2-07]."));
           })
        << Kind::UnresolvedCitation
        << QStringList{QStringLiteral(
               "error|1.2|[H1-1.2-07]|Criterion 1.2 cites [H1-1.2-07], but no evidence item has that code.")};
    QTest::newRow("2026 criterion text cites nothing")
        << tt57 << QString() << Spoil([](Fixture &f) {
               return f.document.setCriterionText(QStringLiteral("2.3"), QStringLiteral("status_level_2"),
                                                  QStringLiteral("Minh chứng (MC.2.3.05)."));
           })
        << Kind::UnresolvedCitation
        << QStringList{QStringLiteral(
               "error|2.3|MC.2.3.05|Criterion 2.3 cites MC.2.3.05, but no evidence item has that code.")};
    QTest::newRow("standard text cites nothing")
        << tt18 << QString() << Spoil([](Fixture &f) {
               return f.document.setStandardText(1, QStringLiteral("introduction"),
                                                 QStringLiteral("Các minh chứng [H1-1.1-09] và [H1-1.1-09]."));
           })
        << Kind::UnresolvedCitation
        << QStringList{
               QStringLiteral("error||[H1-1.1-09]|Standard 1 cites [H1-1.1-09], but no evidence item has that code.")};

    QTest::newRow("Mức 4 text cites nothing")
        << tt18 << QString() << Spoil([](Fixture &f) {
               return f.document.setExtraRequirementText(2, QStringLiteral("description"), QStringLiteral("Xem [H1-1.1-09]."));
           })
        << Kind::UnresolvedCitation
        << QStringList{QStringLiteral(
               "error||[H1-1.1-09]|Mức 4 requirement 2 cites [H1-1.1-09], but no evidence item has that code.")};
    QTest::newRow("item cited only by a Mức 4 text")
        << tt18 << QString() << Spoil([](Fixture &f) {
               return f.document.addEvidence(completeItem(QStringLiteral("2.1"), QStringLiteral("Sổ theo dõi")),
                                             {writeFile(f.path(QStringLiteral("so.pdf")), "so theo doi")})
                      && f.document.setExtraRequirementText(1, QStringLiteral("strengths"), QStringLiteral("Có [H2-2.1-02]."));
           })
        << Kind::ItemNotCited << QStringList();

    QTest::newRow("item without file or place")
        << tt18 << QString()
        << extraItem(
               QStringLiteral("1.1"), [](EvidenceItem &item) { item.location.clear(); }, false)
        << Kind::ItemWithoutFiles
        << QStringList{
               QStringLiteral("warning|1.1|[H1-1.1-02]|[H1-1.1-02] has no file and no place where it is kept.")};
    QTest::newRow("item on paper only") << tt18 << QString()
                                        << extraItem(
                                               QStringLiteral("1.1"), [](EvidenceItem &) {}, false)
                                        << Kind::ItemWithoutFiles << QStringList();

    QTest::newRow("damaged file")
        << tt18 << QString() << Spoil([](Fixture &f) {
               const qint64 content = f.document.evidenceItem(QStringLiteral("[H1-1.1-01]"))->files.first().contentId;
               return changeBehind(f, QStringLiteral("DELETE FROM evidence_chunk WHERE content_id = ?"), {content});
           })
        << Kind::DamagedFile
        << QStringList{QStringLiteral(
               "error|1.1|[H1-1.1-01]|The file “1-h-1.1.pdf” of [H1-1.1-01] is damaged in the school file.")};

    QTest::newRow("same file in two items")
        << tt18 << QString() << Spoil([](Fixture &f) {
               const QString copy = f.path(QStringLiteral("bản sao.pdf"));
               return QFile::copy(f.path(QStringLiteral("1-h-1.1.pdf")), copy) &&
                      f.document.addEvidence(completeItem(QStringLiteral("2.1"), QStringLiteral("Bản sao")), {copy}) &&
                      f.document.setCriterionText(QStringLiteral("2.1"), QStringLiteral("strengths"),
                                                  QStringLiteral("[H2-2.1-02]"));
           })
        << Kind::DuplicateFile
        << QStringList{
               QStringLiteral("warning|1.1|[H1-1.1-01]|The file “1-h-1.1.pdf” of [H1-1.1-01] is the same as a file "
                              "of [H2-2.1-02]."),
               QStringLiteral("warning|2.1|[H2-2.1-02]|The file “bản sao.pdf” of [H2-2.1-02] is the same as a file "
                              "of [H1-1.1-01].")};

    // A 2025-2026 assessment takes 2021-2022 to 2025-2026 under 2018 (five years), 2023-2024 to
    // 2025-2026 under 2026 (three).
    QTest::newRow("2018: 2019-2020 is outside")
        << tt18 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2019-2020")) << Kind::OutsideWindow
        << QStringList{outside(QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]"), 5)};
    QTest::newRow("2018: 2020-2021 is outside")
        << tt18 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2020-2021")) << Kind::OutsideWindow
        << QStringList{outside(QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]"), 5)};
    QTest::newRow("2018: 2021-2022 is inside")
        << tt18 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2021-2022")) << Kind::OutsideWindow
        << QStringList();
    QTest::newRow("2018: next year is outside")
        << tt18 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2026-2027")) << Kind::OutsideWindow
        << QStringList{outside(QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]"), 5)};
    QTest::newRow("2018: one of several years inside")
        << tt18 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2018-2019, 2022-2023"))
        << Kind::OutsideWindow << QStringList();
    QTest::newRow("2026: 2022-2023 is outside")
        << tt57 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2022-2023")) << Kind::OutsideWindow
        << QStringList{outside(QStringLiteral("1.1"), QStringLiteral("MC.1.1.02"), 3)};
    QTest::newRow("2026: 2023-2024 is inside")
        << tt57 << QString() << schoolYears(QStringLiteral("1.1"), QStringLiteral("2023-2024")) << Kind::OutsideWindow
        << QStringList();
    QTest::newRow("issue date in 2019 is outside")
        << tt18 << QString() << issuedOn(QStringLiteral("1.1"), QStringLiteral("Số 3/QĐ-THCS, ngày 20/10/2019"))
        << Kind::OutsideWindow << QStringList{outside(QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]"), 5)};
    QTest::newRow("issue date in October 2023 is inside")
        << tt18 << QString() << issuedOn(QStringLiteral("1.1"), QStringLiteral("Số 3/QĐ-THCS, ngày 20/10/2023"))
        << Kind::OutsideWindow << QStringList();
    // January 2026 belongs to the school year 2025-2026 itself, March 2021 to 2020-2021.
    QTest::newRow("issue date in January 2026 is inside")
        << tt18 << QString() << issuedOn(QStringLiteral("1.1"), QStringLiteral("Số 7/BC-THCS, ngày 15/01/2026"))
        << Kind::OutsideWindow << QStringList();
    QTest::newRow("issue date in March 2021 is outside")
        << tt18 << QString() << issuedOn(QStringLiteral("1.1"), QStringLiteral("Số 7/BC-THCS, ngày 15/03/2021"))
        << Kind::OutsideWindow << QStringList{outside(QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]"), 5)};

    QTest::newRow("missing title") << tt18 << QString() << Spoil([](Fixture &f) {
        return changeBehind(f, QStringLiteral("UPDATE evidence_item SET title = '' WHERE code = ?"),
                            {QStringLiteral("[H1-1.1-01]")});
    }) << Kind::MissingTitle << QStringList{QStringLiteral("warning|1.1|[H1-1.1-01]|[H1-1.1-01] has no title.")};
    QTest::newRow("missing date")
        << tt18 << QString() << extraItem(QStringLiteral("1.1"), [](EvidenceItem &item) { item.issueInfo.clear(); })
        << Kind::MissingDate
        << QStringList{QStringLiteral(
               "warning|1.1|[H1-1.1-02]|[H1-1.1-02] has no number and date of issue or time of survey.")};
    QTest::newRow("missing issuer")
        << tt18 << QString()
        << extraItem(QStringLiteral("3.2"), [](EvidenceItem &item) { item.issuer = QStringLiteral("  "); })
        << Kind::MissingIssuer
        << QStringList{QStringLiteral("warning|3.2|[H3-3.2-02]|[H3-3.2-02] has no issuer or author.")};
}

void TestEvidenceHealth::spoiled_givesExpectedFindings()
{
    QFETCH(QString, framework);
    QFETCH(QString, skip);
    QFETCH(Spoil, spoil);
    QFETCH(Kind, kind);
    QFETCH(QStringList, expected);

    Fixture f;
    QVERIFY(createClean(f, framework, skip));
    QVERIFY2(spoil(f), qPrintable(f.document.errorString()));
    const QList<HealthFinding> findings = EvidenceHealth::check(f.document);
    QCOMPARE(ofKind(findings, kind), expected);

    // Nothing else is reported: every case spoils one thing only.
    QStringList others = describeAll(findings);
    others.removeIf(
        [&](const QString &line) { return line.startsWith(EvidenceHealth::kindKey(kind) + QLatin1Char('|')); });
    QCOMPARE(others, QStringList());

    const bool error = std::any_of(expected.cbegin(), expected.cend(),
                                   [](const QString &line) { return line.startsWith(QStringLiteral("error|")); });
    QCOMPARE(EvidenceHealth::hasErrors(findings), error);
}

void TestEvidenceHealth::freshSchool_everyCriterionWithoutEvidence()
{
    Fixture f;
    QVERIFY(f.school.create());
    const QList<HealthFinding> findings = EvidenceHealth::check(f.document);
    QCOMPARE(findings.size(), f.document.framework().criteria().size());
    for (const HealthFinding &finding : findings) {
        QCOMPARE(finding.kind, Kind::CriterionWithoutEvidence);
        QCOMPARE(finding.severity, Severity::Warning);
        QCOMPARE(finding.message, QStringLiteral("Criterion %1 has no evidence.").arg(finding.criterion));
    }
    QCOMPARE(findings.constLast().criterion, QStringLiteral("5.6"));
    QVERIFY(!EvidenceHealth::hasErrors(findings));
}

void TestEvidenceHealth::hasErrors_onlyForErrors()
{
    const HealthFinding warning{
        Severity::Warning, Kind::ItemNotCited, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-01]"), {}};
    const HealthFinding error{
        Severity::Error, Kind::UnresolvedCitation, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-09]"), {}};
    QVERIFY(!EvidenceHealth::hasErrors({}));
    QVERIFY(!EvidenceHealth::hasErrors({warning, warning}));
    QVERIFY(EvidenceHealth::hasErrors({warning, error}));
    QVERIFY(EvidenceHealth::hasErrors({error}));
}

void TestEvidenceHealth::kindKey_isStableAndDistinct_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("key");

    QTest::newRow("criterion without evidence")
        << Kind::CriterionWithoutEvidence << QStringLiteral("criterion_without_evidence");
    QTest::newRow("item not cited") << Kind::ItemNotCited << QStringLiteral("item_not_cited");
    QTest::newRow("unresolved citation") << Kind::UnresolvedCitation << QStringLiteral("unresolved_citation");
    QTest::newRow("item without files") << Kind::ItemWithoutFiles << QStringLiteral("item_without_files");
    QTest::newRow("damaged file") << Kind::DamagedFile << QStringLiteral("damaged_file");
    QTest::newRow("duplicate file") << Kind::DuplicateFile << QStringLiteral("duplicate_file");
    QTest::newRow("outside window") << Kind::OutsideWindow << QStringLiteral("outside_window");
    QTest::newRow("missing title") << Kind::MissingTitle << QStringLiteral("missing_title");
    QTest::newRow("missing date") << Kind::MissingDate << QStringLiteral("missing_date");
    QTest::newRow("missing issuer") << Kind::MissingIssuer << QStringLiteral("missing_issuer");
}

void TestEvidenceHealth::kindKey_isStableAndDistinct()
{
    QFETCH(Kind, kind);
    QFETCH(QString, key);

    // The keys are part of the JSON contract of "minh-cli check --json".
    QCOMPARE(EvidenceHealth::kindKey(kind), key);
}

void TestEvidenceHealth::findingsJson_countsErrorsAndWarnings()
{
    Fixture f;
    QVERIFY(createClean(f, QStringLiteral("tt18-2018"), QStringLiteral("4.2")));
    QVERIFY(
        f.document.setCriterionText(QStringLiteral("1.2"), QStringLiteral("strengths"), QStringLiteral("[H1-1.2-08]")));
    QVERIFY(
        f.document.setCriterionText(QStringLiteral("1.3"), QStringLiteral("strengths"), QStringLiteral("[H1-1.3-09]")));
    QVERIFY(f.document.addEvidence(completeItem(QStringLiteral("2.1"), QStringLiteral("Sổ")), {}));

    const QList<HealthFinding> findings = EvidenceHealth::check(f.document);
    const QJsonObject json = EvidenceJson::findings(findings);
    QCOMPARE(json[QStringLiteral("errors")].toInt(-1), 2);
    // 4.2 without evidence, [H2-2.1-02] cited nowhere.
    QCOMPARE(json[QStringLiteral("warnings")].toInt(-1), 2);
    const QJsonArray list = json[QStringLiteral("findings")].toArray();
    QCOMPARE(list.size(), findings.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const HealthFinding &finding = findings.at(i);
        QCOMPARE(entry[QStringLiteral("severity")].toString(),
                 finding.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
        QCOMPARE(entry[QStringLiteral("kind")].toString(), EvidenceHealth::kindKey(finding.kind));
        QCOMPARE(entry[QStringLiteral("criterion")].toString(), finding.criterion);
        QCOMPARE(entry[QStringLiteral("code")].toString(), finding.code);
        QCOMPARE(entry[QStringLiteral("message")].toString(), finding.message);
    }
    QCOMPARE(list.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("unresolved_citation"));
    QCOMPARE(list.at(0)[QStringLiteral("code")].toString(), QStringLiteral("[H1-1.2-08]"));
}

QTEST_GUILESS_MAIN(TestEvidenceHealth)
#include "tst_evidencehealth.moc"
