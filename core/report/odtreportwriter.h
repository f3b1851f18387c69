#pragma once

#include "printeddocument.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Minh::Core {

// Writes a PrintedDocument as an OpenDocument text (ODT) with the same content as the PDF, so that
// the school can make final edits in LibreOffice or Word. Sections follow each other with page
// breaks; the table of contents carries the page numbers of Minh's own layout. Written through
// QSaveFile: no partial file.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::OdtReportWriter)

public:
    [[nodiscard]] bool write(const PrintedDocument &document, const QString &path);
    QString errorString() const { return m_error; }

    // The sections laid out and joined into one document, as written to the ODT.
    static std::unique_ptr<QTextDocument> merged(const PrintedDocument &document);

private:
    static std::optional<QByteArray> complete(const QByteArray &odt);

    QString m_error;
};

} // namespace Minh::Core
