#pragma once

#include "documentcomposer.h"
#include "evaluation/evaluation.h"
#include "formcontext.h"
#include "framework/documentoutline.h"
#include "printeddocument.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

namespace Minh::Core {

class SchoolDocument;

// Builds a printed document of the framework's regime (the self-assessment report, the improvement
// plan) by walking its outline (framework data) and filling each part's block from the school
// file: judgements, levels computed by LevelEngine, the council's texts, evidence, plan, council
// and school data. What the blocks say comes from the outline's wording; C++ only arranges it.
class OutlineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::OutlineBuilder)

public:
    explicit OutlineBuilder(const SchoolDocument &document);

    Result<PrintedDocument> build(const QString &documentId);

private:
    void startSection(const OutlinePart &part);
    DocumentComposer &composer() { return *m_composer; }
    void part(const OutlinePart &part, int level);
    void heading(const OutlinePart &part, int level);
    void subheading(const QString &text);
    void paragraphs(const QString &text);

    // outlinebuilder.cpp
    void cover(const OutlinePart &part);
    void councilList(const OutlinePart &part);
    void contents(const OutlinePart &part);
    void fixedTable(const OutlinePart &part);
    void schoolText(const OutlinePart &part);
    void schoolLevel(const OutlinePart &part);
    void signature(const OutlinePart &part);
    void documentHeader(const OutlinePart &part);
    void followUp(const OutlinePart &part);
    // outlineresults.cpp
    void resultsSummary(const OutlinePart &part, int standard = 0);
    void extraSummary(const OutlinePart &part);
    void standardCounts(const OutlinePart &part);
    // outlinecriteria.cpp
    void standards(const OutlinePart &part, int level);
    void indicatorTableCriterion(const OutlinePart &part, const struct Criterion &criterion, int level);
    void levelTableCriterion(const OutlinePart &part, const struct Criterion &criterion, int level);
    void standardClosing(const OutlinePart &part, const struct Standard &standard, int level);
    void extraRequirements(const OutlinePart &part, int level);
    // outlinedata.cpp
    void schoolInfo(const OutlinePart &part);
    void schoolData(const OutlinePart &part);
    void evidenceList(const OutlinePart &part);
    void planIssues(const OutlinePart &part);
    void planTable(const OutlinePart &part);

    int criterionLevel(const QString &code) const;
    QString place() const;
    QString figure(const QString &schoolYear, const QString &keys) const;

    const SchoolDocument &m_document;
    FormContext m_context;
    Evaluation m_evaluation;
    QString m_documentId;
    PrintedDocument m_result;
    std::unique_ptr<DocumentComposer> m_composer;
    PrintedSection *m_section = nullptr;
};

} // namespace Minh::Core
