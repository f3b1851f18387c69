#include "evidence/citationparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Minh::Core;
using Renames = QHash<QString, QString>;
Q_DECLARE_METATYPE(Minh::Core::EvidenceCode)

namespace Minh::Core {

// Lets QCOMPARE print the numbers when two codes differ.
char *toString(const EvidenceCode &code)
{
    return QTest::toString(
        QStringLiteral("box %1, criterion %2, sequence %3").arg(code.box).arg(code.criterionCode()).arg(code.sequence));
}

} // namespace Minh::Core

namespace {

// The formats as the shipped framework files give them (resources/frameworks/*.json).
const QString format2018 = QStringLiteral("[H{box}-{standard}.{criterion}-{sequence:02}]");
const QString format2026 = QStringLiteral("MC.{standard}.{criterion}.{sequence:02}");

// Halves of a surrogate pair left alone by a broken copy and paste; a string literal cannot hold them.
const QString loneHigh = QString(QChar(0xD800));
const QString loneLow = QString(QChar(0xDC00));

EvidenceCode evidenceCode(int box, int standard, int criterion, int sequence)
{
    return EvidenceCode{box, standard, criterion, sequence};
}

QStringList normalizedCodes(const QList<Citation> &citations)
{
    QStringList codes;
    for (const Citation &c : citations)
        codes.append(c.normalized);
    return codes;
}

// What every result must satisfy, whatever the input: spans inside the text, codes that parse.
void checkCitations(const CitationParser &parser, const QString &text, const QList<Citation> &citations)
{
    for (const Citation &c : citations) {
        QVERIFY(c.start >= 0);
        QVERIFY(c.length > 0);
        QVERIFY(c.start + c.length <= text.size());
        const auto back = parser.parseCode(c.normalized);
        QVERIFY2(back.has_value(), qPrintable(c.normalized));
        QCOMPARE(*back, c.code);
    }
}

QString randomText(QRandomGenerator &random, const QStringList &alphabet, qsizetype length)
{
    QString text;
    text.reserve(length + 16);
    while (text.size() < length)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

} // namespace

class TestCitationParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_findsReportVariants_data();
    void parse_findsReportVariants();
    void parse_spansCodeAsWritten_data();
    void parse_spansCodeAsWritten();
    void parse_ignoresNonCodes_data();
    void parse_ignoresNonCodes();
    void parseCode_acceptsExactlyOneCode_data();
    void parseCode_acceptsExactlyOneCode();
    void formatThenParse_returnsSameCode_data();
    void formatThenParse_returnsSameCode();
    void criterionCode_joinsStandardAndCriterion();
    void invalidFormat_findsNothing_data();
    void invalidFormat_findsNothing();
    void rewrite_replacesRenamedCodesOnly_data();
    void rewrite_replacesRenamedCodesOnly();
    void hostileInput_returnsValidCitations_data();
    void hostileInput_returnsValidCitations();
    void randomInput_returnsValidCitations();
};

