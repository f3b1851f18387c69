#include "evidencejson.h"

#include "evidencehealth.h"

namespace Minh::Core {

QJsonObject EvidenceJson::item(const EvidenceItem &e)
{
    QJsonArray files;
    for (const EvidenceFile &f : e.files) {
        files.append(QJsonObject{{QStringLiteral("name"), f.fileName},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), f.sha256}});
    }
    return {{QStringLiteral("code"), e.code},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("issue_info"), e.issueInfo},
            {QStringLiteral("issuer"), e.issuer},
            {QStringLiteral("notes"), e.notes},
            {QStringLiteral("school_years"), e.schoolYears},
            {QStringLiteral("location"), e.location},
            {QStringLiteral("box"), e.box > 0 ? QJsonValue(e.box) : QJsonValue()},
            {QStringLiteral("criterion"), e.criterionCode},
            {QStringLiteral("cited_by"), QJsonArray::fromStringList(e.citedBy)},
            {QStringLiteral("kept"), e.kept},
            {QStringLiteral("files"), files}};
}

QJsonArray EvidenceJson::items(const QList<EvidenceItem> &items)
{
    QJsonArray out;
    for (const EvidenceItem &e : items) {
        out.append(item(e));
    }
    return out;
}

QJsonObject EvidenceJson::findings(const QList<HealthFinding> &findings)
{
    QJsonArray list;
    int errors = 0;
    for (const HealthFinding &f : findings) {
        const bool error = f.severity == HealthFinding::Severity::Error;
        errors += error ? 1 : 0;
        list.append(QJsonObject{{QStringLiteral("severity"), error ? QStringLiteral("error") : QStringLiteral("warning")},
                                {QStringLiteral("kind"), EvidenceHealth::kindKey(f.kind)},
                                {QStringLiteral("criterion"), f.criterion},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("message"), f.message}});
    }
    return {{QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), int(findings.size()) - errors},
            {QStringLiteral("findings"), list}};
}

} // namespace Minh::Core
