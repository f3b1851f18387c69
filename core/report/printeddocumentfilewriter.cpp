#include "printeddocumentfilewriter.h"

#include "odtreportwriter.h"
#include "pdfreportwriter.h"

#include <QDir>
#include <QFileInfo>

namespace Minh::Core {

PrintedDocumentFileWriter::Format PrintedDocumentFileWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("odt")) {
        return Format::Odt;
    }
    return Format::Unknown;
}

bool PrintedDocumentFileWriter::write(const PrintedDocument &document, const QString &path,
                                      const PrintedDocumentRenderer::Progress &progress)
{
    m_error.clear();
    m_cancelled = false;
    m_pageCount = 0;
    switch (formatOf(path)) {
    case Format::Pdf: {
        PdfReportWriter writer;
        const bool ok = writer.write(document, path, progress);
        m_error = writer.errorString();
        m_cancelled = writer.wasCancelled();
        m_pageCount = writer.pageCount();
        return ok;
    }
    case Format::Odt: {
        if (progress && !progress(0, 1)) {
            m_cancelled = true;
            m_error = tr("Cancelled.");
            return false;
        }
        OdtReportWriter writer;
        const bool ok = writer.write(document, path);
        m_error = writer.errorString();
        if (ok && progress) {
            progress(1, 1);
        }
        return ok;
    }
    case Format::Unknown:
        break;
    }
    m_error = tr("Cannot write %1: the file name must end in .pdf or .odt.").arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace Minh::Core
