#include "judgementimport.h"

#include "schooldocument.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Minh::Core {

namespace {

std::optional<Verdict> verdictFrom(const QJsonValue &value)
{
    if (value.isNull()) {
        return Verdict::NotJudged;
    }
    if (value.isBool()) {
        return value.toBool() ? Verdict::Met : Verdict::NotMet;
    }
    return std::nullopt;
}

} // namespace

bool JudgementImport::fail(const QString &message)
{
    m_error = message;
    m_indicators.clear();
    m_extra.clear();
    return false;
}

bool JudgementImport::read(const QByteArray &json, const QString &fileName, const SchoolDocument &document)
{
    m_indicators.clear();
    m_extra.clear();
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("The judgement file “%1” is not valid JSON (%2 at character %3).")
                        .arg(fileName, parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return fail(tr("The judgement file “%1” must hold a JSON object.").arg(fileName));
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QStringLiteral("indicators") && it.key() != QStringLiteral("level4")) {
            return fail(tr("The judgement file “%1” has an unknown key “%2”; only “indicators” and “level4” are allowed.")
                            .arg(fileName, it.key()));
        }
        if (!it.value().isObject()) {
            return fail(tr("In the judgement file “%1”, “%2” must be an object.").arg(fileName, it.key()));
        }
    }
    const QJsonObject indicators = root.value(QStringLiteral("indicators")).toObject();
    for (auto it = indicators.begin(); it != indicators.end(); ++it) {
        const auto ref = IndicatorRef::parse(it.key());
        QString error;
        if (!ref) {
            return fail(tr("The judgement file “%1” has an unknown key “%2”: indicators are written "
                           "“<criterion>/<level>/<letter or position>”, e.g. “1.1/1/a”.")
                            .arg(fileName, it.key()));
        }
        if (!document.isJudgeable(*ref, &error)) {
            return fail(tr("The judgement file “%1” has a key “%2” that cannot be judged. %3").arg(fileName, it.key(), error));
        }
        const auto verdict = verdictFrom(it.value());
        if (!verdict) {
            return fail(tr("In the judgement file “%1”, “%2” must be true, false or null.").arg(fileName, it.key()));
        }
        m_indicators.append({*ref, *verdict});
    }
    const QJsonObject extra = root.value(QStringLiteral("level4")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        bool ok = false;
        const int number = it.key().toInt(&ok);
        if (!ok || QString::number(number) != it.key() || !document.framework().extraRequirements().contains(number)) {
            return fail(tr("The judgement file “%1” has an unknown key “level4.%2”: the framework has no such requirement.")
                            .arg(fileName, it.key()));
        }
        const auto verdict = verdictFrom(it.value());
        if (!verdict) {
            return fail(tr("In the judgement file “%1”, “level4.%2” must be true, false or null.").arg(fileName, it.key()));
        }
        m_extra.append({number, *verdict});
    }
    return true;
}

} // namespace Minh::Core
