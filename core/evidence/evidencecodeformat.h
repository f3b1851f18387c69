#pragma once

#include <QString>

namespace Minh::Core {

// Builds an evidence code from the framework's code format (data, e.g.
// "[H{box}-{standard}.{criterion}-{sequence:02}]" or "MC.{standard}.{criterion}.{sequence:02}").
// Placeholders: {box}, {standard}, {criterion} (the number inside the standard, no leading zero)
// and {sequence} or {sequence:0N} (zero-padded to N digits).
class EvidenceCodeFormat
{
public:
    explicit EvidenceCodeFormat(QString pattern);

    QString code(int box, const QString &criterionCode, int sequence) const;

private:
    QString m_pattern;
};

} // namespace Minh::Core