void TestCitationParser::parse_findsReportVariants_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString h11 = QStringLiteral("[H1-1.1-01]");
    QTest::newRow("2018_canonical") << format2018 << QStringLiteral("giai đoạn 2020–2025 [H1-1.1-01].")
                                    << QStringList{h11};
    QTest::newRow("2018_noBrackets") << format2018 << QStringLiteral("theo H1-1.1-01 và") << QStringList{h11};
    QTest::newRow("2018_noBracketsEndOfSentence")
        << format2018 << QStringLiteral("Kế hoạch H4-4.2-03.") << QStringList{QStringLiteral("[H4-4.2-03]")};
    QTest::newRow("2018_twoDigitCriterion")
        << format2018 << QStringLiteral("[H1-1.10-01]") << QStringList{QStringLiteral("[H1-1.10-01]")};
    QTest::newRow("2018_dotsOnly") << format2018 << QStringLiteral("[H1.1.1.01]") << QStringList{h11};
    QTest::newRow("2018_hyphensOnly") << format2018 << QStringLiteral("[H1-1-1-01]") << QStringList{h11};
    QTest::newRow("2018_spacesOnly") << format2018 << QStringLiteral("[H1 1 1 01]") << QStringList{h11};
    QTest::newRow("2018_spacesAroundHyphens") << format2018 << QStringLiteral("[H1 - 1.1 - 01]") << QStringList{h11};
    QTest::newRow("2018_spaceAfterLetter")
        << format2018 << QStringLiteral("[H 2-2.3-04]") << QStringList{QStringLiteral("[H2-2.3-04]")};
    QTest::newRow("2018_spacesInsideBrackets") << format2018 << QStringLiteral("[ H1-1.1-01 ]") << QStringList{h11};
    QTest::newRow("2018_lowerCase") << format2018 << QStringLiteral("[h3-3.5-04]")
                                    << QStringList{QStringLiteral("[H3-3.5-04]")};
    QTest::newRow("2018_leadingZeros") << format2018 << QStringLiteral("[H01-01.01-001]") << QStringList{h11};
    QTest::newRow("2018_underscoreAndSlash") << format2018 << QStringLiteral("[H1_1/1_01]") << QStringList{h11};
    QTest::newRow("2018_enDashFromWord") << format2018 << QStringLiteral("[H1 \u2013 1.1 \u2013 01]")
                                         << QStringList{h11};
    QTest::newRow("2018_noBreakSpaces") << format2018 << QStringLiteral("[H1\u00A0-\u00A01.1-01]") << QStringList{h11};
    QTest::newRow("2018_oneDigitSequence") << format2018 << QStringLiteral("[H1-1.1-1]") << QStringList{h11};
    QTest::newRow("2018_threeDigitSequence")
        << format2018 << QStringLiteral("[H1-1.1-100]") << QStringList{QStringLiteral("[H1-1.1-100]")};
    QTest::newRow("2018_twoDigitBox") << format2018 << QStringLiteral("[H12-5.10-99]")
                                      << QStringList{QStringLiteral("[H12-5.10-99]")};
    QTest::newRow("2018_roundBrackets") << format2018 << QStringLiteral("(H1-1.1-01)") << QStringList{h11};
    QTest::newRow("2018_groupSemicolon") << format2018 << QStringLiteral("[H1-1.1-01; H1-1.1-02]")
                                         << QStringList{h11, QStringLiteral("[H1-1.1-02]")};
    QTest::newRow("2018_groupCommaTwoBoxes")
        << format2018 << QStringLiteral("[H1-1.1-01, H2-2.3-04]") << QStringList{h11, QStringLiteral("[H2-2.3-04]")};
    QTest::newRow("2018_groupOfThreeMixedSpelling")
        << format2018 << QStringLiteral("[H1-1.1-01;h1 1.1 2 ;  H1.1.1.03]")
        << QStringList{h11, QStringLiteral("[H1-1.1-02]"), QStringLiteral("[H1-1.1-03]")};
    QTest::newRow("2018_bracketsOneAfterAnother")
        << format2018 << QStringLiteral("[H1-1.1-01]; [H1-1.1-02].") << QStringList{h11, QStringLiteral("[H1-1.1-02]")};
    QTest::newRow("2018_bracketsTouching")
        << format2018 << QStringLiteral("[H1-1.1-01][H1-1.1-02]") << QStringList{h11, QStringLiteral("[H1-1.1-02]")};
    QTest::newRow("2018_touchingVietnameseWords")
        << format2018 << QStringLiteral("Nhà trường có kế hoạch[H1-1.1-01]được duyệt") << QStringList{h11};
    QTest::newRow("2018_severalLines") << format2018 << QStringLiteral("a [H1-1.1-01]\nb [H2-2.1-03]")
                                       << QStringList{h11, QStringLiteral("[H2-2.1-03]")};
    QTest::newRow("2018_decomposedVietnameseBefore")
        << format2018 << QStringLiteral("Mu\u031B\u0301c [H1-1.1-01]") << QStringList{h11};

    const QString mc11 = QStringLiteral("MC.1.1.01");
    QTest::newRow("2026_roundBracketsInSentence")
        << format2026 << QStringLiteral("Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01).")
        << QStringList{mc11};
    QTest::newRow("2026_groupComma") << format2026 << QStringLiteral("(MC.1.1.01, MC.1.1.02)")
                                     << QStringList{mc11, QStringLiteral("MC.1.1.02")};
    QTest::newRow("2026_groupSemicolon") << format2026 << QStringLiteral("(MC.1.1.01; MC.2.2.02)")
                                         << QStringList{mc11, QStringLiteral("MC.2.2.02")};
    QTest::newRow("2026_noBrackets") << format2026 << QStringLiteral("xem MC.1.3.01 ở trên")
                                     << QStringList{QStringLiteral("MC.1.3.01")};
    QTest::newRow("2026_squareBrackets") << format2026 << QStringLiteral("[MC.1.1.01]") << QStringList{mc11};
    QTest::newRow("2026_lowerCase") << format2026 << QStringLiteral("(mc.2.1.05)")
                                    << QStringList{QStringLiteral("MC.2.1.05")};
    QTest::newRow("2026_spaceAfterLetters") << format2026 << QStringLiteral("(MC 1.1.01)") << QStringList{mc11};
    QTest::newRow("2026_noSeparatorAfterLetters") << format2026 << QStringLiteral("(MC1.1.01)") << QStringList{mc11};
    QTest::newRow("2026_hyphens") << format2026 << QStringLiteral("MC-4-2-03")
                                  << QStringList{QStringLiteral("MC.4.2.03")};
    QTest::newRow("2026_leadingZeros") << format2026 << QStringLiteral("MC.01.01.001") << QStringList{mc11};
    QTest::newRow("2026_twoDigitCriterion")
        << format2026 << QStringLiteral("(MC.1.10.02)") << QStringList{QStringLiteral("MC.1.10.02")};
    QTest::newRow("2026_groupAfterWords")
        << format2026 << QStringLiteral("(xem MC.1.1.01, MC.1.1.02)") << QStringList{mc11, QStringLiteral("MC.1.1.02")};
}

