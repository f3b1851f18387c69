// Names for extracted evidence files: what a council sees in the folder it chose, and what every
// file system the school uses (Windows Explorer first) accepts.

#include "evidence/safefilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

namespace {

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

// Strings with these cannot be written as literals.
const QString loneHigh = QString(QChar(0xD83D));
const QString loneLow = QString(QChar(0xDCC4));
const QString nul = QString(QChar(0));

// A letter with two combining marks that have no precomposed form, so NFC keeps three code units.
const QString stackedLetter = QStringLiteral("x\u0323\u0302");
const QString emoji = QStringLiteral("📄"); // a surrogate pair

const QString reservedCharacters = QStringLiteral("/\\:*?\"<>|");

bool isDeviceName(const QString &name)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    // Windows treats "CON.txt" and "con .tar.gz" as the device too: only the part before the first dot counts.
    return device.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

// Every property a name must have to be written safely, as a list of what is wrong with it.
QStringList problems(const QString &name)
{
    QStringList found;
    if (name.isEmpty()) {
        found << QStringLiteral("empty");
    }
    if (name.size() > SafeFileName::MaximumLength) {
        found << QStringLiteral("%1 UTF-16 units").arg(name.size());
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (reservedCharacters.contains(c)) {
            found << QStringLiteral("reserved character %1 at %2").arg(c).arg(i);
        }
        if (c.category() == QChar::Other_Control) {
            found << QStringLiteral("control character U+%1 at %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(i);
        }
        if (c.isHighSurrogate() && !(i + 1 < name.size() && name.at(i + 1).isLowSurrogate())) {
            found << QStringLiteral("lone high surrogate at %1").arg(i);
        }
        if (c.isLowSurrogate() && !(i > 0 && name.at(i - 1).isHighSurrogate())) {
            found << QStringLiteral("lone low surrogate at %1").arg(i);
        }
    }
    if (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))) {
        found << QStringLiteral("ends with a dot or a space");
    }
    if (isDeviceName(name)) {
        found << QStringLiteral("device name");
    }
    const QString normalized = nfc(name);
    if (name != normalized) {
        qsizetype at = 0;
        while (at < name.size() && at < normalized.size() && name.at(at) == normalized.at(at)) {
            ++at;
        }
        found << QStringLiteral("not NFC from unit %1").arg(at);
    }
    return found;
}

QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSurrogate() || c.category() == QChar::Other_Format) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

QString randomName(QRandomGenerator &random, const QStringList &alphabet)
{
    // Mostly short names, a quarter of them longer than any limit.
    const int length = random.bounded(4) == 0 ? random.bounded(120, 320) : random.bounded(0, 40);
    QString name;
    for (int i = 0; i < length; ++i) {
        name += alphabet.at(random.bounded(int(alphabet.size())));
    }
    return name;
}

} // namespace

class TestSafeFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forEvidence_givesExpectedName_data();
    void forEvidence_givesExpectedName();
    void sanitize_givesExpectedName_data();
    void sanitize_givesExpectedName();
    void forEvidence_longTitle_cutOnGraphemeBoundary_data();
    void forEvidence_longTitle_cutOnGraphemeBoundary();
    void forEvidence_longTitle_canBeCreated_data();
    void forEvidence_longTitle_canBeCreated();
    void unique_numbersRepeatsIgnoringCase();
    void unique_longName_staysWithinLimit();
    void sanitize_randomNames_areSafeAndCreatable();
};

