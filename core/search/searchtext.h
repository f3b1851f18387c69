#pragma once

#include <QString>

namespace Minh::Core::SearchText {

// Folds text for searching as Vietnamese users type it: without diacritics (ạ, ư, ế… → a, u, e),
// đ/Đ → d (NFD does not decompose đ, so it is mapped by hand) and case-folded. Text in NFC keeps
// its length, so a match in the folded text is at the same place in the original, for snippets.
QString fold(const QString &text);

} // namespace Minh::Core::SearchText