void TestCitationParser::parse_findsReportVariants()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const CitationParser parser(format);
    const QList<Citation> citations = parser.parse(text);
    QCOMPARE(normalizedCodes(citations), expected);
    checkCitations(parser, text, citations);
}

void TestCitationParser::parse_spansCodeAsWritten_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("written");

    QTest::newRow("2018_standaloneTakesItsBrackets")
        << format2018 << QStringLiteral("x [H1-1.1-01].") << QStringList{QStringLiteral("[H1-1.1-01]")};
    QTest::newRow("2018_standaloneTakesSpacesAndRoundBrackets")
        << format2018 << QStringLiteral("x ( h1 1.1 01 ).") << QStringList{QStringLiteral("( h1 1.1 01 )")};
    QTest::newRow("2018_bareCode") << format2018 << QStringLiteral("theo H1-1.1-01.")
                                   << QStringList{QStringLiteral("H1-1.1-01")};
    QTest::newRow("2018_groupLeavesSharedBrackets")
        << format2018 << QStringLiteral("[H1-1.1-01; H1-1.1-02]")
        << QStringList{QStringLiteral("H1-1.1-01"), QStringLiteral("H1-1.1-02")};
    QTest::newRow("2018_oneSidedBracketNotTaken")
        << format2018 << QStringLiteral("[xem H1-1.1-01]") << QStringList{QStringLiteral("H1-1.1-01")};
    QTest::newRow("2018_separateBrackets") << format2018 << QStringLiteral("[H1-1.1-01]; [H1-1.1-02]")
                                           << QStringList{QStringLiteral("[H1-1.1-01]"), QStringLiteral("[H1-1.1-02]")};
    QTest::newRow("2026_roundBracketsAreNotPartOfCode")
        << format2026 << QStringLiteral("(MC.1.1.01).") << QStringList{QStringLiteral("MC.1.1.01")};
}

void TestCitationParser::parse_spansCodeAsWritten()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QStringList, written);
    QStringList actual;
    for (const Citation &c : CitationParser(format).parse(text))
        actual.append(text.mid(c.start, c.length));
    QCOMPARE(actual, written);
}