void TestSafeFileName::forEvidence_givesExpectedName_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("originalName");
    QTest::addColumn<QString>("expected");

    const QString code = QStringLiteral("[H1-1.1-01]");
    QTest::newRow("plain Vietnamese") << code << QStringLiteral("Kế hoạch năm học") << QStringLiteral("scan.pdf")
                                      << QStringLiteral("H1-1.1-01 Kế hoạch năm học.pdf");
    QTest::newRow("decomposed Vietnamese becomes NFC")
        << code << nfd(QStringLiteral("Quyết định thành lập Hội đồng tự đánh giá"))
        << nfd(QStringLiteral("Quyết định.docx"))
        << QStringLiteral("H1-1.1-01 Quyết định thành lập Hội đồng tự đánh giá.docx");
    QTest::newRow("2026 code") << QStringLiteral("MC.1.3.01") << QStringLiteral("Ảnh hoạt động ngoại khóa")
                               << QStringLiteral("IMG_0001.JPG")
                               << QStringLiteral("MC.1.3.01 Ảnh hoạt động ngoại khóa.JPG");
    QTest::newRow("two-digit criterion") << QStringLiteral("[H1-1.10-01]") << QStringLiteral("Sổ đăng bộ")
                                         << QStringLiteral("so.xlsx") << QStringLiteral("H1-1.10-01 Sổ đăng bộ.xlsx");
    QTest::newRow("reserved characters") << code << QStringLiteral("Biên bản họp 1/2: a\\b*c?\"d\"<e>|f")
                                         << QStringLiteral("bb.pdf")
                                         << QStringLiteral("H1-1.1-01 Biên bản họp 1 2 a b c d e f.pdf");
    QTest::newRow("control characters") << code << QStringLiteral("Dòng 1\nDòng 2\tcột\u0001\u007F")
                                        << QStringLiteral("a.pdf") << QStringLiteral("H1-1.1-01 Dòng 1 Dòng 2 cột.pdf");
    QTest::newRow("NUL in title") << code << QStringLiteral("Sổ") + nul + QStringLiteral("điểm")
                                  << QStringLiteral("a.pdf") << QStringLiteral("H1-1.1-01 Sổ điểm.pdf");
    QTest::newRow("trailing dots and spaces, no extension")
        << code << QStringLiteral("Báo cáo tổng kết . . .  ") << QStringLiteral("scan")
        << QStringLiteral("H1-1.1-01 Báo cáo tổng kết");
    QTest::newRow("device name as title is not alone")
        << code << QStringLiteral("CON") << QStringLiteral("x.pdf") << QStringLiteral("H1-1.1-01 CON.pdf");
    QTest::newRow("title only forbidden characters")
        << code << QStringLiteral("?*<>|\"/\\:") << QStringLiteral("a.pdf") << QStringLiteral("H1-1.1-01.pdf");
    QTest::newRow("folders in the original name are ignored")
        << code << QStringLiteral("Ảnh") << QStringLiteral("../../etc/passwd.png")
        << QStringLiteral("H1-1.1-01 Ảnh.png");
}

void TestSafeFileName::forEvidence_givesExpectedName()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QString, originalName);
    QFETCH(QString, expected);

    const QString name = SafeFileName::forEvidence(code, title, originalName);
    QCOMPARE(name, expected);
    QVERIFY2(problems(name).isEmpty(), qPrintable(problems(name).join(QStringLiteral(", "))));
}

void TestSafeFileName::sanitize_givesExpectedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ordinary") << QStringLiteral("Kế hoạch.pdf") << QStringLiteral("Kế hoạch.pdf");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("prn.txt") << QStringLiteral("prn.txt") << QStringLiteral("_prn.txt");
    QTest::newRow("COM1") << QStringLiteral("COM1") << QStringLiteral("_COM1");
    QTest::newRow("LPT9") << QStringLiteral("LPT9") << QStringLiteral("_LPT9");
    QTest::newRow("aux.tar.gz") << QStringLiteral("aux.tar.gz") << QStringLiteral("_aux.tar.gz");
    QTest::newRow("nul, lower case") << QStringLiteral("nul") << QStringLiteral("_nul");
    QTest::newRow("device name with trailing space") << QStringLiteral("Con .txt") << QStringLiteral("_Con.txt");
    QTest::newRow("CONSOLE is no device") << QStringLiteral("CONSOLE.txt") << QStringLiteral("CONSOLE.txt");
    QTest::newRow("COM10 is no device") << QStringLiteral("COM10") << QStringLiteral("COM10");
    QTest::newRow("trailing dots after extension") << QStringLiteral("report.pdf. .") << QStringLiteral("report.pdf");
    QTest::newRow("trailing spaces") << QStringLiteral("Biên bản   ") << QStringLiteral("Biên bản");
    QTest::newRow("only forbidden characters") << QStringLiteral("<>:\"/\\|?*") << QStringLiteral("file");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("file");
    // Leading dots would hide the file (and "..x" is no name to offer); they go.
    QTest::newRow("parent folder") << QStringLiteral("../x.pdf") << QStringLiteral("x.pdf");
    QTest::newRow("hidden name") << QStringLiteral(".profile") << QStringLiteral("profile");
    QTest::newRow("lone surrogates dropped")
        << QStringLiteral("a") + loneHigh + QStringLiteral("b") + loneLow + QStringLiteral(".pdf")
        << QStringLiteral("ab.pdf");
    // Dropping the surrogate brings the acute and the dot below together: the result must be NFC again.
    QTest::newRow("lone surrogate between letter and mark")
        << QStringLiteral("á") + loneHigh + QStringLiteral("\u0323.pdf") << nfc(QStringLiteral("a\u0323\u0301.pdf"));
    // The "_" that disarms a device name must fit in the limit too.
    QTest::newRow("device name at full length")
        << QStringLiteral("CON.") + QStringLiteral("a").repeated(200) + QStringLiteral(".txt")
        << QStringLiteral("_CON.") + QStringLiteral("a").repeated(111) + QStringLiteral(".txt");
    QTest::newRow("emoji kept") << QStringLiteral("Ảnh ") + emoji + QStringLiteral(".jpg")
                                << QStringLiteral("Ảnh ") + emoji + QStringLiteral(".jpg");
    QTest::newRow("decomposed stays NFC") << nfd(QStringLiteral("Nhà trường.pdf")) << QStringLiteral("Nhà trường.pdf");
}

