#pragma once

#include "evidencecodeformat.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Minh::Core {

// The numbers an evidence code carries. box stays 0 when the framework's format has no {box}.
struct EvidenceCode
{
    int box = 0;
    int standard = 0;
    int criterion = 0;
    int sequence = 0;

    QString criterionCode() const; // "1.10"

    friend bool operator==(const EvidenceCode &, const EvidenceCode &) = default;
};

// One code found in free text. start/length cover the code as written: with its own brackets when
// it stands alone, without the shared brackets when it is one of several codes in one bracket.
struct Citation
{
    qsizetype start = 0;
    qsizetype length = 0;
    EvidenceCode code;
    QString normalized; // canonical, as EvidenceCodeFormat writes it
};

// Finds evidence codes in the texts a council writes, in the spellings real reports use (missing
// brackets, other separators, lower case, several codes in one bracket), and renames them.
// The recogniser is derived from the framework's code format, which is data.
class CitationParser
{
public:
    explicit CitationParser(const QString &codeFormat);

    // False when the format lacks {standard}, {criterion} or {sequence}, repeats a placeholder,
    // has one EvidenceCodeFormat does not know, or writes codes that it cannot read back (other
    // punctuation than . - _ / between the parts); such a parser finds nothing.
    bool isValid() const { return m_valid; }

    QList<Citation> parse(const QString &text) const;
    std::optional<EvidenceCode> parseCode(const QString &code) const;
    QString format(const EvidenceCode &code) const;
    QString rewrite(const QString &text, const QHash<QString, QString> &renames) const;

private:
    struct Found;

    QList<Found> scan(const QString &text) const;
    std::optional<EvidenceCode> codeAt(const QRegularExpressionMatch &match) const;
    QString withoutBrackets(const QString &canonical) const;

    EvidenceCodeFormat m_format;
    QRegularExpression m_code;
    QChar m_open; // the format's own enclosing brackets, null when it has none
    QChar m_close;
    bool m_hasBox = false;
    bool m_valid = false;
};

} // namespace Minh::Core
