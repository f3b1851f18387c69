#include "evaluationjson.h"

#include <QJsonArray>

namespace Minh::Core {

namespace {

QJsonArray refs(const QList<IndicatorRef> &indicators)
{
    QJsonArray out;
    for (const IndicatorRef &ref : indicators) {
        out.append(ref.toString());
    }
    return out;
}

QJsonObject shortfallJson(const CriterionShortfall &s)
{
    return {{QStringLiteral("criterion"), s.criterion},
            {QStringLiteral("required_level"), s.requiredLevel},
            {QStringLiteral("indicators"), refs(s.indicators)}};
}

QJsonObject reasonJson(const BlockingReason &reason)
{
    switch (reason.kind) {
    case BlockingReason::Kind::Criterion: {
        QJsonObject o = shortfallJson(reason.shortfall);
        o.insert(QStringLiteral("type"), QStringLiteral("criterion"));
        return o;
    }
    case BlockingReason::Kind::Threshold: {
        QJsonArray criteria;
        for (const CriterionShortfall &s : reason.shortfalls) {
            criteria.append(shortfallJson(s));
        }
        return {{QStringLiteral("type"), QStringLiteral("threshold")},
                {QStringLiteral("criteria_set"), reason.criteriaSet},
                {QStringLiteral("required_level"), reason.requiredLevel},
                {QStringLiteral("at_least"), reason.atLeast},
                {QStringLiteral("reached"), reason.reached},
                {QStringLiteral("criteria"), criteria}};
    }
    case BlockingReason::Kind::ExtraRequirements: {
        QJsonArray numbers;
        for (int n : reason.requirements) {
            numbers.append(n);
        }
        return {{QStringLiteral("type"), QStringLiteral("extra_requirements")},
                {QStringLiteral("level"), reason.requiredLevel},
                {QStringLiteral("requirements"), numbers}};
    }
    case BlockingReason::Kind::LowerLevel:
        return {{QStringLiteral("type"), QStringLiteral("lower_level")},
                {QStringLiteral("required_level"), reason.requiredLevel}};
    }
    return {};
}

} // namespace

QJsonObject EvaluationJson::toJson(const Evaluation &evaluation)
{
    QJsonObject criteria;
    for (const CriterionResult &c : evaluation.criteria) {
        criteria.insert(c.code, c.level);
    }
    QJsonObject standards;
    for (auto it = evaluation.standards.cbegin(); it != evaluation.standards.cend(); ++it) {
        standards.insert(QString::number(it.key()), it.value());
    }
    QJsonObject blocking;
    for (auto it = evaluation.blocking.cbegin(); it != evaluation.blocking.cend(); ++it) {
        QJsonArray reasons;
        for (const BlockingReason &r : it.value()) {
            reasons.append(reasonJson(r));
        }
        blocking.insert(QString::number(it.key()), reasons);
    }
    return {{QStringLiteral("school_level"), evaluation.schoolLevel},
            {QStringLiteral("national_standard"),
             evaluation.nationalStandardDegree ? QJsonValue(*evaluation.nationalStandardDegree) : QJsonValue()},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("standards"), standards},
            {QStringLiteral("blocking"), blocking},
            {QStringLiteral("incomplete"), QJsonArray::fromStringList(evaluation.incomplete)}};
}

} // namespace Minh::Core
