#pragma once

#include "framework/frameworkparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Helpers shared by the rule tests: shipped frameworks, and small synthetic frameworks whose
// shape a test controls exactly.
namespace TestFrameworks {

inline QJsonObject shippedJson(const QString &id)
{
    QFile file(QStringLiteral(":/frameworks/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing shipped framework");
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline Minh::Core::Framework parse(const QJsonObject &json, const QString &name = QStringLiteral("test.json"))
{
    auto parsed = Minh::Core::FrameworkParser::parse(QJsonDocument(json).toJson(), name);
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error()));
    }
    return std::move(parsed).value();
}

inline Minh::Core::Framework shipped(const QString &id)
{
    return parse(shippedJson(id), id + QStringLiteral(".json"));
}

// A criterion spec: how many indicators it has at each level (0 = none), e.g. {3, 1, 0}.
struct CriterionSpec
{
    QString code;
    QList<int> indicatorsPerLevel;
    bool mandatory = false;
};

inline QJsonObject synthetic(const QList<CriterionSpec> &criteria, int maxLevel, const QJsonArray &schoolLevels,
                             const QJsonArray &extraRequirements = {})
{
    QMap<int, QJsonArray> byStandard;
    for (const CriterionSpec &spec : criteria) {
        QJsonObject levels;
        for (int level = 1; level <= spec.indicatorsPerLevel.size(); ++level) {
            QJsonArray indicators;
            const int count = spec.indicatorsPerLevel.at(level - 1);
            for (int i = 0; i < count; ++i) {
                indicators.append(QJsonObject{{QStringLiteral("label"), count > 1 ? QString(QChar(u'a' + i)) : QString()},
                                              {QStringLiteral("text"), QStringLiteral("Chỉ báo %1 mức %2 số %3").arg(spec.code).arg(level).arg(i + 1)}});
            }
            if (!indicators.isEmpty()) {
                levels.insert(QString::number(level), indicators);
            }
        }
        QJsonObject criterion{{QStringLiteral("code"), spec.code},
                              {QStringLiteral("title"), QString(QStringLiteral("Tiêu chí ") + spec.code)},
                              {QStringLiteral("levels"), levels}};
        if (spec.mandatory) {
            criterion.insert(QStringLiteral("mandatory"), true);
        }
        byStandard[spec.code.section(QLatin1Char('.'), 0, 0).toInt()].append(criterion);
    }
    QJsonArray standards;
    for (auto it = byStandard.cbegin(); it != byStandard.cend(); ++it) {
        standards.append(QJsonObject{{QStringLiteral("number"), it.key()},
                                     {QStringLiteral("title"), QStringLiteral("Tiêu chuẩn %1").arg(it.key())},
                                     {QStringLiteral("criteria"), it.value()}});
    }
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("minh-framework")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("id"), QStringLiteral("test-framework")},
        {QStringLiteral("circular"), QStringLiteral("99/2030/TT-BGDĐT")},
        {QStringLiteral("title"), QStringLiteral("Khung thử nghiệm")},
        {QStringLiteral("school_types"), QJsonArray{QStringLiteral("THCS")}},
        {QStringLiteral("provenance"), QJsonObject{{QStringLiteral("verified"), false}, {QStringLiteral("summary"), QStringLiteral("Thử nghiệm")}}},
        {QStringLiteral("regime"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("test")},
                     {QStringLiteral("criterion_fields"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("description")},
                                                                                 {QStringLiteral("title"), QStringLiteral("Mô tả")}}}},
                     {QStringLiteral("standard_fields"), QJsonArray{}},
                     {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("code_format"), QStringLiteral("MC.{standard}.{criterion}.{sequence:02}")},
                                                              {QStringLiteral("window_school_years"), 3}}}}},
        {QStringLiteral("max_criterion_level"), maxLevel},
        {QStringLiteral("standards"), standards},
        {QStringLiteral("rules"), QJsonObject{{QStringLiteral("standard_level"), QStringLiteral("all_criteria_reach")},
                                              {QStringLiteral("school_levels"), schoolLevels}}},
        {QStringLiteral("national_standard"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Không có")}}}};
    if (!extraRequirements.isEmpty()) {
        json.insert(QStringLiteral("extra_requirements"),
                    QJsonObject{{QStringLiteral("level"), maxLevel + 1},
                                {QStringLiteral("title"), QStringLiteral("Mức %1").arg(maxLevel + 1)},
                                {QStringLiteral("requirements"), extraRequirements}});
    }
    return json;
}

// {"criteria": set, "reach": level[, "at_least": n]}
inline QJsonObject reach(const QJsonValue &set, int level, int atLeast = 0)
{
    QJsonObject condition{{QStringLiteral("criteria"), set}, {QStringLiteral("reach"), level}};
    if (atLeast > 0) {
        condition.insert(QStringLiteral("at_least"), atLeast);
    }
    return condition;
}

inline QJsonObject schoolLevel(int level, const QJsonArray &conditions)
{
    return {{QStringLiteral("level"), level}, {QStringLiteral("all_of"), conditions}};
}

} // namespace TestFrameworks
