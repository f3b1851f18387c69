#include "citationparser.h"

#include <QStringView>

#include <algorithm>

namespace Minh::Core {

namespace {

// Functions rather than global strings: a parser may be built while other globals initialise.

// Horizontal white space only: a code never runs across a line break. \p{Zs} takes in the
// no-break and narrow spaces word processors put into pasted reports.
QString spacePattern()
{
    return QStringLiteral("[\\t\\p{Zs}]");
}

// What people type between the parts of a code; Word's autocorrect turns " - " into an en dash.
QString separatorCharPattern()
{
    return QStringLiteral("[._/\\-\\x{2010}-\\x{2013}\\x{2212}]");
}

// Possessive quantifiers everywhere: a failed attempt gives nothing back, so a long run of spaces
// or separators costs one pass instead of a backtracking search.
QString separatorPattern()
{
    const QString space = spacePattern();
    return QStringLiteral("(?:") + space + QStringLiteral("*+") + separatorCharPattern() + space +
           QStringLiteral("*+|") + space + QStringLiteral("++)");
}

enum class Part
{
    Word,
    Field
};

struct FormatPart
{
    Part kind = Part::Word;
    QString text;                 // the literal letters, or the field's name
    bool separatedBefore = false; // the format has punctuation or space between this part and the last
};

bool isHorizontalSpace(QChar c)
{
    return c == u'\t' || c.category() == QChar::Separator_Space;
}

bool isOpenBracket(QChar c)
{
    return c == u'[' || c == u'(';
}

bool isCloseBracket(QChar c)
{
    return c == u']' || c == u')';
}

bool isBracketPair(QChar open, QChar close)
{
    return (open == u'[' && close == u']') || (open == u'(' && close == u')');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// PCRE2 refuses a subject with invalid UTF-16 and would then find no code at all, not even before
// the bad spot. Same length, so every offset still points into the caller's text.
QString withoutLoneSurrogates(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

// Splits a format such as "H{box}-{standard}.{criterion}-{sequence:02}" into letters and fields.
// Returns nothing for a format EvidenceCodeFormat would not fill in completely: an unknown or
// repeated placeholder, a stray brace, or no {standard}, {criterion} or {sequence}.
std::optional<QList<FormatPart>> splitFormat(const QString &format)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{(?:(box|standard|criterion)|(sequence)(?::0\\d)?)\\}|\\{[^{}]*\\}"));
    QList<FormatPart> parts;
    bool separated = false;
    auto addLiteral = [&](QStringView literal) {
        for (const QChar c : literal) {
            if (!isWordChar(c)) {
                separated = true;
            } else if (!parts.isEmpty() && parts.constLast().kind == Part::Word && !separated) {
                parts.last().text += c;
            } else {
                parts.append({Part::Word, QString(c), separated});
                separated = false;
            }
        }
        return !literal.contains(u'{') && !literal.contains(u'}');
    };
    auto hasField = [&](const QString &name) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [&](const FormatPart &p) { return p.kind == Part::Field && p.text == name; });
    };
    qsizetype pos = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(format)) {
        const QString name = m.captured(1) + m.captured(2);
        if (!addLiteral(QStringView(format).mid(pos, m.capturedStart() - pos)) || name.isEmpty() || hasField(name))
            return std::nullopt;
        parts.append({Part::Field, name, separated});
        separated = false;
        pos = m.capturedEnd();
    }
    if (!addLiteral(QStringView(format).mid(pos)))
        return std::nullopt;
    for (const QString &required :
         {QStringLiteral("standard"), QStringLiteral("criterion"), QStringLiteral("sequence")}) {
        if (!hasField(required))
            return std::nullopt;
    }
    return parts;
}

QString partPattern(const FormatPart &part)
{
    if (part.kind == Part::Word)
        return QRegularExpression::escape(part.text);
    return QStringLiteral("(?<") + part.text + QStringLiteral(">[0-9]{1,3}+)");
}

