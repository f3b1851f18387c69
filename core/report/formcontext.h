#pragma once

#include "nd30blocks.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Minh::Core {

class SchoolDocument;

// What every form builder needs: the wording of the forms for the framework's regime (from
// resources/forms/printed-forms.json), the school's document settings with their defaults, and
// the values the wording's {placeholders} take (school, circular, guidance, school year…).
class FormContext
{
public:
    explicit FormContext(const SchoolDocument &document);

    const SchoolDocument &document() const { return m_document; }
    // The wording of one form ("council_decision", "criterion_form"…) under this regime.
    QJsonObject form(const QString &name) const;
    // A text of a form with its placeholders filled from values() and `extra`.
    QString text(const QString &formName, const QString &key, const QHash<QString, QString> &extra = {}) const;
    QStringList texts(const QString &formName, const QString &key, const QHash<QString, QString> &extra = {}) const;
    QString fill(QString text, const QHash<QString, QString> &extra = {}) const;
    const QHash<QString, QString> &values() const { return m_values; }

    // A DocumentSettings value, or `fallback` when the school left it empty.
    QString setting(const QString &printedDocument, const QString &field, const QString &fallback = {}) const;
    QDate date(const QString &printedDocument) const;
    // The Nơi nhận lines the school wrote, else the form's default list.
    QStringList recipients(const QString &printedDocument, const QString &formName) const;
    // Ô 1–4 with the school's defaults: managing authority above, the school as issuing authority.
    Nd30Blocks::Header header(const QString &printedDocument) const;
    // The principal's signature, "HIỆU TRƯỞNG" unless the school set another title.
    Nd30Blocks::Signature signature(const QString &printedDocument) const;

private:
    const SchoolDocument &m_document;
    QJsonObject m_regime;
    QHash<QString, QString> m_values;
};

} // namespace Minh::Core