void TestSafeFileName::sanitize_givesExpectedName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    const QString result = SafeFileName::sanitize(name);
    QCOMPARE(result, expected);
    QVERIFY2(problems(result).isEmpty(), qPrintable(problems(result).join(QStringLiteral(", "))));
}

void TestSafeFileName::forEvidence_longTitle_cutOnGraphemeBoundary_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");

    // "H1-1.1-01 " takes 10 units and ".pdf" 4, which leaves 106 units of the title.
    const QString prefix = QStringLiteral("H1-1.1-01 ");
    const QString words = QStringLiteral("Kế hoạch "); // 9 units
    QTest::newRow("300 Vietnamese characters")
        << words.repeated(34).left(300) << prefix + words.repeated(11) + QStringLiteral("Kế hoạc.pdf");
    // 106 is inside the 36th letter (units 105–107): the whole letter goes, never only its marks.
    QTest::newRow("letters with combining marks")
        << stackedLetter.repeated(100) << prefix + stackedLetter.repeated(35) + QStringLiteral(".pdf");
    // After "a", unit 106 is the high half of the 53rd emoji: the pair goes whole.
    QTest::newRow("surrogate pairs") << QStringLiteral("a") + emoji.repeated(150)
                                     << prefix + QStringLiteral("a") + emoji.repeated(52) + QStringLiteral(".pdf");
}

void TestSafeFileName::forEvidence_longTitle_cutOnGraphemeBoundary()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);

    QVERIFY(title.size() >= 300);
    const QString name = SafeFileName::forEvidence(QStringLiteral("[H1-1.1-01]"), title, QStringLiteral("scan.pdf"));
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= SafeFileName::MaximumLength);
    QVERIFY2(problems(name).isEmpty(), qPrintable(problems(name).join(QStringLiteral(", "))));
}

void TestSafeFileName::forEvidence_longTitle_canBeCreated_data()
{
    QTest::addColumn<QString>("title");

    QTest::newRow("capitals with marks")
        << QStringLiteral("QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP HỘI ĐỒNG TỰ ĐÁNH GIÁ ").repeated(8);
    // Three UTF-8 bytes per letter: 120 of them are more than the 255 bytes Linux allows in a name.
    QTest::newRow("only letters with two marks") << QStringLiteral("ệ").repeated(300);
    QTest::newRow("emoji") << emoji.repeated(200);
}

void TestSafeFileName::forEvidence_longTitle_canBeCreated()
{
    QFETCH(QString, title);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = SafeFileName::forEvidence(QStringLiteral("[H1-1.1-01]"), title, QStringLiteral("scan.pdf"));
    QVERIFY(name.size() <= SafeFileName::MaximumLength);
    QVERIFY(name.endsWith(QStringLiteral(".pdf")));
    QFile file(dir.filePath(name));
    QVERIFY2(
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly),
        qPrintable(
            QStringLiteral("%1 (%2 UTF-8 bytes): %3").arg(name).arg(name.toUtf8().size()).arg(file.errorString())));
}

