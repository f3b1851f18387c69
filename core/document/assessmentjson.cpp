#include "assessmentjson.h"

#include "evaluation/evaluationjson.h"
#include "evidence/evidencejson.h"
#include "schooldocument.h"

#include <QJsonArray>

namespace Minh::Core {

namespace {

QJsonValue verdictJson(Verdict v)
{
    return v == Verdict::NotJudged ? QJsonValue() : QJsonValue(v == Verdict::Met);
}

QJsonObject frameworkJson(const Framework &fw)
{
    return {{QStringLiteral("id"), fw.id()},
            {QStringLiteral("circular"), fw.circular()},
            {QStringLiteral("title"), fw.title()},
            {QStringLiteral("regime"), fw.regime().id},
            {QStringLiteral("sha256"), fw.sha256()},
            {QStringLiteral("verified"), fw.provenance().verified}};
}

QJsonObject judgementsJson(const SchoolDocument &doc)
{
    const Framework &fw = doc.framework();
    QJsonObject indicators;
    for (const Criterion *c : fw.criteria()) {
        for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
            for (const Indicator &i : fw.indicatorsInForce(*c, level, doc.assessment().rulesDate)) {
                const IndicatorRef ref{c->code, level, i.key()};
                indicators.insert(ref.toString(), verdictJson(doc.judgements().indicator(ref)));
            }
        }
    }
    QJsonObject extra;
    for (const ExtraRequirement &r : fw.extraRequirements().requirements) {
        extra.insert(QString::number(r.number), verdictJson(doc.judgements().extraRequirement(r.number)));
    }
    return {{QStringLiteral("indicators"), indicators}, {QStringLiteral("level4"), extra}};
}

QJsonObject textsJson(const SchoolDocument &doc)
{
    const Framework &fw = doc.framework();
    QJsonObject criteria;
    for (const Criterion *c : fw.criteria()) {
        QJsonObject fields;
        for (const TextField &f : fw.regime().criterionFields) {
            fields.insert(f.key, doc.criterionText(c->code, f.key));
        }
        criteria.insert(c->code, fields);
    }
    QJsonObject standards;
    for (const Standard &s : fw.standards()) {
        QJsonObject fields;
        for (const TextField &f : fw.regime().standardFields) {
            fields.insert(f.key, doc.standardText(s.number, f.key));
        }
        standards.insert(QString::number(s.number), fields);
    }
    QJsonObject level4;
    for (const ExtraRequirement &r : fw.extraRequirements().requirements) {
        QJsonObject fields;
        for (const TextField &f : fw.regime().criterionFields) {
            fields.insert(f.key, doc.extraRequirementText(r.number, f.key));
        }
        level4.insert(QString::number(r.number), fields);
    }
    return {{QStringLiteral("criteria"), criteria}, {QStringLiteral("standards"), standards}, {QStringLiteral("level4"), level4}};
}

QJsonArray councilJson(const SchoolDocument &doc)
{
    QJsonArray out;
    for (const CouncilMember &m : doc.council()) {
        out.append(QJsonObject{{QStringLiteral("full_name"), m.fullName},
                               {QStringLiteral("position"), m.position},
                               {QStringLiteral("role"), councilRoleKey(m.role)},
                               {QStringLiteral("duty"), m.duty},
                               {QStringLiteral("working_group"), m.workingGroup},
                               {QStringLiteral("criteria"), QJsonArray::fromStringList(m.criteria)}});
    }
    return out;
}

QJsonArray planJson(const SchoolDocument &doc)
{
    QJsonArray out;
    for (const PlanItem &p : doc.plan()) {
        out.append(QJsonObject{{QStringLiteral("criterion"), p.criterionCode},
                               {QStringLiteral("standard"), p.standardNumber > 0 ? QJsonValue(p.standardNumber) : QJsonValue()},
                               {QStringLiteral("content"), p.content},
                               {QStringLiteral("goal"), p.goal},
                               {QStringLiteral("actions"), p.actions},
                               {QStringLiteral("success_indicators"), p.successIndicators},
                               {QStringLiteral("timeline"), p.timeline},
                               {QStringLiteral("owner"), p.owner},
                               {QStringLiteral("resources"), p.resources},
                               {QStringLiteral("expected_evidence"), p.expectedEvidence},
                               {QStringLiteral("progress"), p.progress}});
    }
    return out;
}

} // namespace

QJsonObject AssessmentJson::toJson(const SchoolDocument &doc)
{
    const SchoolInfo &s = doc.school();
    return {{QStringLiteral("format"), QStringLiteral("minh-assessment")},
            {QStringLiteral("format_version"), FormatVersion},
            {QStringLiteral("school"),
             QJsonObject{{QStringLiteral("name"), s.name},
                         {QStringLiteral("type"), s.schoolType},
                         {QStringLiteral("address"), s.address},
                         {QStringLiteral("managing_authority"), s.managingAuthority},
                         {QStringLiteral("principal"), s.principal},
                         {QStringLiteral("phone"), s.phone},
                         {QStringLiteral("email"), s.email},
                         {QStringLiteral("website"), s.website}}},
            {QStringLiteral("assessment"),
             QJsonObject{{QStringLiteral("school_year"), doc.assessment().schoolYear},
                         {QStringLiteral("rules_date"), doc.assessment().rulesDate.toString(Qt::ISODate)},
                         {QStringLiteral("created_at"), doc.assessment().createdAt}}},
            {QStringLiteral("framework"), frameworkJson(doc.framework())},
            {QStringLiteral("judgements"), judgementsJson(doc)},
            {QStringLiteral("texts"), textsJson(doc)},
            {QStringLiteral("council"), councilJson(doc)},
            {QStringLiteral("plan"), planJson(doc)},
            {QStringLiteral("evidence"), EvidenceJson::items(doc.evidence())},
            {QStringLiteral("evaluation"), EvaluationJson::toJson(doc.evaluate())}};
}

} // namespace Minh::Core
