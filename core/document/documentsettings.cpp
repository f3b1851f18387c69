#include "documentsettings.h"

#include <algorithm>

namespace Minh::Core {

QString DocumentSettings::kindName(const QString &kind)
{
    if (kind == kindAccreditation()) {
        return tr("Accreditation (kiểm định chất lượng giáo dục)");
    }
    if (kind == kindNationalStandard()) {
        return tr("National standard (chuẩn quốc gia)");
    }
    if (kind == kindBoth()) {
        return tr("Accreditation and national standard");
    }
    return kind;
}

QString DocumentSettings::documentName(const QString &document)
{
    if (document == councilDecision()) {
        return tr("Decision establishing the council");
    }
    if (document == selfAssessmentPlan()) {
        return tr("Self-assessment plan");
    }
    if (document == registrationLetter()) {
        return tr("Registration letter");
    }
    return document;
}

QList<DocumentSettings::Field> DocumentSettings::fields(const QString &document)
{
    // Every document has the header and signature parts of an administrative document.
    QList<Field> common{{QStringLiteral("number"), tr("Number and symbol (e.g. 12/QĐ-THCS)"), Input::Line},
                        {QStringLiteral("issued_on"), tr("Date of issue"), Input::Date},
                        {QStringLiteral("place"), tr("Place name in the date line"), Input::Line},
                        {QStringLiteral("parent_authority"), tr("Managing authority (top left)"), Input::Line},
                        {QStringLiteral("signer"), tr("Signer"), Input::Line},
                        {QStringLiteral("signer_title"), tr("Signer's title (e.g. HIỆU TRƯỞNG)"), Input::Line},
                        {QStringLiteral("recipients"), tr("Recipients (Nơi nhận), one per line"), Input::Lines}};
    if (document == councilDecision()) {
        common.insert(4, {QStringLiteral("issuing_authority"), tr("Issuing authority (the school's name)"), Input::Line});
        common.append({QStringLiteral("proposal"), tr("Proposed by (Xét đề nghị của …)"), Input::Line});
    } else if (document == selfAssessmentPlan()) {
        common.append({{QStringLiteral("purpose"), tr("Purpose of the self-assessment"), Input::Lines},
                       {QStringLiteral("scope"), tr("Scope of the self-assessment"), Input::Lines},
                       {QStringLiteral("training"), tr("Training: time and place"), Input::Lines},
                       {QStringLiteral("resources"), tr("Resources to mobilise"), Input::Lines},
                       {QStringLiteral("consultants"), tr("Consultants (if any)"), Input::Lines}});
    } else if (document == registrationLetter()) {
        common.prepend({QStringLiteral("kind"), tr("The school asks for"), Input::Choice});
        common.append({{QStringLiteral("addressee"), tr("Addressee (Kính gửi)"), Input::Line},
                       {QStringLiteral("content"), tr("Additional content"), Input::Lines}});
    } else {
        return {};
    }
    return common;
}

bool DocumentSettings::isKnown(const QString &document, const QString &field)
{
    const QList<Field> list = fields(document);
    return std::any_of(list.cbegin(), list.cend(), [&](const Field &f) { return f.key == field; });
}

} // namespace Minh::Core
