#include "nd30blocks.h"

#include "documentcomposer.h"
#include "printedformat.h"

#include <QLocale>
#include <QTextTable>

namespace Minh::Core::Nd30Blocks {

namespace {

// Sizes in points, per Phụ lục I of the decree (Quốc hiệu 12–13, Tiêu ngữ 13–14, names of
// authorities 12–13, Nơi nhận 12 and its list 11).
constexpr qreal StateTitleSize = 12.5;
constexpr qreal MottoSize = 13;
constexpr qreal AuthoritySize = 12.5;
constexpr qreal BodySize = 13;
constexpr qreal RecipientsLabelSize = 12;
constexpr qreal RecipientsSize = 11;

TextStyle lineStyle(qreal size, bool bold = false, bool italic = false, Qt::Alignment alignment = Qt::AlignHCenter)
{
    TextStyle style;
    style.alignment = alignment;
    style.bold = bold;
    style.italic = italic;
    style.pointSize = size;
    style.indentFirstLine = false;
    style.spaceAfter = 0;
    return style;
}

// The short solid line under an authority name or an excerpt (1/3 to 1/2 of the text above):
// underlined non-breaking spaces, so that it stays real, editable text in the PDF and the ODT.
void shortRule(DocumentComposer &composer, QTextTable *table, int row, int column, int length)
{
    TextStyle rule = lineStyle(7, true);
    rule.underline = true;
    const QString spaces(length, QChar(0x00A0));
    if (table) {
        composer.addToCell(table, row, column, spaces, rule);
    } else {
        composer.paragraph(spaces, rule);
    }
}

// The one-row table of a signature block, after a blank line as typed documents have. It is kept
// whole on one page with that line (PrintedFormat::KeepTogether).
QTextTable *signatureTable(DocumentComposer &composer, const QList<qreal> &percents)
{
    TextStyle spacer = lineStyle(BodySize);
    spacer.keepWithNext = true;
    composer.paragraph(QString(), spacer);
    QTextTable *table = composer.layoutTable(percents, 1);
    QTextTableFormat format = table->format();
    format.setProperty(PrintedFormat::KeepTogether, true);
    table->setFormat(format);
    return table;
}

void signatureCell(DocumentComposer &composer, QTextTable *table, int column, const Signature &signature)
{
    if (!signature.dateLine.isEmpty()) {
        composer.addToCell(table, 0, column, signature.dateLine, lineStyle(BodySize, false, true));
    }
    for (const QString &text : {signature.authority, signature.title}) {
        if (!text.isEmpty()) {
            composer.addToCell(table, 0, column, text, lineStyle(BodySize, true));
        }
    }
    if (!signature.note.isEmpty()) {
        composer.addToCell(table, 0, column, signature.note, lineStyle(BodySize, false, true));
    }
    // Room for the handwritten signature and the seal (ô 7c, 8).
    for (int i = 0; i < 4; ++i) {
        composer.addToCell(table, 0, column, QString(), lineStyle(BodySize));
    }
    composer.addToCell(table, 0, column, signature.signer, lineStyle(BodySize, true));
}

} // namespace

QString dateText(QDate date)
{
    if (!date.isValid()) {
        // Left blank for the hand, as offices do on drafts.
        return QStringLiteral("ngày     tháng     năm %1").arg(QDate::currentDate().year());
    }
    const QString month = date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                                            : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(date.day(), 2, 10, QLatin1Char('0')).arg(month).arg(date.year());
}

QString dateLine(const QString &place, QDate date)
{
    return (place.isEmpty() ? QStringLiteral("………") : place) + QStringLiteral(", ") + dateText(date);
}

QString upper(const QString &text)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toUpper(text);
}

void header(DocumentComposer &composer, const Header &header)
{
    QTextTable *table = composer.layoutTable({42, 58}, 2);
    if (!header.parentAuthority.isEmpty()) {
        composer.addToCell(table, 0, 0, upper(header.parentAuthority), lineStyle(AuthoritySize));
    }
    composer.addToCell(table, 0, 0, upper(header.issuingAuthority), lineStyle(AuthoritySize, true));
    shortRule(composer, table, 0, 0, 40);

    composer.addToCell(table, 0, 1, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), lineStyle(StateTitleSize, true));
    // The decree draws a solid line under the Tiêu ngữ, as long as the text: an underline.
    TextStyle motto = lineStyle(MottoSize, true);
    motto.underline = true;
    composer.addToCell(table, 0, 1, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), motto);

    TextStyle number = lineStyle(BodySize);
    number.spaceBefore = 6;
    composer.addToCell(table, 1, 0,
                       header.number.isEmpty() ? QStringLiteral("Số:       /") : QStringLiteral("Số: ") + header.number,
                       number);
    if (!header.excerpt.isEmpty()) {
        TextStyle excerpt = lineStyle(12);
        excerpt.spaceBefore = 6;
        composer.addToCell(table, 1, 0, header.excerpt, excerpt);
    }
    TextStyle date = lineStyle(BodySize, false, true);
    date.spaceBefore = 6;
    composer.addToCell(table, 1, 1, dateLine(header.place, header.date), date);
}

void documentTitle(DocumentComposer &composer, const QString &type, const QString &excerpt)
{
    composer.emptyLines(1);
    composer.title(type, 14);
    if (!excerpt.isEmpty()) {
        composer.paragraph(excerpt, lineStyle(14, true));
        shortRule(composer, nullptr, 0, 0, 50);
    }
    composer.paragraph(QString(), lineStyle(6));
}

void addressee(DocumentComposer &composer, const QStringList &addressees)
{
    TextStyle style = lineStyle(14);
    style.spaceBefore = 12;
    style.spaceAfter = 6;
    composer.paragraph(QStringLiteral("Kính gửi: ") + addressees.join(QStringLiteral("; ")), style);
}

void signatureBlock(DocumentComposer &composer, const QStringList &recipients, const Signature &signature)
{
    QTextTable *table = signatureTable(composer, {45, 55});
    TextStyle label = lineStyle(RecipientsLabelSize, true, true, Qt::AlignLeft);
    label.spaceBefore = 6;
    composer.addToCell(table, 0, 0, QStringLiteral("Nơi nhận:"), label);
    for (QString recipient : recipients) {
        recipient = recipient.trimmed();
        if (recipient.isEmpty()) {
            continue;
        }
        if (!recipient.startsWith(QLatin1Char('-'))) {
            recipient.prepend(QStringLiteral("- "));
        }
        composer.addToCell(table, 0, 0, recipient, lineStyle(RecipientsSize, false, false, Qt::AlignLeft));
    }
    signatureCell(composer, table, 1, signature);
}

void twoSignatures(DocumentComposer &composer, const Signature &left, const Signature &right)
{
    QTextTable *table = signatureTable(composer, {50, 50});
    signatureCell(composer, table, 0, left);
    signatureCell(composer, table, 1, right);
}

} // namespace Minh::Core::Nd30Blocks
