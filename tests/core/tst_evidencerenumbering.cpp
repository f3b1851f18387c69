#include "../testsupport.h"
#include "evidence/evidencerenumbering.h"

#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

namespace {

bool addItem(SchoolDocument &document, const QString &criterion, const QString &code, int box = 0)
{
    EvidenceItem item;
    item.criterionCode = criterion;
    item.title = QStringLiteral("Minh chứng ") + code;
    item.code = code;
    item.box = box;
    if (!document.addEvidence(item, {})) {
        qWarning("%s", qPrintable(document.errorString()));
        return false;
    }
    return true;
}

QStringList codes(const SchoolDocument &document)
{
    QStringList out;
    for (const EvidenceItem &item : document.evidence()) {
        out.append(item.code);
    }
    return out;
}

QStringList changeList(const QList<EvidenceCodeChange> &changes)
{
    QStringList out;
    for (const EvidenceCodeChange &c : changes) {
        out.append(c.oldCode + QStringLiteral(" → ") + c.newCode);
    }
    return out;
}

} // namespace

class TestEvidenceRenumbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void explicitCodes_recordTheirSequence();
    void gaps_closedAndCitationsRewrittenInOnePass();
    void preview_changesNothing();
    void boxPerStandard_movesItemsToTheirStandardsBox();
    void staleCitation_blocksApply();
    void numberedWithoutGaps_hasNothingToDo();
    void tt57_renumbersRoundBracketCitations();
    void lookupByCode_followsRenumberingRemovalAndRestore();
};

void TestEvidenceRenumbering::explicitCodes_recordTheirSequence()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("h1 1.1 05")));
    QCOMPARE(school.document.evidence().constLast().code, QStringLiteral("[H1-1.1-05]"));
    QCOMPARE(school.document.evidence().constLast().sequence, 5);
    QCOMPARE(school.document.nextEvidenceCode(QStringLiteral("1.1"), 1), QStringLiteral("[H1-1.1-06]"));
}

void TestEvidenceRenumbering::gaps_closedAndCitationsRewrittenInOnePass()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]")));
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-03]")));
    QVERIFY(addItem(school.document, QStringLiteral("1.2"), QStringLiteral("[H1-1.2-01]")));
    // 02 becomes 01 and 03 becomes 02: a cascading rewrite would turn both citations into 01.
    QVERIFY(school.document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"),
                                             QStringLiteral("Kế hoạch [H1-1.1-02], biên bản (H1-1.1-03) và [H1-1.2-01; H1-1.1-03].")));
    QVERIFY(school.document.setStandardText(1, QStringLiteral("strengths"), QStringLiteral("Xem h1-1.1-03.")));
    QVERIFY(school.document.setExtraRequirementText(1, QStringLiteral("strengths"), QStringLiteral("Như [H1-1.1-03].")));
    const int logBefore = TestSupport::count(school.path, QStringLiteral("change_log"));
    EvidenceRenumbering renumbering(&school.document);
    QCOMPARE(changeList(renumbering.preview()),
             (QStringList{QStringLiteral("[H1-1.1-02] → [H1-1.1-01]"), QStringLiteral("[H1-1.1-03] → [H1-1.1-02]")}));
    QVERIFY2(renumbering.apply(), qPrintable(renumbering.errorString()));
    QCOMPARE(codes(school.document), (QStringList{QStringLiteral("[H1-1.1-01]"), QStringLiteral("[H1-1.1-02]"),
                                                 QStringLiteral("[H1-1.2-01]")}));
    QCOMPARE(school.document.criterionText(QStringLiteral("1.1"), QStringLiteral("description")),
             QStringLiteral("Kế hoạch [H1-1.1-01], biên bản [H1-1.1-02] và [H1-1.2-01; H1-1.1-02]."));
    QCOMPARE(school.document.standardText(1, QStringLiteral("strengths")), QStringLiteral("Xem [H1-1.1-02]."));
    QCOMPARE(school.document.extraRequirementText(1, QStringLiteral("strengths")), QStringLiteral("Như [H1-1.1-02]."));
    // Two code changes and three rewritten texts, each logged.
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("change_log")), logBefore + 5);
    // The change survives reopening.
    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    QCOMPARE(codes(reopened), codes(school.document));
    QCOMPARE(reopened.evidence().constFirst().sequence, 1);
}

void TestEvidenceRenumbering::preview_changesNothing()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-04]")));
    const QByteArray before = TestSupport::fileHash(school.path);
    EvidenceRenumbering renumbering(&school.document);
    QCOMPARE(renumbering.preview().size(), 1);
    QCOMPARE(TestSupport::fileHash(school.path), before);
    QCOMPARE(codes(school.document), QStringList{QStringLiteral("[H1-1.1-04]")});
}

