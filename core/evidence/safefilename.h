#pragma once

#include <QSet>
#include <QString>

namespace Minh::Core {

// File names that every system the school uses accepts, Windows Explorer first: no reserved
// characters or device names, no trailing dots or spaces, no separators (so a name can never
// leave the folder it is written in), and a length that keeps full paths under Windows' limit.
class SafeFileName
{
public:
    static constexpr int MaximumLength = 120;

    // "<code> <title>.<extension of originalName>", e.g. "H1-1.1-01 Kế hoạch năm học.pdf".
    static QString forEvidence(const QString &code, const QString &title, const QString &originalName);
    static QString sanitize(const QString &name, int maximumLength = MaximumLength);
    // `name`, or "base (2).ext", "base (3).ext"… so that it is not in `taken` (compared without
    // case, as Windows does); the result is added to `taken`. `extension` is the name's extension
    // (without the dot, possibly empty), given because a dot in a code is not one.
    static QString unique(const QString &name, const QString &extension, QSet<QString> *taken);
    // The extension forEvidence() keeps from an original file name ("" when there is none).
    static QString extensionOf(const QString &originalName);
};

} // namespace Minh::Core
