#include "documentsettings.h"

#include "framework/framework.h"
#include "report/reportoutlines.h"

#include <algorithm>

namespace Minh::Core {

namespace {

// The texts an outline's parts ask the school to write. A text without a heading of its own
// ("Phần III. Kết luận chung" prints its text right under the section's title) is named by the
// nearest heading above it; one with its own heading also by its parent's, since "a) Lập kế
// hoạch" alone does not say which part of the report it is.
void collectTexts(const QList<OutlinePart> &parts, const QString &context, QList<DocumentSettings::Field> *fields)
{
    for (const OutlinePart &part : parts) {
        const QString heading = part.heading.isEmpty() ? context : part.heading;
        if (part.block == QLatin1String("school_text") && !part.key.isEmpty()) {
            const QString label = part.heading.isEmpty() || context.isEmpty()
                                      ? heading
                                      : context + QStringLiteral(" › ") + part.heading;
            fields->append({part.key, label.isEmpty() ? part.key : label, DocumentSettings::Input::Prose});
        } else if (part.block == QLatin1String("school_info") && !part.label(QStringLiteral("founded")).isEmpty()) {
            QString label = part.label(QStringLiteral("founded")).trimmed();
            if (label.endsWith(QLatin1Char(':'))) {
                label.chop(1);
            }
            fields->append({QStringLiteral("founded"), label, DocumentSettings::Input::Line});
        }
        collectTexts(part.parts, heading, fields);
    }
}

} // namespace

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
    if (document == report()) {
        return tr("Self-assessment report");
    }
    if (document == plan()) {
        return tr("Improvement plan");
    }
    return document;
}

QList<DocumentSettings::Field> DocumentSettings::fields(const QString &document, const Framework &framework)
{
    if (document != report() && document != plan()) {
        return administrativeFields(document);
    }
    QList<Field> texts;
    if (const DocumentOutline *outline = ReportOutlines::find(framework, document)) {
        collectTexts(outline->parts, QString(), &texts);
    }
    return texts;
}

QList<DocumentSettings::Field> DocumentSettings::administrativeFields(const QString &document)
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

bool DocumentSettings::isKnown(const QString &document, const QString &field, const Framework &framework)
{
    const QList<Field> list = fields(document, framework);
    return std::any_of(list.cbegin(), list.cend(), [&](const Field &f) { return f.key == field; });
}

} // namespace Minh::Core