void TestCitationParser::parse_ignoresNonCodes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");

    QTest::newRow("2018_empty") << format2018 << QString();
    QTest::newRow("2018_fluName") << format2018 << QStringLiteral("phòng chống dịch cúm H1N1 năm 2009");
    QTest::newRow("2018_date") << format2018 << QStringLiteral("ngày 15.9.2023");
    QTest::newRow("2018_dateWithHyphens") << format2018 << QStringLiteral("ngày 15-9-2023");
    QTest::newRow("2018_levelNumber") << format2018 << QStringLiteral("đạt Mức 1.2 và Mức 3");
    QTest::newRow("2018_numbersWithoutLetter") << format2018 << QStringLiteral("1.1.01 và 1-1.1-01");
    QTest::newRow("2018_letterInsideWord") << format2018 << QStringLiteral("AH1-1.1-01 THCS1-1.1-01");
    QTest::newRow("2018_digitBeforeLetter") << format2018 << QStringLiteral("2H1-1.1-01");
    QTest::newRow("2018_wordAfterCode") << format2018 << QStringLiteral("H1-1.1-01a");
    QTest::newRow("2018_incomplete") << format2018 << QStringLiteral("[H1-1.1] [H1-1] [H1]");
    QTest::newRow("2018_fourDigitNumber") << format2018 << QStringLiteral("[H1-1.1-0001] [H1000-1.1-01]");
    QTest::newRow("2018_longerCode") << format2018 << QStringLiteral("H1.01.01.01.05");
    QTest::newRow("2018_numbersRunTogether") << format2018 << QStringLiteral("[H11.101] [H1-11-01]");
    QTest::newRow("2018_doubledSeparator") << format2018 << QStringLiteral("[H1--1.1-01] [H1-1..1-01]");
    QTest::newRow("2018_separatorAfterLetter") << format2018 << QStringLiteral("[H-1-1.1-01]");
    QTest::newRow("2018_zeroNumbers") << format2018
                                      << QStringLiteral("[H0-1.1-01] [H1-0.1-01] [H1-1.0-01] [H1-1.1-00]");
    QTest::newRow("2018_otherLetter") << format2018 << QStringLiteral("[K1-1.1-01]");
    QTest::newRow("2018_lineBreakInside") << format2018 << QStringLiteral("H1-1.1-\n01");
    QTest::newRow("2018_codeOf2026") << format2018 << QStringLiteral("(MC.1.1.01)");

    QTest::newRow("2026_levelNumber") << format2026 << QStringLiteral("Mức 1.2.01, Mức 2");
    QTest::newRow("2026_numbersWithoutLetters") << format2026 << QStringLiteral("(1.1.01)");
    QTest::newRow("2026_incomplete") << format2026 << QStringLiteral("MC.1.1 và MC.1");
    QTest::newRow("2026_dateAfterLetters") << format2026 << QStringLiteral("MC.15.9.2023");
    QTest::newRow("2026_letterInsideWord") << format2026 << QStringLiteral("ABMC.1.1.01");
    QTest::newRow("2026_lettersApart") << format2026 << QStringLiteral("M.C.1.1.01");
    QTest::newRow("2026_codeOf2018") << format2026 << QStringLiteral("[H1-1.1-01]");
}

void TestCitationParser::parse_ignoresNonCodes()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QCOMPARE(normalizedCodes(CitationParser(format).parse(text)), QStringList());
}

