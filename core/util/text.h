#pragma once

#include <QString>

namespace Minh::Core::Text {

// Every text that enters core (user input, files from outside) is stored in Unicode NFC, so that
// the same Vietnamese word typed with combining marks or precomposed letters compares equal.
inline QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

inline bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

} // namespace Minh::Core::Text
