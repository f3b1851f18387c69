#include "printeddocumentregistry.h"

#include "councildecisionbuilder.h"
#include "criterionformsbuilder.h"
#include "evidencelistbuilder.h"
#include "outlinebuilder.h"
#include "registrationletterbuilder.h"
#include "selfassessmentplanbuilder.h"

namespace Minh::Core {

namespace {

// A builder whose document always exists.
template<typename Builder>
PrintedDocumentRegistry::Builder form()
{
    return [](const SchoolDocument &document) { return Result<PrintedDocument>(Builder::build(document)); };
}

// A document of the regime's outlines (framework data).
PrintedDocumentRegistry::Builder outline(const QString &documentId)
{
    return [documentId](const SchoolDocument &document) { return OutlineBuilder(document).build(documentId); };
}

} // namespace

const QList<PrintedDocumentRegistry::Entry> &PrintedDocumentRegistry::entries()
{
    static const QList<Entry> table{
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "Self-assessment report"),
         outline(QStringLiteral("report"))},
        {QStringLiteral("criterion-forms"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "Criterion assessment forms"),
         form<CriterionFormsBuilder>()},
        {QStringLiteral("evidence-list"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "List of evidence codes"),
         form<EvidenceListBuilder>()},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "Improvement plan"),
         outline(QStringLiteral("plan"))},
        {QStringLiteral("self-assessment-plan"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "Self-assessment plan"),
         form<SelfAssessmentPlanBuilder>()},
        {QStringLiteral("council-decision"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "Decision establishing the council"),
         form<CouncilDecisionBuilder>()},
        {QStringLiteral("registration-letter"), QT_TRANSLATE_NOOP("Minh::Core::PrintedDocumentRegistry", "Registration letter"),
         form<RegistrationLetterBuilder>()},
    };
    return table;
}

QStringList PrintedDocumentRegistry::names()
{
    QStringList result;
    for (const Entry &entry : entries()) {
        result.append(entry.name);
    }
    return result;
}

QString PrintedDocumentRegistry::displayName(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name) {
            return tr(entry.title);
        }
    }
    return name;
}

Result<PrintedDocument> PrintedDocumentRegistry::build(const QString &name, const SchoolDocument &document)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name) {
            return entry.build(document);
        }
    }
    return Result<PrintedDocument>::failure(
        tr("Unknown document “%1”. Minh prints: %2.").arg(name, names().join(QStringLiteral(", "))));
}

} // namespace Minh::Core