void TestCitationParser::parseCode_acceptsExactlyOneCode_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<EvidenceCode>("code");

    const EvidenceCode none;
    QTest::newRow("2018_canonical") << format2018 << QStringLiteral("[H1-1.1-01]") << true << evidenceCode(1, 1, 1, 1);
    QTest::newRow("2018_withoutBrackets")
        << format2018 << QStringLiteral("H3-3.5-04") << true << evidenceCode(3, 3, 5, 4);
    QTest::newRow("2018_surroundingSpaces")
        << format2018 << QStringLiteral("  H1-1.10-01\t") << true << evidenceCode(1, 1, 10, 1);
    QTest::newRow("2018_spacesInsideBrackets")
        << format2018 << QStringLiteral("[ H1-1.1-01 ]") << true << evidenceCode(1, 1, 1, 1);
    QTest::newRow("2018_roundBrackets") << format2018 << QStringLiteral("(H2-2.3-04)") << true
                                        << evidenceCode(2, 2, 3, 4);
    QTest::newRow("2018_looseSpelling") << format2018 << QStringLiteral("h12 5 10 9") << true
                                        << evidenceCode(12, 5, 10, 9);
    QTest::newRow("2018_leadingZeros") << format2018 << QStringLiteral("H01.01.01.01") << true
                                       << evidenceCode(1, 1, 1, 1);
    QTest::newRow("2018_empty") << format2018 << QString() << false << none;
    QTest::newRow("2018_incomplete") << format2018 << QStringLiteral("H1-1.1") << false << none;
    QTest::newRow("2018_unclosedBracket") << format2018 << QStringLiteral("[H1-1.1-01") << false << none;
    QTest::newRow("2018_mismatchedBrackets") << format2018 << QStringLiteral("[H1-1.1-01)") << false << none;
    QTest::newRow("2018_twoCodes") << format2018 << QStringLiteral("H1-1.1-01; H1-1.1-02") << false << none;
    QTest::newRow("2018_textAfter") << format2018 << QStringLiteral("[H1-1.1-01] x") << false << none;
    QTest::newRow("2018_textBefore") << format2018 << QStringLiteral("x [H1-1.1-01]") << false << none;
    QTest::newRow("2018_zeroBox") << format2018 << QStringLiteral("H0-1.1-01") << false << none;
    QTest::newRow("2018_codeOf2026") << format2018 << QStringLiteral("MC.1.1.01") << false << none;
    QTest::newRow("2018_loneSurrogate") << format2018 << QString(QStringLiteral("H1-1.1-01") + loneHigh) << false
                                        << none;

    QTest::newRow("2026_canonical") << format2026 << QStringLiteral("MC.1.3.01") << true << evidenceCode(0, 1, 3, 1);
    QTest::newRow("2026_roundBrackets") << format2026 << QStringLiteral("(MC.1.1.01)") << true
                                        << evidenceCode(0, 1, 1, 1);
    QTest::newRow("2026_looseSpelling") << format2026 << QStringLiteral("mc 4 2 3") << true << evidenceCode(0, 4, 2, 3);
    QTest::newRow("2026_twoCodes") << format2026 << QStringLiteral("MC.1.1.01, MC.1.1.02") << false << none;
    QTest::newRow("2026_codeOf2018") << format2026 << QStringLiteral("[H1-1.1-01]") << false << none;
    QTest::newRow("2026_fourParts") << format2026 << QStringLiteral("MC.1.1.1.01") << false << none;
}

void TestCitationParser::parseCode_acceptsExactlyOneCode()
{
    QFETCH(QString, format);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(EvidenceCode, code);
    const auto parsed = CitationParser(format).parseCode(input);
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted)
        QCOMPARE(*parsed, code);
}

void TestCitationParser::formatThenParse_returnsSameCode_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("hasBox");
    QTest::newRow("2018") << format2018 << true;
    QTest::newRow("2026") << format2026 << false;
}

void TestCitationParser::formatThenParse_returnsSameCode()
{
    QFETCH(QString, format);
    QFETCH(bool, hasBox);
    const CitationParser parser(format);
    const int boxes = hasBox ? 12 : 0;
    for (int box = hasBox ? 1 : 0; box <= boxes; ++box) {
        for (int standard = 1; standard <= 5; ++standard) {
            for (int criterion = 1; criterion <= 10; ++criterion) {
                for (int sequence = 1; sequence <= 99; ++sequence) {
                    const EvidenceCode code = evidenceCode(box, standard, criterion, sequence);
                    const QString text = parser.format(code);
                    const QList<Citation> citations = parser.parse(text);
                    QCOMPARE(citations.size(), 1);
                    QCOMPARE(citations.constFirst().code, code);
                    QCOMPARE(citations.constFirst().normalized, text);
                    QCOMPARE(citations.constFirst().start, 0);
                    QCOMPARE(citations.constFirst().length, text.size());
                    QCOMPARE(parser.parseCode(text), std::optional<EvidenceCode>(code));
                }
            }
        }
    }
}

