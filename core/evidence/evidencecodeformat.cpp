#include "evidencecodeformat.h"

#include <QRegularExpression>

namespace Minh::Core {

EvidenceCodeFormat::EvidenceCodeFormat(QString pattern)
    : m_pattern(std::move(pattern))
{
}

QString EvidenceCodeFormat::code(int box, const QString &criterionCode, int sequence) const
{
    const QString standard = criterionCode.section(QLatin1Char('.'), 0, 0);
    const QString criterion = criterionCode.section(QLatin1Char('.'), 1, 1);
    QString out = m_pattern;
    out.replace(QStringLiteral("{box}"), QString::number(box));
    out.replace(QStringLiteral("{standard}"), standard);
    out.replace(QStringLiteral("{criterion}"), criterion);
    static const QRegularExpression sequencePattern(QStringLiteral("\\{sequence(?::0(\\d))?\\}"));
    const auto match = sequencePattern.match(out);
    if (match.hasMatch()) {
        const int width = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
        out.replace(match.capturedStart(), match.capturedLength(),
                    QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0')));
    }
    return out;
}

} // namespace Minh::Core
