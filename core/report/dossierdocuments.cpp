#include "dossierdocuments.h"

#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "pdfreportwriter.h"
#include "printeddocumentregistry.h"

#include <QIODevice>

namespace Minh::Core {

PackageDocuments DossierDocuments::forSchoolFile(const QString &schoolFilePath)
{
    PackageDocuments documents;
    const QStringList names = PrintedDocumentRegistry::names();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        PackageDocument entry;
        entry.fileName = QStringLiteral("%1-%2.pdf").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name);
        entry.writePdf = [schoolFilePath, name](QIODevice *out, QString *error) {
            SchoolDocument school;
            if (!school.open(schoolFilePath, SchoolFile::Access::ReadOnly)) {
                *error = school.errorString();
                return false;
            }
            const Result<PrintedDocument> built = PrintedDocumentRegistry::build(name, school);
            if (!built) {
                *error = built.error();
                return false;
            }
            PdfReportWriter writer;
            if (!writer.writeTo(*built, out)) {
                *error = tr("The document “%1” cannot be printed: %2")
                             .arg(PrintedDocumentRegistry::displayName(name), writer.errorString());
                return false;
            }
            return true;
        };
        documents.append(entry);
    }
    return documents;
}

CompletenessHooks DossierDocuments::hooks(const SchoolDocument &document)
{
    CompletenessHooks hooks;
    const SchoolDocument *school = &document;
    hooks.councilDecisionPresent = [school] {
        const QString decision = DocumentSettings::councilDecision();
        return !school->documentSetting(decision, QStringLiteral("number")).trimmed().isEmpty() &&
               !school->documentSetting(decision, QStringLiteral("issued_on")).trimmed().isEmpty();
    };
    hooks.registrationLetterFilled = [school] {
        const QString letter = DocumentSettings::registrationLetter();
        return DocumentSettings::kinds().contains(school->documentSetting(letter, QStringLiteral("kind"))) &&
               !school->documentSetting(letter, QStringLiteral("addressee")).trimmed().isEmpty() &&
               !school->documentSetting(letter, QStringLiteral("issued_on")).trimmed().isEmpty();
    };
    hooks.documentsGenerate = [school] { return buildProblem(*school); };
    return hooks;
}

QString DossierDocuments::buildProblem(const SchoolDocument &document)
{
    for (const QString &name : PrintedDocumentRegistry::names()) {
        const Result<PrintedDocument> built = PrintedDocumentRegistry::build(name, document);
        if (!built) {
            return tr("The document “%1” cannot be made: %2")
                .arg(PrintedDocumentRegistry::displayName(name), built.error());
        }
    }
    return {};
}

} // namespace Minh::Core