void TestCitationParser::criterionCode_joinsStandardAndCriterion()
{
    QCOMPARE(evidenceCode(1, 1, 10, 1).criterionCode(), QStringLiteral("1.10"));
    QCOMPARE(CitationParser(format2018).format(evidenceCode(1, 1, 10, 1)), QStringLiteral("[H1-1.10-01]"));
    QCOMPARE(CitationParser(format2026).format(evidenceCode(0, 1, 3, 1)), QStringLiteral("MC.1.3.01"));
}

void TestCitationParser::invalidFormat_findsNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("empty") << QString();
    QTest::newRow("noSequence") << QStringLiteral("H{box}-{standard}.{criterion}");
    QTest::newRow("unknownPlaceholder") << QStringLiteral("H{box}-{standard}.{criterion}-{year}-{sequence}");
    QTest::newRow("repeatedPlaceholder") << QStringLiteral("{standard}.{criterion}.{sequence}.{sequence}");
    QTest::newRow("strayBrace") << QStringLiteral("MC.{standard}.{criterion}.{sequence:02");
    // Found by fuzz_evidence_code (tests/data/fuzz-regressions/evidence_code/): punctuation the
    // recogniser does not know, so the codes this format writes could never be found again.
    QTest::newRow("unreadablePunctuation") << QStringLiteral("<{standard}|{criterion}/{sequence:03}>");
    QTest::newRow("unreadableSeparator") << QStringLiteral("MC{standard}:{criterion}:{sequence}");
}

void TestCitationParser::invalidFormat_findsNothing()
{
    QFETCH(QString, format);
    const CitationParser parser(format);
    QVERIFY(!parser.isValid());
    QVERIFY(parser.parse(QStringLiteral("[H1-1.1-01] MC.1.1.01 1.1.01")).isEmpty());
    QVERIFY(!parser.parseCode(QStringLiteral("1.1.01")).has_value());
    QCOMPARE(parser.rewrite(QStringLiteral("[H1-1.1-01]"), {{QStringLiteral("[H1-1.1-01]"), QStringLiteral("x")}}),
             QStringLiteral("[H1-1.1-01]"));
}

