#include "citationhighlighter.h"

#include "document/schooldocument.h"
#include "evidence/citationparser.h"

namespace Minh::Gui {

CitationHighlighter::CitationHighlighter(const Core::SchoolDocument *document, QTextDocument *parent)
    : QSyntaxHighlighter(parent)
    , m_document(document)
{}

void CitationHighlighter::highlightBlock(const QString &text)
{
    if (!m_document || !m_document->isOpen()) {
        return;
    }
    // A parser per block is cheap (one regular expression) and keeps no stale format around.
    const Core::CitationParser parser(m_document->framework().regime().evidence.codeFormat);
    for (const Core::Citation &citation : parser.parse(text)) {
        QTextCharFormat format;
        if (m_document->evidenceItem(citation.normalized)) {
            format.setForeground(QColor(0x1a, 0x5f, 0xb4));
            format.setFontUnderline(true);
        } else {
            format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
        }
        setFormat(int(citation.start), int(citation.length), format);
    }
}

} // namespace Minh::Gui
