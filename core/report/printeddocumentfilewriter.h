#pragma once

#include "printeddocument.h"
#include "printeddocumentrenderer.h"

#include <QCoreApplication>
#include <QString>

namespace Minh::Core {

// Writes a PrintedDocument to a file whose suffix chooses the format: .pdf (PdfReportWriter) or
// .odt (OdtReportWriter). Progress is in pages for PDF; the ODT is written in one step.
class PrintedDocumentFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PrintedDocumentFileWriter)

public:
    enum class Format
    {
        Pdf,
        Odt,
        Unknown
    };
    static Format formatOf(const QString &path);

    [[nodiscard]] bool write(const PrintedDocument &document, const QString &path,
                             const PrintedDocumentRenderer::Progress &progress = {});
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }

private:
    QString m_error;
    bool m_cancelled = false;
    int m_pageCount = 0;
};

} // namespace Minh::Core