void TestCitationParser::rewrite_replacesRenamedCodesOnly_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Renames>("renames");
    QTest::addColumn<QString>("expected");

    const QString h01 = QStringLiteral("[H1-1.1-01]");
    const QString h02 = QStringLiteral("[H1-1.1-02]");
    const QString h03 = QStringLiteral("[H1-1.1-03]");
    const Renames oneToThree{{h01, h03}};
    QTest::newRow("2018_single") << format2018 << QStringLiteral("Kế hoạch [H1-1.1-01].") << oneToThree
                                 << QStringLiteral("Kế hoạch [H1-1.1-03].");
    QTest::newRow("2018_singleLooseSpellingBecomesCanonical") << format2018 << QStringLiteral("Kế hoạch ( h1 1.1 01 ).")
                                                              << oneToThree << QStringLiteral("Kế hoạch [H1-1.1-03].");
    QTest::newRow("2018_bareStandaloneGetsBrackets")
        << format2018 << QStringLiteral("theo H1-1.1-01 và") << oneToThree << QStringLiteral("theo [H1-1.1-03] và");
    QTest::newRow("2018_grouped") << format2018 << QStringLiteral("[H1-1.1-01; H1-1.1-02]") << oneToThree
                                  << QStringLiteral("[H1-1.1-03; H1-1.1-02]");
    QTest::newRow("2018_groupedNeighbourKeepsSpelling")
        << format2018 << QStringLiteral("[h1 1.1 01, H1-1.1-2]") << Renames{{h02, QStringLiteral("[H1-1.1-05]")}}
        << QStringLiteral("[h1 1.1 01, H1-1.1-05]");
    QTest::newRow("2018_bareGroupGetsNoBrackets")
        << format2018 << QStringLiteral("H1-1.1-01; H1-1.1-02") << oneToThree << QStringLiteral("H1-1.1-03; H1-1.1-02");
    QTest::newRow("2018_oneSidedBracketGetsNoBrackets")
        << format2018 << QStringLiteral("[xem H1-1.1-01]") << oneToThree << QStringLiteral("[xem H1-1.1-03]");
    QTest::newRow("2018_chainDoesNotCascade")
        << format2018 << QStringLiteral("[H1-1.1-01] và [H1-1.1-02]") << Renames{{h01, h02}, {h02, h03}}
        << QStringLiteral("[H1-1.1-02] và [H1-1.1-03]");
    QTest::newRow("2018_swap") << format2018 << QStringLiteral("[H1-1.1-01; H1-1.1-02]")
                               << Renames{{h01, h02}, {h02, h01}} << QStringLiteral("[H1-1.1-02; H1-1.1-01]");
    QTest::newRow("2018_untouchedNeighboursKeepSpelling")
        << format2018 << QStringLiteral("(h2.2.3.4), [H1-1.1-01] và H3 - 3.5 - 04.")
        << Renames{{h01, QStringLiteral("[H1-1.1-09]")}} << QStringLiteral("(h2.2.3.4), [H1-1.1-09] và H3 - 3.5 - 04.");
    QTest::newRow("2018_everyOccurrence") << format2018 << QStringLiteral("[H1-1.1-01] … [H1.1.1.1]") << oneToThree
                                          << QStringLiteral("[H1-1.1-03] … [H1-1.1-03]");
    QTest::newRow("2018_looseKeyAndValue")
        << format2018 << h01 << Renames{{QStringLiteral("H1-1.1-01"), QStringLiteral("h1 1.1 3")}} << h03;
    QTest::newRow("2018_noCitations") << format2018 << QStringLiteral("Không có minh chứng, ngày 15.9.2023.")
                                      << oneToThree << QStringLiteral("Không có minh chứng, ngày 15.9.2023.");
    QTest::newRow("2018_noRenames") << format2018 << QStringLiteral("[h1 1.1 01]") << Renames()
                                    << QStringLiteral("[h1 1.1 01]");
    QTest::newRow("2018_loneSurrogatesKept")
        << format2018 << QString(loneHigh + QStringLiteral(" [H1-1.1-01] ") + loneLow) << oneToThree
        << QString(loneHigh + QStringLiteral(" [H1-1.1-03] ") + loneLow);

    const QString mc01 = QStringLiteral("MC.1.1.01");
    const QString mc02 = QStringLiteral("MC.1.1.02");
    QTest::newRow("2026_roundBracketsKept")
        << format2026 << QStringLiteral("theo quy định (MC.1.1.01).") << Renames{{mc01, QStringLiteral("MC.1.1.03")}}
        << QStringLiteral("theo quy định (MC.1.1.03).");
    QTest::newRow("2026_grouped") << format2026 << QStringLiteral("(MC.1.1.01, mc 1.1.2)")
                                  << Renames{{mc02, QStringLiteral("MC.1.1.04")}}
                                  << QStringLiteral("(MC.1.1.01, MC.1.1.04)");
    QTest::newRow("2026_chainDoesNotCascade")
        << format2026 << QStringLiteral("(MC.1.1.01, MC.1.1.02)")
        << Renames{{mc01, mc02}, {mc02, QStringLiteral("MC.1.1.03")}} << QStringLiteral("(MC.1.1.02, MC.1.1.03)");
}

void TestCitationParser::rewrite_replacesRenamedCodesOnly()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(Renames, renames);
    QFETCH(QString, expected);
    QCOMPARE(CitationParser(format).rewrite(text, renames), expected);
}

