#pragma once

#include "printeddocument.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Minh::Core {

class OdtTableOfContents;
class PrintedDocumentRenderer;

// Writes a PrintedDocument as an OpenDocument text (ODT) with the same content as the PDF, so that
// the school can make final edits in LibreOffice or Word. Sections follow each other with page
// breaks on master pages of their orientation, numbered in the header as in the PDF; the table of
// contents is an index the word processor updates, first filled with Minh's own page numbers.
// Written through QSaveFile: no partial file.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::OdtReportWriter)

public:
    [[nodiscard]] bool write(const PrintedDocument &document, const QString &path);
    QString errorString() const { return m_error; }

private:
    // The laid-out sections joined into one document, with the markers that complete() replaces.
    static std::unique_ptr<QTextDocument> merged(const PrintedDocument &document,
                                                 const PrintedDocumentRenderer &renderer,
                                                 const OdtTableOfContents &contents);
    static std::optional<QByteArray> complete(const QByteArray &odt, const OdtTableOfContents &contents);

    QString m_error;
};

} // namespace Minh::Core
