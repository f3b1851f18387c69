#pragma once

#include "printeddocumentrenderer.h"

#include <QString>

class QTextDocument;

namespace Minh::Core {

// Makes the ODT's table of contents a real OpenDocument index that LibreOffice and Word can
// update, instead of a table of Minh's page numbers: each listed heading gets an index mark with
// the text the contents show for it, and the table becomes a <text:table-of-content> over those
// marks whose first content is Minh's own entries and page numbers.
//
// Qt's ODT writer knows neither, so the work goes in two steps: markers in the text before Qt
// writes it, then the markers replaced in content.xml.
class OdtTableOfContents
{
public:
    explicit OdtTableOfContents(PrintedDocumentRenderer::Contents contents);

    // Puts the markers into a copy of the laid-out content of `section`.
    void mark(QTextDocument *copy, int section) const;
    // Replaces the markers in content.xml.
    QString complete(QString content) const;

private:
    QString indexXml() const;

    PrintedDocumentRenderer::Contents m_contents;
};

} // namespace Minh::Core
