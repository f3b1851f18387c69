#pragma once

#include <QSyntaxHighlighter>

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// Shows the evidence codes in a text the council writes: a code of an existing item looks like a
// link, a code of no item gets a red wavy underline. The text itself stays plain, so spelling
// and typing work as in any editor.
class CitationHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    CitationHighlighter(const Core::SchoolDocument *document, QTextDocument *parent);

protected:
    void highlightBlock(const QString &text) override;

private:
    const Core::SchoolDocument *m_document;
};

} // namespace Minh::Gui
