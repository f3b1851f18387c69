#include "../testsupport.h"
#include "document/commands/settextcommand.h"
#include "document/commands/setverdictcommand.h"

#include <QStandardPaths>
#include <QTest>

using namespace Minh::Core;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void verdict_undoAndRedoReachTheFile();
    void extraRequirement_undoRestoresPreviousVerdict();
    void typing_mergesIntoOneStep();
    void differentTexts_doNotMerge();
    void reopening_emptiesTheStack();
};

void TestUndoCommands::verdict_undoAndRedoReachTheFile()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const IndicatorRef ref{QStringLiteral("1.1"), 1, QStringLiteral("a")};
    QUndoStack *stack = school.document.undoStack();
    stack->push(new SetVerdictCommand(&school.document, ref, Verdict::Met));
    QCOMPARE(school.document.judgements().indicator(ref), Verdict::Met);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("indicator_judgement")), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Indicator 1.1/1/a: met"));
    stack->undo();
    QCOMPARE(school.document.judgements().indicator(ref), Verdict::NotJudged);
    QCOMPARE(TestSupport::count(school.path, QStringLiteral("indicator_judgement")), 0);
    stack->redo();
    SchoolDocument reopened;
    QVERIFY(reopened.open(school.path, SchoolFile::Access::ReadOnly));
    QCOMPARE(reopened.judgements().indicator(ref), Verdict::Met);
}

void TestUndoCommands::extraRequirement_undoRestoresPreviousVerdict()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setExtraRequirementVerdict(2, Verdict::NotMet));
    QUndoStack *stack = school.document.undoStack();
    stack->push(new SetVerdictCommand(&school.document, 2, Verdict::Met));
    QCOMPARE(school.document.judgements().extraRequirement(2), Verdict::Met);
    stack->undo();
    QCOMPARE(school.document.judgements().extraRequirement(2), Verdict::NotMet);
}

void TestUndoCommands::typing_mergesIntoOneStep()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QVERIFY(school.document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"), QStringLiteral("Cũ")));
    QUndoStack *stack = school.document.undoStack();
    for (const QString &text : {QStringLiteral("M"), QStringLiteral("Mô"), QStringLiteral("Mô tả")}) {
        stack->push(new SetTextCommand(&school.document, SetTextCommand::Owner::Criterion, QStringLiteral("1.1"),
                                       QStringLiteral("description"), text));
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(school.document.criterionText(QStringLiteral("1.1"), QStringLiteral("description")), QStringLiteral("Mô tả"));
    stack->undo();
    QCOMPARE(school.document.criterionText(QStringLiteral("1.1"), QStringLiteral("description")), QStringLiteral("Cũ"));
    stack->redo();
    QCOMPARE(TestSupport::scalar(school.path, QStringLiteral("SELECT content FROM criterion_text WHERE field = 'description'"))
                 .toString(),
             QStringLiteral("Mô tả"));
}

void TestUndoCommands::differentTexts_doNotMerge()
{
    TestSupport::School school;
    QVERIFY(school.create());
    QUndoStack *stack = school.document.undoStack();
    stack->push(new SetTextCommand(&school.document, SetTextCommand::Owner::Criterion, QStringLiteral("1.1"),
                                   QStringLiteral("description"), QStringLiteral("a")));
    stack->push(new SetTextCommand(&school.document, SetTextCommand::Owner::Criterion, QStringLiteral("1.1"),
                                   QStringLiteral("strengths"), QStringLiteral("b")));
    stack->push(new SetTextCommand(&school.document, SetTextCommand::Owner::Standard, QStringLiteral("1"),
                                   QStringLiteral("strengths"), QStringLiteral("c")));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(school.document.standardText(1, QStringLiteral("strengths")), QString());
    QCOMPARE(school.document.criterionText(QStringLiteral("1.1"), QStringLiteral("strengths")), QStringLiteral("b"));
}

void TestUndoCommands::reopening_emptiesTheStack()
{
    TestSupport::School school;
    QVERIFY(school.create());
    school.document.undoStack()->push(
        new SetVerdictCommand(&school.document, IndicatorRef{QStringLiteral("1.1"), 1, QStringLiteral("a")}, Verdict::Met));
    QVERIFY(school.document.undoStack()->canUndo());
    QVERIFY(school.document.open(school.path));
    QVERIFY(!school.document.undoStack()->canUndo());
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
