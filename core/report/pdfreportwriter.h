#pragma once

#include "printeddocument.h"
#include "printeddocumentrenderer.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Minh::Core {

// Writes a PrintedDocument as a PDF file: real text with the fonts embedded (QPdfWriter embeds
// the subset of the TrueType font it used). The file appears only when complete: a failed or
// cancelled write leaves the previous file, or none.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PdfReportWriter)

public:
    using Progress = PrintedDocumentRenderer::Progress;

    [[nodiscard]] bool write(const PrintedDocument &document, const QString &path, const Progress &progress = {});
    // Writes the PDF into an open device (the signed dossier streams it into its ZIP).
    [[nodiscard]] bool writeTo(const PrintedDocument &document, QIODevice *device, const Progress &progress = {});
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }

private:
    QString m_error;
    bool m_cancelled = false;
    int m_pageCount = 0;
};

} // namespace Minh::Core
