#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Minh::Core {

class DocumentComposer;

// The parts of an administrative document that Nghị định 30/2020/NĐ-CP fixes (Phụ lục I): the
// header with the issuing authority and the Quốc hiệu and Tiêu ngữ, the place-and-date line, the
// document type and excerpt, the signature block and "Nơi nhận". Every form Minh prints starts and
// ends with them.
//
// The Vietnamese texts here ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "Số:" …) are the
// wording the decree prescribes for the printed document: document content, not interface text,
// so they never go through tr() and never change with the interface language.
namespace Nd30Blocks {

struct Header
{
    QString parentAuthority;  // cơ quan chủ quản (ô 2, upper case, not bold); may be empty
    QString issuingAuthority; // tên cơ quan ban hành (ô 2, upper case, bold, short rule below)
    QString number;           // số, ký hiệu (ô 3) without "Số: "; empty prints a blank to fill by hand
    QString excerpt;          // trích yếu of a công văn (ô 5b), e.g. "V/v đăng ký đánh giá ngoài"
    QString place;            // địa danh (ô 4)
    QDate date;               // invalid prints "ngày … tháng … năm …" to fill by hand
};

struct Signature
{
    QString authority; // "TM. HỘI ĐỒNG", "KT. HIỆU TRƯỞNG"; may be empty
    QString title;     // "HIỆU TRƯỞNG", "Người viết"
    QString note = QStringLiteral("(Ký, ghi rõ họ tên, đóng dấu)");
    QString signer;    // empty leaves the space for the handwritten name
    QString dateLine;  // a place-and-date line above the title (forms signed by a person)
};

// "Hòa Bình, ngày 05 tháng 02 năm 2026": days below 10 and the months 1 and 2 take a leading 0.
QString dateLine(const QString &place, QDate date);
// "ngày 05 tháng 02 năm 2026" alone.
QString dateText(QDate date);
// Upper case in Vietnamese (the authority names of ô 2).
QString upper(const QString &text);

// Ô 1 to 4 (and 5b): a borderless two-column table at the top of the first page.
void header(DocumentComposer &composer, const Header &header);
// Ô 5a: the document type ("QUYẾT ĐỊNH") and its excerpt ("Về việc …") with a short rule below.
void documentTitle(DocumentComposer &composer, const QString &type, const QString &excerpt = {});
// "Kính gửi: …" of a công văn (ô 9a), centred.
void addressee(DocumentComposer &composer, const QStringList &addressees);
// Ô 7 and 9b: "Nơi nhận:" with its list on the left, the signature on the right. Each recipient
// line gets its leading "- "; the list is printed as written (";" and the final "." are the school's).
void signatureBlock(DocumentComposer &composer, const QStringList &recipients, const Signature &signature);
// Two signatures side by side (the forms signed by a working group and its leader).
void twoSignatures(DocumentComposer &composer, const Signature &left, const Signature &right);

} // namespace Nd30Blocks

} // namespace Minh::Core
