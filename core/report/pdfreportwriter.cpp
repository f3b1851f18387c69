#include "pdfreportwriter.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace Minh::Core {

bool PdfReportWriter::write(const PrintedDocument &document, const QString &path, const Progress &progress)
{
    m_error.clear();
    m_cancelled = false;
    m_pageCount = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!writeTo(document, &file, progress)) {
        if (!m_cancelled) {
            m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_error);
        }
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool PdfReportWriter::writeTo(const PrintedDocument &document, QIODevice *device, const Progress &progress)
{
    m_error.clear();
    m_cancelled = false;
    m_pageCount = 0;
    QPdfWriter pdf(device);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Minh"));
    // 600 dpi keeps the positions exact enough for print and the layout quick.
    pdf.setResolution(600);
    PrintedDocumentRenderer renderer(document);
    if (!renderer.render(&pdf, progress)) {
        m_cancelled = renderer.wasCancelled();
        m_error = renderer.errorString();
        return false;
    }
    m_pageCount = renderer.pageCount();
    return true;
}

} // namespace Minh::Core
