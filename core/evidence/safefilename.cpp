#include "safefilename.h"

#include "util/text.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace Minh::Core {

namespace {

// ext4 and most file systems limit a name to 255 bytes of UTF-8; Vietnamese letters take 2–3 each.
constexpr int MaximumBytes = 240;

QString cleanPart(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Lone surrogates cannot be written by any file system.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
            continue;
        }
        if (c.isSurrogate()) {
            continue;
        }
        const bool reserved = QStringLiteral("<>:\"/\\|?*[]").contains(c);
        out.append(reserved || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u' ') : c);
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // NFC last: dropping a character can leave a letter beside a mark it now composes with.
    return Text::nfc(out.replace(spaces, QStringLiteral(" ")).trimmed());
}

// Cuts at a grapheme boundary, so that a letter and its marks, or a surrogate pair, stay together,
// to at most `units` UTF-16 units and `bytes` bytes of UTF-8.
QString cut(const QString &text, int units, int bytes)
{
    if (text.size() <= units && text.toUtf8().size() <= bytes) {
        return text;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    int keptBytes = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        const int graphemeBytes = int(text.mid(kept, next - kept).toUtf8().size());
        if (next > units || keptBytes + graphemeBytes > bytes) {
            break;
        }
        kept = next;
        keptBytes += graphemeBytes;
    }
    return text.left(kept).trimmed();
}

bool isDeviceName(const QString &base)
{
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|conin\\$|conout\\$|com[0-9¹²³]|lpt[0-9¹²³])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(base.trimmed()).hasMatch() || device.match(base.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

QString dropTrailingDotsAndSpaces(QString text)
{
    while (!text.isEmpty() && (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))) {
        text.chop(1);
    }
    return text;
}

QString cleanExtension(const QString &extension)
{
    const QString clean = cleanPart(extension);
    return clean.size() > 16 || clean.contains(QLatin1Char(' ')) || clean.contains(QLatin1Char('.')) ? QString() : clean;
}

// A safe "<base>.<extension>" within both limits; the extension is kept whole.
QString assemble(const QString &base, const QString &extension, int maximumLength)
{
    const int suffixUnits = extension.isEmpty() ? 0 : int(extension.size()) + 1;
    const int suffixBytes = extension.isEmpty() ? 0 : int(extension.toUtf8().size()) + 1;
    // No leading dot: such a name is hidden, and could be a user's own settings file.
    QString cleanBase = cleanPart(base);
    while (cleanBase.startsWith(QLatin1Char('.')) || cleanBase.startsWith(QLatin1Char(' '))) {
        cleanBase.remove(0, 1);
    }
    const bool device = isDeviceName(cleanBase);
    // Room for the "_" that a device name gets in front.
    const int prefix = device ? 1 : 0;
    cleanBase = dropTrailingDotsAndSpaces(
        cut(cleanBase, std::max(1, maximumLength - suffixUnits - prefix), std::max(1, MaximumBytes - suffixBytes - prefix)));
    if (cleanBase.isEmpty()) {
        cleanBase = QStringLiteral("file");
    }
    if (isDeviceName(cleanBase)) {
        cleanBase.prepend(QLatin1Char('_'));
    }
    return extension.isEmpty() ? cleanBase : cleanBase + QLatin1Char('.') + extension;
}

} // namespace

QString SafeFileName::sanitize(const QString &name, int maximumLength)
{
    const QString clean = cleanPart(name);
    const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? cleanExtension(clean.mid(dot + 1)) : QString();
    return assemble(extension.isEmpty() ? clean : clean.left(dot), extension, maximumLength);
}

QString SafeFileName::extensionOf(const QString &originalName)
{
    const qsizetype dot = originalName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? cleanExtension(originalName.mid(dot + 1)) : QString();
}

QString SafeFileName::forEvidence(const QString &code, const QString &title, const QString &originalName)
{
    return assemble(cleanPart(code) + QLatin1Char(' ') + cleanPart(title), extensionOf(originalName), MaximumLength);
}

QString SafeFileName::unique(const QString &name, const QString &extension, QSet<QString> *taken)
{
    const QString suffix = extension.isEmpty() ? QString() : QLatin1Char('.') + extension;
    const QString base = !suffix.isEmpty() && name.endsWith(suffix) ? name.chopped(suffix.size()) : name;
    QString candidate = name;
    for (int n = 2; taken->contains(candidate.toCaseFolded()); ++n) {
        const QString counter = QStringLiteral(" (%1)").arg(n);
        const QString shortened = cut(base, MaximumLength - int(counter.size() + suffix.size()),
                                      MaximumBytes - int(counter.toUtf8().size() + suffix.toUtf8().size()));
        candidate = shortened + counter + suffix;
    }
    taken->insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace Minh::Core
