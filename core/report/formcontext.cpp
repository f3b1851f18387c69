#include "formcontext.h"

#include "document/schooldocument.h"
#include "evidence/evidencecodeformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Minh::Core {

namespace {

const QJsonObject &allRegimes()
{
    static const QJsonObject regimes = [] {
        QFile file(QStringLiteral(":/forms/printed-forms.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return QJsonObject();
        }
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("regimes")).toObject();
    }();
    return regimes;
}

QString lowerFirst(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

// "2018-08-22" → "22/8/2018", as circulars are cited.
QString citedDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QStringLiteral("%1/%2/%3").arg(date.day()).arg(date.month()).arg(date.year()) : iso;
}

} // namespace

FormContext::FormContext(const SchoolDocument &document)
    : m_document(document)
{
    const Framework &framework = document.framework();
    m_regime = allRegimes().value(framework.regime().id).toObject();
    const SchoolInfo &school = document.school();
    const auto byType = [&](const QString &key) {
        const QString specific = m_regime.value(key + QStringLiteral("_by_type")).toObject().value(school.schoolType).toString();
        return specific.isEmpty() ? m_regime.value(key).toString() : specific;
    };
    // Some framework titles go on after a dash with the annex ("… — Phụ lục II (…)"); a citation
    // names the circular only.
    QString title = framework.title().section(QChar(0x2014), 0, 0).trimmed();
    const int level = document.evaluate().schoolLevel;
    m_values = {{QStringLiteral("school"), school.name},
                {QStringLiteral("school_upper"), Nd30Blocks::upper(school.name)},
                {QStringLiteral("parent_authority"), school.managingAuthority},
                {QStringLiteral("principal"), school.principal},
                {QStringLiteral("circular"), framework.circular()},
                {QStringLiteral("circular_date"), citedDate(framework.issued())},
                {QStringLiteral("circular_title"), lowerFirst(title)},
                {QStringLiteral("guidance"), byType(QStringLiteral("guidance"))},
                {QStringLiteral("guidance_basis"), byType(QStringLiteral("guidance_basis"))},
                {QStringLiteral("year"), document.assessment().schoolYear},
                {QStringLiteral("level"), level > 0 ? QString::number(level) : QStringLiteral("…")},
                {QStringLiteral("code_example"),
                 EvidenceCodeFormat(framework.regime().evidence.codeFormat).code(1, QStringLiteral("1.1"), 1)}};
}

QJsonObject FormContext::form(const QString &name) const
{
    return m_regime.value(name).toObject();
}

QString FormContext::fill(QString text, const QHash<QString, QString> &extra) const
{
    for (const QHash<QString, QString> *values : {&extra, &m_values}) {
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        }
    }
    return text;
}

QString FormContext::text(const QString &formName, const QString &key, const QHash<QString, QString> &extra) const
{
    return fill(form(formName).value(key).toString(), extra);
}

QStringList FormContext::texts(const QString &formName, const QString &key, const QHash<QString, QString> &extra) const
{
    QStringList result;
    for (const QJsonValue &value : form(formName).value(key).toArray()) {
        const QString line = fill(value.toString(), extra);
        if (!line.trimmed().isEmpty()) {
            result.append(line);
        }
    }
    return result;
}

QString FormContext::setting(const QString &printedDocument, const QString &field, const QString &fallback) const
{
    const QString value = m_document.documentSetting(printedDocument, field);
    return value.isEmpty() ? fallback : value;
}

QDate FormContext::date(const QString &printedDocument) const
{
    return QDate::fromString(setting(printedDocument, QStringLiteral("issued_on")), Qt::ISODate);
}

QStringList FormContext::recipients(const QString &printedDocument, const QString &formName) const
{
    const QString written = setting(printedDocument, QStringLiteral("recipients"));
    if (!written.isEmpty()) {
        return written.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return texts(formName, QStringLiteral("recipients"),
                 {{QStringLiteral("parent_authority"),
                   setting(printedDocument, QStringLiteral("parent_authority"), m_document.school().managingAuthority)}});
}

Nd30Blocks::Header FormContext::header(const QString &printedDocument) const
{
    Nd30Blocks::Header header;
    header.parentAuthority = setting(printedDocument, QStringLiteral("parent_authority"), m_document.school().managingAuthority);
    header.issuingAuthority = setting(printedDocument, QStringLiteral("issuing_authority"), m_document.school().name);
    header.number = setting(printedDocument, QStringLiteral("number"));
    header.place = setting(printedDocument, QStringLiteral("place"));
    header.date = date(printedDocument);
    return header;
}

Nd30Blocks::Signature FormContext::signature(const QString &printedDocument) const
{
    Nd30Blocks::Signature signature;
    signature.title = setting(printedDocument, QStringLiteral("signer_title"), QStringLiteral("HIỆU TRƯỞNG"));
    signature.signer = setting(printedDocument, QStringLiteral("signer"), m_document.school().principal);
    return signature;
}

} // namespace Minh::Core
