#include "assessmentsnapshot.h"

#include "schooldocument.h"

#include <QJsonArray>

namespace Minh::Core {

QString AssessmentSnapshot::criterionText(const QString &criterion, const QString &field) const
{
    return criterionTexts.value(textKey(criterion, field));
}

QString AssessmentSnapshot::standardText(int standard, const QString &field) const
{
    return standardTexts.value(textKey(QString::number(standard), field));
}

QString AssessmentSnapshot::extraRequirementText(int requirement, const QString &field) const
{
    return extraRequirementTexts.value(textKey(QString::number(requirement), field));
}

AssessmentSnapshot AssessmentSnapshot::fromDocument(const SchoolDocument &document)
{
    AssessmentSnapshot s;
    const Framework &fw = document.framework();
    s.school = document.school();
    s.assessment = document.assessment();
    s.judgements = document.judgements();
    for (const Criterion *c : fw.criteria()) {
        for (const TextField &f : fw.regime().criterionFields) {
            s.criterionTexts.insert(textKey(c->code, f.key), document.criterionText(c->code, f.key));
        }
    }
    for (const Standard &st : fw.standards()) {
        for (const TextField &f : fw.regime().standardFields) {
            s.standardTexts.insert(textKey(QString::number(st.number), f.key), document.standardText(st.number, f.key));
        }
    }
    for (const ExtraRequirement &r : fw.extraRequirements().requirements) {
        for (const TextField &f : fw.regime().criterionFields) {
            s.extraRequirementTexts.insert(textKey(QString::number(r.number), f.key), document.extraRequirementText(r.number, f.key));
        }
    }
    s.council = document.council();
    s.evidence = document.evidence();
    s.damagedContents = document.evidenceStore().incompleteContents();
    return s;
}

namespace {

// Reads typed values out of untrusted JSON, remembering the first problem with its key path.
class JsonCursor
{
public:
    QString problem;

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isObject()) {
            note(path + key, QStringLiteral("object"));
            return {};
        }
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isArray()) {
            note(path + key, QStringLiteral("array"));
            return {};
        }
        return v.toArray();
    }
    QString string(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isString()) {
            note(path + key, QStringLiteral("string"));
            return {};
        }
        return v.toString().normalized(QString::NormalizationForm_C);
    }
    std::optional<Verdict> verdict(const QJsonValue &v, const QString &path)
    {
        if (v.isNull()) {
            return Verdict::NotJudged;
        }
        if (!v.isBool()) {
            note(path, QStringLiteral("true, false or null"));
            return std::nullopt;
        }
        return v.toBool() ? Verdict::Met : Verdict::NotMet;
    }

private:
    void note(const QString &path, const QString &expected)
    {
        if (problem.isEmpty()) {
            problem = AssessmentSnapshot::tr("“%1” should be %2.").arg(path, expected);
        }
    }
};

} // namespace

