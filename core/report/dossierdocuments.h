#pragma once

#include "package/completenesscheck.h"
#include "package/packagedocuments.h"

#include <QCoreApplication>
#include <QString>

namespace Minh::Core {

class SchoolDocument;

// What the printed documents contribute to the signed dossier: the PDFs the exporter streams
// into "documents/", and the completeness checks that need the documents' own data (the council
// decision, the registration letter, whether every document can be built).
class DossierDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::DossierDocuments)

public:
    // Every document of the registry, in its order, as "01-report.pdf", "02-criterion-forms.pdf" …
    // (stable names, the same in every language). Each writer opens the school file read-only in
    // the thread that calls it, because the exporter may run on a worker and an SQL connection
    // belongs to the thread that made it.
    static PackageDocuments forSchoolFile(const QString &schoolFilePath);
    static CompletenessHooks hooks(const SchoolDocument &document);
    // Empty when every document of the registry builds; otherwise the first failure.
    static QString buildProblem(const SchoolDocument &document);
};

} // namespace Minh::Core
