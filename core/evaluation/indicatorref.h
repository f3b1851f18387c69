#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Minh::Core {

// Names one indicator as "<criterion>/<level>/<key>", e.g. "1.1/2/a" or "1.3/1/1"; the key is the
// indicator's letter, or its 1-based position when it has none. Used in judgements, reasons and
// the command line's JSON.
struct IndicatorRef
{
    QString criterion;
    int level = 0;
    QString key;

    QString toString() const { return criterion + QLatin1Char('/') + QString::number(level) + QLatin1Char('/') + key; }

    static std::optional<IndicatorRef> parse(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char('/'));
        if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(2).isEmpty()) {
            return std::nullopt;
        }
        bool ok = false;
        const int level = parts.at(1).toInt(&ok);
        // Only the canonical spelling names a level: "01" or "+1" is not an indicator of Mức 1.
        if (!ok || level < 1 || QString::number(level) != parts.at(1)) {
            return std::nullopt;
        }
        return IndicatorRef{parts.at(0), level, parts.at(2)};
    }

    friend bool operator==(const IndicatorRef &, const IndicatorRef &) = default;
};

} // namespace Minh::Core