void TestSafeFileName::unique_numbersRepeatsIgnoringCase()
{
    QSet<QString> taken;
    QCOMPARE(SafeFileName::unique(QStringLiteral("x.pdf"), QStringLiteral("pdf"), &taken), QStringLiteral("x.pdf"));
    QCOMPARE(SafeFileName::unique(QStringLiteral("x.pdf"), QStringLiteral("pdf"), &taken), QStringLiteral("x (2).pdf"));
    QCOMPARE(SafeFileName::unique(QStringLiteral("x.pdf"), QStringLiteral("pdf"), &taken), QStringLiteral("x (3).pdf"));
    // Windows sees X.PDF and x.pdf as one file.
    QCOMPARE(SafeFileName::unique(QStringLiteral("X.PDF"), QStringLiteral("PDF"), &taken), QStringLiteral("X (4).PDF"));
    QCOMPARE(SafeFileName::unique(QStringLiteral("Ghi chú"), QString(), &taken), QStringLiteral("Ghi chú"));
    QCOMPARE(SafeFileName::unique(QStringLiteral("GHI CHÚ"), QString(), &taken), QStringLiteral("GHI CHÚ (2)"));
    QCOMPARE(taken.size(), 6);
    // A dot inside a code is not an extension.
    QCOMPARE(SafeFileName::unique(QStringLiteral("H1-1.2-01 T"), QString(), &taken), QStringLiteral("H1-1.2-01 T"));
    QCOMPARE(SafeFileName::unique(QStringLiteral("H1-1.2-01 T"), QString(), &taken), QStringLiteral("H1-1.2-01 T (2)"));
}

void TestSafeFileName::unique_longName_staysWithinLimit()
{
    const QString longest = SafeFileName::forEvidence(
        QStringLiteral("[H1-1.1-01]"), QStringLiteral("Kế hoạch ").repeated(40), QStringLiteral("a.pdf"));
    QCOMPARE(longest.size(), SafeFileName::MaximumLength);
    QSet<QString> taken;
    QSet<QString> seen;
    for (int i = 0; i < 120; ++i) {
        const QString name = SafeFileName::unique(longest, QStringLiteral("pdf"), &taken);
        QVERIFY2(name.size() <= SafeFileName::MaximumLength,
                 qPrintable(QStringLiteral("%1: %2").arg(i).arg(name.size())));
        QVERIFY2(name.endsWith(QStringLiteral(".pdf")), qPrintable(name));
        QVERIFY2(problems(name).isEmpty(), qPrintable(problems(name).join(QStringLiteral(", "))));
        QVERIFY(!seen.contains(name));
        seen.insert(name);
    }
}

void TestSafeFileName::sanitize_randomNames_areSafeAndCreatable()
{
    const quint32 seed = 20260101;
    qInfo("random names from seed %u", seed);
    QRandomGenerator random(seed);
    // Separators, dots and spaces weighted up, Vietnamese letters and loose marks, control and
    // format characters, pieces of device names, a surrogate pair, lone halves and NUL.
    const QString characters =
        QStringLiteral("aZ7-_....    /\\:*?\"<>|[]ếạđưỸ\u0301\u0323\t\n\u0001\u007F\u200B\u202E\u00A0");
    QStringList alphabet;
    for (const QChar c : characters) {
        alphabet.append(QString(c));
    }
    alphabet << emoji << loneHigh << loneLow << nul << QStringLiteral("CON") << QStringLiteral("lpt1");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QDir(dir.path()).canonicalPath();
    for (int i = 0; i < 2000; ++i) {
        const QString input = randomName(random, alphabet);
        const QString name = SafeFileName::sanitize(input);
        const QString context =
            QStringLiteral("#%1 input \"%2\" gave \"%3\"").arg(i).arg(escaped(input), escaped(name));
        const QStringList wrong = problems(name);
        QVERIFY2(wrong.isEmpty(), qPrintable(context + QStringLiteral(": ") + wrong.join(QStringLiteral(", "))));

        const QString path = QDir(root).filePath(name);
        QVERIFY2(QFileInfo(QDir::cleanPath(path)).absolutePath() == root, qPrintable(context));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::NewOnly),
                 qPrintable(context + QStringLiteral(": ") + file.errorString()));
        file.close();
        QVERIFY2(QDir(root).entryList(QDir::Files | QDir::Hidden) == QStringList{name}, qPrintable(context));
        QVERIFY(file.remove());
    }
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
