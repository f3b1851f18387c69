#include "safefilename.h"

#include "util/text.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace Minh::Core {

namespace {

QString cleanPart(QString text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        const bool reserved = QStringLiteral("<>:\"/\\|?*[]").contains(c);
        out.append(reserved || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u' ') : c);
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return out.replace(spaces, QStringLiteral(" ")).trimmed();
}

// Cuts at a grapheme boundary so that a letter and its marks, or a surrogate pair, stay together.
QString cut(const QString &text, int maximum)
{
    if (text.size() <= maximum) {
        return text;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(maximum);
    if (!finder.isAtBoundary()) {
        finder.toPreviousBoundary();
    }
    return text.left(std::max<qsizetype>(0, finder.position())).trimmed();
}

bool isDeviceName(const QString &base)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|conin\\$|conout\\$|com[0-9¹²³]|lpt[0-9¹²³])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(base.trimmed()).hasMatch();
}

QString dropTrailingDotsAndSpaces(QString text)
{
    while (!text.isEmpty() && (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))) {
        text.chop(1);
    }
    return text;
}

} // namespace

QString SafeFileName::sanitize(const QString &name, int maximumLength)
{
    QString clean = cleanPart(Text::nfc(name));
    // Lone surrogates cannot be written by any file system; drop them.
    QString valid;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate()) {
            valid.append(c).append(clean.at(++i));
        } else if (!c.isSurrogate()) {
            valid.append(c);
        }
    }
    const qsizetype dot = valid.lastIndexOf(QLatin1Char('.'));
    QString base = dot > 0 ? valid.left(dot) : valid;
    QString extension = dot > 0 ? valid.mid(dot + 1).trimmed() : QString();
    if (extension.size() > 16 || extension.contains(QLatin1Char(' '))) {
        base = valid;
        extension.clear();
    }
    const int room = maximumLength - (extension.isEmpty() ? 0 : int(extension.size()) + 1);
    base = dropTrailingDotsAndSpaces(cut(base, std::max(1, room)));
    if (base.isEmpty()) {
        base = QStringLiteral("file");
    }
    if (isDeviceName(base) || isDeviceName(base.section(QLatin1Char('.'), 0, 0))) {
        base.prepend(QLatin1Char('_'));
    }
    return extension.isEmpty() ? base : base + QLatin1Char('.') + extension;
}

QString SafeFileName::forEvidence(const QString &code, const QString &title, const QString &originalName)
{
    const qsizetype dot = originalName.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? originalName.mid(dot) : QString();
    return sanitize(cleanPart(code) + QLatin1Char(' ') + cleanPart(title).remove(QLatin1Char('.')) + extension);
}

QString SafeFileName::unique(const QString &name, QSet<QString> *taken)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    QString candidate = name;
    for (int n = 2; taken->contains(candidate.toCaseFolded()); ++n) {
        candidate = cut(base, MaximumLength - int(extension.size()) - 6) + QStringLiteral(" (%1)").arg(n) + extension;
    }
    taken->insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace Minh::Core