// Two numbers need a separator even where the format has none, or "H11110" would be a code. Next
// to letters the separator may be left out ("MC1.1.01") or be spaces only ("H 1").
QString gapPattern(const FormatPart &before, const FormatPart &after)
{
    if (before.kind == Part::Field && after.kind == Part::Field)
        return separatorPattern();
    if (after.separatedBefore)
        return separatorPattern() + QStringLiteral("?+");
    return spacePattern() + QStringLiteral("*+");
}

QString codePattern(const QList<FormatPart> &parts)
{
    // Not inside a word ("THCS1.1.01", "AH1-1.1-01") and not the head of a longer code or number.
    QString pattern = QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}])");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            pattern += gapPattern(parts.at(i - 1), parts.at(i));
        pattern += partPattern(parts.at(i));
    }
    return pattern + QStringLiteral("(?![\\p{L}\\p{M}\\p{N}]|") + separatorCharPattern() + QStringLiteral("[0-9])");
}

// Between two codes of one group: "; ", ", " or spaces, nothing else (no bracket, no word).
bool isListGap(QStringView gap)
{
    return std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u';' || c == u',' || isHorizontalSpace(c); });
}

} // namespace

struct CitationParser::Found
{
    Citation citation;
    bool ownBrackets = false; // a rename writes the canonical code with the format's brackets
};

QString EvidenceCode::criterionCode() const
{
    return QString::number(standard) + u'.' + QString::number(criterion);
}

CitationParser::CitationParser(const QString &codeFormat)
    : m_format(codeFormat)
{
    QString body = codeFormat.trimmed();
    if (body.size() >= 2 && isBracketPair(body.front(), body.back())) {
        m_open = body.front();
        m_close = body.back();
        body = body.mid(1, body.size() - 2);
    }
    const auto parts = splitFormat(body);
    if (!parts)
        return;
    m_hasBox = std::any_of(parts->cbegin(), parts->cend(), [](const FormatPart &p) {
        return p.kind == Part::Field && p.text == QStringLiteral("box");
    });
    m_code.setPattern(codePattern(*parts));
    m_code.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    m_code.optimize();
    m_valid = m_code.isValid();
    // The recogniser only knows letters, digits and a few separators; a format with other
    // punctuation (found by fuzzing: "<{standard}|{criterion}/{sequence:03}>") would write codes
    // it cannot find again, so citations and renumbering would silently miss them. Such a format
    // is not valid: every code it writes must read back as the same numbers.
    for (const EvidenceCode &sample : {EvidenceCode{2, 3, 12, 7}, EvidenceCode{1, 1, 1, 1}, EvidenceCode{9, 10, 99, 105}}) {
        EvidenceCode expected = sample;
        expected.box = m_hasBox ? sample.box : 0;
        if (!m_valid || parseCode(format(expected)) != expected) {
            m_valid = false;
            return;
        }
    }
}

std::optional<EvidenceCode> CitationParser::codeAt(const QRegularExpressionMatch &match) const
{
    auto number = [&](QStringView name) { return match.capturedView(name).toInt(); };
    EvidenceCode code;
    code.box = m_hasBox ? number(u"box") : 0;
    code.standard = number(u"standard");
    code.criterion = number(u"criterion");
    code.sequence = number(u"sequence");
    // Numbering starts at 1 everywhere; "H0" or "MC.1.0.01" is a typo, not a code.
    if ((m_hasBox && code.box < 1) || code.standard < 1 || code.criterion < 1 || code.sequence < 1)
        return std::nullopt;
    return code;
}