void TestEvidenceRenumbering::boxPerStandard_movesItemsToTheirStandardsBox()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("2.1"), QString(), 7));
    QCOMPARE(school.document.evidence().constLast().code, QStringLiteral("[H7-2.1-01]"));
    EvidenceRenumbering keep(&school.document, EvidenceRenumbering::Boxes::Keep);
    QVERIFY(keep.preview().isEmpty());
    EvidenceRenumbering reset(&school.document, EvidenceRenumbering::Boxes::OnePerStandard);
    QCOMPARE(changeList(reset.preview()), QStringList{QStringLiteral("[H7-2.1-01] → [H2-2.1-01]")});
    QVERIFY(reset.apply());
    QCOMPARE(school.document.evidence().constLast().box, 2);
}

void TestEvidenceRenumbering::staleCitation_blocksApply()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]")));
    // The text still cites 01, an item that no longer exists; giving 02 that code would make the
    // old citation point at a different document.
    QVERIFY(school.document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"),
                                             QStringLiteral("Theo [H1-1.1-01] và [H1-1.1-02].")));
    const QByteArray before = TestSupport::fileHash(school.path);
    EvidenceRenumbering renumbering(&school.document);
    QCOMPARE(renumbering.conflicts(), QStringList{QStringLiteral("[H1-1.1-01]")});
    QVERIFY(!renumbering.apply());
    QVERIFY(renumbering.errorString().contains(QStringLiteral("[H1-1.1-01]")));
    QCOMPARE(TestSupport::fileHash(school.path), before);
}

void TestEvidenceRenumbering::numberedWithoutGaps_hasNothingToDo()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QString()));
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QString()));
    EvidenceRenumbering renumbering(&school.document);
    QVERIFY(renumbering.preview().isEmpty());
    QVERIFY(renumbering.apply());
}

void TestEvidenceRenumbering::tt57_renumbersRoundBracketCitations()
{
    TestSupport::School school;
    QVERIFY(school.create(QDate(2026, 9, 1), QStringLiteral("tt57-2026")));
    QVERIFY(addItem(school.document, QStringLiteral("1.3"), QStringLiteral("MC.1.3.03")));
    QVERIFY(school.document.setCriterionText(QStringLiteral("1.3"), QStringLiteral("status_level_1"),
                                             QStringLiteral("Nhà trường công khai dữ liệu (MC.1.3.03).")));
    EvidenceRenumbering renumbering(&school.document);
    QVERIFY(renumbering.apply());
    QCOMPARE(school.document.criterionText(QStringLiteral("1.3"), QStringLiteral("status_level_1")),
             QStringLiteral("Nhà trường công khai dữ liệu (MC.1.3.01)."));
}

QTEST_GUILESS_MAIN(TestEvidenceRenumbering)

// evidenceItem() finds items through an index by code; every change of codes must move it along.
void TestEvidenceRenumbering::lookupByCode_followsRenumberingRemovalAndRestore()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-02]")));
    QVERIFY(addItem(school.document, QStringLiteral("1.1"), QStringLiteral("[H1-1.1-03]")));
    EvidenceRenumbering renumbering(&school.document);
    QVERIFY2(renumbering.apply(), qPrintable(renumbering.errorString()));
    QVERIFY(!school.document.evidenceItem(QStringLiteral("[H1-1.1-03]")));
    QCOMPARE(school.document.evidenceItem(QStringLiteral("[H1-1.1-01]"))->title, QStringLiteral("Minh chứng [H1-1.1-02]"));
    QCOMPARE(school.document.evidenceItem(QStringLiteral("[H1-1.1-02]"))->title, QStringLiteral("Minh chứng [H1-1.1-03]"));

    const EvidenceItem removed = *school.document.evidenceItem(QStringLiteral("[H1-1.1-01]"));
    QVERIFY(school.document.removeEvidence(removed.code));
    QVERIFY(!school.document.evidenceItem(removed.code));
    QCOMPARE(school.document.evidenceItem(QStringLiteral("[H1-1.1-02]"))->title, QStringLiteral("Minh chứng [H1-1.1-03]"));
    QVERIFY(school.document.restoreEvidence(removed));
    QCOMPARE(school.document.evidenceItem(removed.code)->id, removed.id);

    QVERIFY(addItem(school.document, QStringLiteral("1.2"), QStringLiteral("[H1-1.2-01]")));
    QCOMPARE(school.document.evidenceItem(QStringLiteral("[H1-1.2-01]"))->criterionCode, QStringLiteral("1.2"));
    school.document.close();
    QVERIFY(!school.document.evidenceItem(QStringLiteral("[H1-1.2-01]")));
}

#include "tst_evidencerenumbering.moc"