Result<AssessmentSnapshot> AssessmentSnapshot::fromJson(const QJsonObject &json, const QString &fileName)
{
    using R = Result<AssessmentSnapshot>;
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("minh-assessment")) {
        return R::failure(tr("“%1” is not a Minh assessment.").arg(fileName));
    }
    const int version = json.value(QStringLiteral("format_version")).toInt();
    if (version < 1 || version > 2) {
        return R::failure(
            tr("“%1” has format version %2, which this version of Minh cannot read.").arg(fileName).arg(version));
    }
    JsonCursor in;
    AssessmentSnapshot s;
    const QJsonObject school = in.object(json, QStringLiteral("school"), QString());
    s.school.name = in.string(school, QStringLiteral("name"), QStringLiteral("school."));
    s.school.schoolType = school.value(QStringLiteral("type")).toString();
    const QJsonObject assessment = in.object(json, QStringLiteral("assessment"), QString());
    s.assessment.schoolYear = in.string(assessment, QStringLiteral("school_year"), QStringLiteral("assessment."));
    s.assessment.rulesDate = QDate::fromString(
        in.string(assessment, QStringLiteral("rules_date"), QStringLiteral("assessment.")), Qt::ISODate);

    const QJsonObject judgements = in.object(json, QStringLiteral("judgements"), QString());
    const QJsonObject indicators = in.object(judgements, QStringLiteral("indicators"), QStringLiteral("judgements."));
    for (auto it = indicators.begin(); it != indicators.end(); ++it) {
        const auto ref = IndicatorRef::parse(it.key());
        const auto verdict = in.verdict(it.value(), QStringLiteral("judgements.indicators.") + it.key());
        if (ref && verdict) {
            s.judgements.setIndicator(*ref, *verdict);
        }
    }
    const QJsonObject extra = in.object(judgements, QStringLiteral("level4"), QStringLiteral("judgements."));
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const auto verdict = in.verdict(it.value(), QStringLiteral("judgements.level4.") + it.key());
        if (verdict && it.key().toInt() > 0) {
            s.judgements.setExtraRequirement(it.key().toInt(), *verdict);
        }
    }

    const QJsonObject texts = in.object(json, QStringLiteral("texts"), QString());
    // "level4" (the Mức 4 texts) came with schema 6; packages written before have none.
    QStringList kinds{QStringLiteral("criteria"), QStringLiteral("standards")};
    if (texts.contains(QStringLiteral("level4"))) {
        kinds.append(QStringLiteral("level4"));
    }
    for (const QString &kind : std::as_const(kinds)) {
        QHash<QString, QString> &target = kind == QStringLiteral("criteria")    ? s.criterionTexts
                                          : kind == QStringLiteral("standards") ? s.standardTexts
                                                                                : s.extraRequirementTexts;
        const QJsonObject owners = in.object(texts, kind, QStringLiteral("texts."));
        for (auto owner = owners.begin(); owner != owners.end(); ++owner) {
            const QJsonObject fields = owner.value().toObject();
            for (auto field = fields.begin(); field != fields.end(); ++field) {
                const QString text =
                    in.string(fields, field.key(), QStringLiteral("texts.%1.%2.").arg(kind, owner.key()));
                target.insert(textKey(owner.key(), field.key()), text);
            }
        }
    }

    for (const QJsonValue &v : in.array(json, QStringLiteral("council"), QString())) {
        const QJsonObject m = v.toObject();
        CouncilMember member;
        member.fullName = in.string(m, QStringLiteral("full_name"), QStringLiteral("council[]."));
        member.position = m.value(QStringLiteral("position")).toString();
        member.role = councilRoleFromKey(m.value(QStringLiteral("role")).toString()).value_or(CouncilRole::Member);
        s.council.append(member);
    }

    // Files with the same content share one number, as they share one stored content in a school file.
    QHash<QString, qint64> contentIds;
    for (const QJsonValue &v : in.array(json, QStringLiteral("evidence"), QString())) {
        const QJsonObject e = v.toObject();
        const QString path = QStringLiteral("evidence[].");
        EvidenceItem item;
        item.code = in.string(e, QStringLiteral("code"), path);
        item.title = in.string(e, QStringLiteral("title"), path);
        item.issueInfo = in.string(e, QStringLiteral("issue_info"), path);
        item.issuer = in.string(e, QStringLiteral("issuer"), path);
        item.schoolYears = in.string(e, QStringLiteral("school_years"), path);
        item.location = in.string(e, QStringLiteral("location"), path);
        item.criterionCode = in.string(e, QStringLiteral("criterion"), path);
        item.box = e.value(QStringLiteral("box")).toInt();
        item.kept = e.value(QStringLiteral("kept")).toBool();
        for (const QJsonValue &c : in.array(e, QStringLiteral("cited_by"), path)) {
            item.citedBy.append(c.toString());
        }
        for (const QJsonValue &f : in.array(e, QStringLiteral("files"), path)) {
            const QJsonObject file = f.toObject();
            EvidenceFile ef;
            ef.fileName = in.string(file, QStringLiteral("name"), path + QStringLiteral("files[]."));
            ef.sha256 = in.string(file, QStringLiteral("sha256"), path + QStringLiteral("files[]."));
            ef.size = qint64(file.value(QStringLiteral("size")).toDouble());
            ef.contentId = contentIds.value(ef.sha256, contentIds.size() + 1);
            contentIds.insert(ef.sha256, ef.contentId);
            item.files.append(ef);
        }
        s.evidence.append(item);
    }
    const QJsonValue level = json.value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("school_level"));
    if (level.isDouble()) {
        s.statedSchoolLevel = level.toInt();
    }
    if (!in.problem.isEmpty()) {
        return R::failure(tr("“%1” is malformed: %2").arg(fileName, in.problem));
    }
    return s;
}

} // namespace Minh::Core