QList<CitationParser::Found> CitationParser::scan(const QString &text) const
{
    if (!m_valid)
        return {};
    const QString subject = withoutLoneSurrogates(text);
    QList<Found> found;
    // The subject is valid UTF-16 now; PCRE2's own check would rerun over the rest of the text on
    // every match of the iteration, which is quadratic in a long report.
    auto it = m_code.globalMatch(subject, 0, QRegularExpression::NormalMatch,
                                 QRegularExpression::DontCheckSubjectStringMatchOption);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto code = codeAt(m);
        if (!code)
            continue;
        Found f;
        f.citation = {m.capturedStart(), m.capturedLength(), *code, format(*code)};
        found.append(f);
    }

    // Decide every link on the codes as matched, before any span grows over its brackets.
    const QStringView view(subject);
    QList<bool> linkedToNext(found.size(), false);
    for (qsizetype i = 0; i + 1 < found.size(); ++i) {
        const qsizetype end = found.at(i).citation.start + found.at(i).citation.length;
        linkedToNext[i] = isListGap(view.mid(end, found.at(i + 1).citation.start - end));
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (m_open.isNull() || linkedToNext.at(i) || (i > 0 && linkedToNext.at(i - 1)))
            continue;
        Citation &c = found[i].citation;
        qsizetype open = c.start;
        while (open > 0 && isHorizontalSpace(view.at(open - 1)))
            --open;
        qsizetype close = c.start + c.length;
        while (close < view.size() && isHorizontalSpace(view.at(close)))
            ++close;
        const bool hasOpen = open > 0 && isOpenBracket(view.at(open - 1));
        const bool hasClose = close < view.size() && isCloseBracket(view.at(close));
        if (hasOpen && hasClose) {
            c.start = open - 1;
            c.length = close + 1 - c.start;
        }
        // A code with a bracket on one side only belongs to a longer bracketed phrase.
        found[i].ownBrackets = hasOpen == hasClose;
    }
    return found;
}

QList<Citation> CitationParser::parse(const QString &text) const
{
    QList<Citation> citations;
    const QList<Found> found = scan(text);
    citations.reserve(found.size());
    for (const Found &f : found)
        citations.append(f.citation);
    return citations;
}

std::optional<EvidenceCode> CitationParser::parseCode(const QString &code) const
{
    if (!m_valid)
        return std::nullopt;
    QString s = withoutLoneSurrogates(code).trimmed();
    if (s.size() >= 2 && isBracketPair(s.front(), s.back()))
        s = s.mid(1, s.size() - 2).trimmed();
    const QRegularExpressionMatch m = m_code.match(s, 0, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption |
                                                       QRegularExpression::DontCheckSubjectStringMatchOption);
    if (!m.hasMatch() || m.capturedLength() != s.size())
        return std::nullopt;
    return codeAt(m);
}

QString CitationParser::format(const EvidenceCode &code) const
{
    return m_format.code(code.box, code.criterionCode(), code.sequence);
}

QString CitationParser::withoutBrackets(const QString &canonical) const
{
    if (!m_open.isNull() && canonical.size() >= 2 && canonical.front() == m_open && canonical.back() == m_close)
        return canonical.mid(1, canonical.size() - 2);
    return canonical;
}

QString CitationParser::rewrite(const QString &text, const QHash<QString, QString> &renames) const
{
    if (renames.isEmpty())
        return text;
    // Keys and values are meant to be canonical; normalising them costs little and forgives "H1-1.1-01".
    auto canonical = [this](const QString &code) {
        const auto parsed = parseCode(code);
        return parsed ? format(*parsed) : code;
    };
    QHash<QString, QString> targets;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it)
        targets.insert(canonical(it.key()), canonical(it.value()));

    // One pass over the original text: a new code is never looked up again, so A→B, B→C gives
    // B and C, not C and C.
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const Found &f : scan(text)) {
        const auto target = targets.constFind(f.citation.normalized);
        if (target == targets.cend())
            continue;
        out += QStringView(text).mid(pos, f.citation.start - pos);
        out += f.ownBrackets ? *target : withoutBrackets(*target);
        pos = f.citation.start + f.citation.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace Minh::Core