void TestCitationParser::hostileInput_returnsValidCitations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");

    QTest::newRow("megabyteOfDigits") << QString(1'000'000, u'7') << 0;
    QTest::newRow("megabyteOfSeparators") << QStringLiteral(".- _/").repeated(200'000) << 0;
    QTest::newRow("megabyteOfSpacesAfterLetter") << QString(QStringLiteral("H") + QString(1'000'000, u' ') + u'1') << 0;
    QTest::newRow("unmatchedBrackets") << QStringLiteral("[[[[((((").repeated(100'000) << 0;
    QTest::newRow("openCodesRepeated") << QStringLiteral("[H1-").repeated(250'000) << 0;
    QTest::newRow("almostCodesRepeated") << QStringLiteral("H1-1.1-H1 1 ").repeated(80'000) << 0;
    QTest::newRow("nulsAroundCode") << QString(QString(1000, QChar(0)) + QStringLiteral("[H1-1.1-01]") +
                                               QString(1000, QChar(0)))
                                    << 1;
    QTest::newRow("loneSurrogatesAroundCodes")
        << QString(loneLow + QStringLiteral("[H1-1.1-01]") + loneHigh + QStringLiteral(" H2-2.2-02 ") + loneHigh) << 2;
    QTest::newRow("hundredThousandCodes") << QStringLiteral("[H1-1.1-01] ").repeated(100'000) << 100'000;
    QTest::newRow("hundredThousandCodesInOneBracket")
        << QString(u'[' + QStringLiteral("H1-1.1-01; ").repeated(100'000) + u']') << 100'000;
}

void TestCitationParser::hostileInput_returnsValidCitations()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const CitationParser parser(format2018);
    const QList<Citation> citations = parser.parse(text);
    QCOMPARE(citations.size(), count);
    checkCitations(parser, text, citations);
    const QString rewritten = parser.rewrite(text, {{QStringLiteral("[H1-1.1-01]"), QStringLiteral("[H1-1.1-02]")}});
    QCOMPARE(parser.parse(rewritten).size(), count);
}

void TestCitationParser::randomInput_returnsValidCitations()
{
    // Fixed so that a failure can be replayed; printed so that a changed seed is visible in the log.
    const quint32 seed = 20260707;
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QStringList alphabet = {QStringLiteral("ư"),
                            QStringLiteral("Đ"),
                            QStringLiteral("ệ"),
                            QStringLiteral("\u0301"),
                            loneHigh,
                            loneLow,
                            QString(QChar(0)),
                            QStringLiteral("\u00A0"),
                            QStringLiteral("[H1-1.1-01]"),
                            QStringLiteral("MC.1.1.01"),
                            QStringLiteral("\n")};
    // Code characters several times over, so that near-codes and real ones are common.
    for (int i = 0; i < 4; ++i) {
        alphabet << QStringLiteral("H") << QStringLiteral("h") << QStringLiteral("M") << QStringLiteral("C")
                 << QStringLiteral(".") << QStringLiteral("-") << QStringLiteral(" ") << QStringLiteral("[")
                 << QStringLiteral("]") << QStringLiteral("(") << QStringLiteral(")") << QStringLiteral(",")
                 << QStringLiteral(";");
        for (char16_t digit = u'0'; digit <= u'9'; ++digit)
            alphabet << QString(QChar(digit));
    }
    const CitationParser parsers[] = {CitationParser(format2018), CitationParser(format2026)};
    const Renames renames{{QStringLiteral("[H1-1.1-01]"), QStringLiteral("[H2-2.2-02]")},
                          {QStringLiteral("MC.1.1.01"), QStringLiteral("MC.2.2.02")}};
    qsizetype found = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString text = randomText(random, alphabet, random.bounded(10'001));
        for (const CitationParser &parser : parsers) {
            const QList<Citation> citations = parser.parse(text);
            checkCitations(parser, text, citations);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("string %1 failed").arg(i)));
            found += citations.size();
            Q_UNUSED(parser.parseCode(text.left(40)));
            QCOMPARE(parser.parse(parser.rewrite(text, renames)).size(), citations.size());
        }
    }
    // Guards the alphabet: a generator that never produced a code would test nothing.
    qInfo("%lld citations found", qlonglong(found));
    QVERIFY(found > 2000);
}

QTEST_GUILESS_MAIN(TestCitationParser)
#include "tst_citationparser.moc"
