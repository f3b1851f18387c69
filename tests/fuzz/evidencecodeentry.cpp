#include "fuzzentries.h"

#include "evidence/citationparser.h"
#include "evidence/evidencecodeformat.h"

#include <QHash>

using namespace Minh::Core;

namespace FuzzEntries {

namespace {

void checkCitations(const CitationParser &parser, const QString &text)
{
    const QList<Citation> found = parser.parse(text);
    QHash<QString, QString> renames;
    qsizetype previousEnd = 0;
    for (const Citation &citation : found) {
        FUZZ_CHECK(citation.start >= previousEnd && citation.length > 0 && citation.start + citation.length <= text.size(),
                   "citations lie inside the text, in order, without overlap");
        previousEnd = citation.start + citation.length;
        // The canonical spelling is a code the same parser reads back as the same numbers.
        const std::optional<EvidenceCode> again = parser.parseCode(citation.normalized);
        if (!again || *again != citation.code) {
            qCritical("found “%s” as %d/%d/%d/%d, normalised “%s”, which parses as %s", qPrintable(text.mid(citation.start, citation.length)),
                      citation.code.box, citation.code.standard, citation.code.criterion, citation.code.sequence,
                      qPrintable(citation.normalized),
                      again ? qPrintable(QStringLiteral("%1/%2/%3/%4").arg(again->box).arg(again->standard).arg(again->criterion).arg(again->sequence))
                            : "nothing");
        }
        FUZZ_CHECK(again.has_value() && *again == citation.code, "a normalised code parses back to itself");
        FUZZ_CHECK(parser.format(citation.code) == citation.normalized, "format() writes the normalised code");
        EvidenceCode next = citation.code;
        next.sequence += 1;
        renames.insert(citation.normalized, parser.format(next));
    }
    (void)parser.rewrite(text, renames);
    (void)parser.parseCode(text);
}

} // namespace

void evidenceCode(const QByteArray &data)
{
    if (data.isEmpty()) {
        return;
    }
    const char mode = data.at(0);
    QByteArray rest = data.mid(1);
    QString format;
    switch (mode % 3) {
    case 0:
        format = QStringLiteral("[H{box}-{standard}.{criterion}-{sequence:02}]");
        break;
    case 1:
        format = QStringLiteral("MC.{standard}.{criterion}.{sequence:02}");
        break;
    default: {
        const qsizetype newline = rest.indexOf('\n');
        format = QString::fromUtf8(rest.left(newline < 0 ? rest.size() : newline));
        rest = newline < 0 ? QByteArray() : rest.mid(newline + 1);
        break;
    }
    }
    const QString text = QString::fromUtf8(rest);
    const CitationParser parser(format);
    if (parser.isValid()) {
        checkCitations(parser, text);
    } else {
        FUZZ_CHECK(parser.parse(text).isEmpty(), "an invalid format finds nothing");
    }
    // The format builder is also given numbers straight from the text, as the renumbering does.
    const EvidenceCodeFormat builder(format);
    const QStringList numbers = text.left(64).split(QLatin1Char(' '));
    (void)builder.code(numbers.value(0).toInt(), numbers.value(1), numbers.value(2).toInt());
}

} // namespace FuzzEntries
