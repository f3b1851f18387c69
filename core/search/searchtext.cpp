#include "searchtext.h"

#include <array>

namespace Minh::Core::SearchText {

namespace {

constexpr char16_t TableEnd = 0x2500; // Latin, Greek, Cyrillic, Vietnamese and the combining marks

QChar foldSlow(QChar ch)
{
    if (ch == QChar(0x0111) || ch == QChar(0x0110)) { // đ Đ
        return QLatin1Char('d');
    }
    const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
    QString base;
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining &&
            c.category() != QChar::Mark_Enclosing) {
            base.append(c);
        }
    }
    // A lone combining mark has no base letter and stays as it is.
    return base.isEmpty() ? ch : base.toCaseFolded().at(0);
}

// Every character below TableEnd folded once, on first use: folding a large school's texts is
// then a table lookup per character rather than a normalisation.
const std::array<char16_t, TableEnd> &table()
{
    static const std::array<char16_t, TableEnd> folded = [] {
        std::array<char16_t, TableEnd> t{};
        for (char16_t c = 0; c < TableEnd; ++c) {
            t[c] = foldSlow(QChar(c)).unicode();
        }
        return t;
    }();
    return folded;
}

} // namespace

QString fold(const QString &text)
{
    const auto &t = table();
    QString out = text.normalized(QString::NormalizationForm_C);
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (c < TableEnd) {
            ch = QChar(t[c]);
        }
    }
    return out;
}

} // namespace Minh::Core::SearchText
