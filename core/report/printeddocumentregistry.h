#pragma once

#include "printeddocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Minh::Core {

class SchoolDocument;

// The printed documents Minh makes, by the names the command line and the GUI use ("report",
// "criterion-forms", "plan" …), each with its builder. Adding a document is one line in the table.
class PrintedDocumentRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PrintedDocumentRegistry)

public:
    using Builder = std::function<Result<PrintedDocument>(const SchoolDocument &)>;
    struct Entry
    {
        QString name;
        const char *title; // QT_TRANSLATE_NOOP in the table; shown through displayName()
        Builder build;
    };

    static const QList<Entry> &entries();
    static QStringList names();
    static QString displayName(const QString &name);
    // Builds the document; an unknown name gives an error listing the known ones.
    static Result<PrintedDocument> build(const QString &name, const SchoolDocument &document);
};

} // namespace Minh::Core
