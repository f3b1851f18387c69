#include "frameworkupgrade.h"

#include "schooldocument.h"

namespace Minh::Core {

FrameworkUpgrade::FrameworkUpgrade(SchoolDocument *document, const Framework &newer)
    : m_document(document)
    , m_newer(newer)
{
}

bool FrameworkUpgrade::preview()
{
    m_changes.clear();
    m_cleared.clear();
    const Framework &current = m_document->framework();
    if (current.id() != m_newer.id()) {
        m_error = tr("This assessment was made under %1 (%2); it cannot be moved to %3 (%4). A different framework "
                     "needs a new assessment.")
                      .arg(current.circular(), current.id(), m_newer.circular(), m_newer.id());
        return false;
    }
    m_sameSource = current.sha256() == m_newer.sha256();
    m_changes = FrameworkDiff::compare(current, m_newer);
    const JudgementSet &judgements = m_document->judgements();
    for (const FrameworkChange &change : std::as_const(m_changes)) {
        if (!change.invalidatesJudgement()) {
            continue;
        }
        const auto ref = IndicatorRef::parse(change.ref);
        const bool judged = ref ? judgements.indicators().contains(change.ref)
                                : judgements.extraRequirements().contains(change.ref.section(QLatin1Char('/'), 1).toInt());
        if (judged) {
            m_cleared.append(change.ref);
        }
    }
    findOrphans();
    m_previewed = true;
    return true;
}

void FrameworkUpgrade::findOrphans()
{
    m_orphans.clear();
    const Framework &current = m_document->framework();
    const auto hasField = [](const QList<TextField> &fields, const QString &key) {
        return std::any_of(fields.cbegin(), fields.cend(), [&](const TextField &f) { return f.key == key; });
    };
    for (const Criterion *c : current.criteria()) {
        const bool kept = m_newer.criterion(c->code) != nullptr;
        for (const TextField &field : current.regime().criterionFields) {
            if (!m_document->criterionText(c->code, field.key).isEmpty()
                && (!kept || !hasField(m_newer.regime().criterionFields, field.key))) {
                m_orphans.append(tr("the text “%1” of criterion %2").arg(field.title, c->code));
            }
        }
    }
    for (const Standard &s : current.standards()) {
        const bool kept = m_newer.standard(s.number) != nullptr;
        for (const TextField &field : current.regime().standardFields) {
            if (!m_document->standardText(s.number, field.key).isEmpty()
                && (!kept || !hasField(m_newer.regime().standardFields, field.key))) {
                m_orphans.append(tr("the text “%1” of standard %2").arg(field.title).arg(s.number));
            }
        }
    }
    for (const CouncilMember &m : m_document->council()) {
        for (const QString &code : m.criteria) {
            if (!m_newer.criterion(code)) {
                m_orphans.append(tr("the assignment of criterion %1 to %2").arg(code, m.fullName));
            }
        }
    }
    for (const EvidenceItem &e : m_document->evidence()) {
        if (!m_newer.criterion(e.criterionCode)) {
            m_orphans.append(tr("the evidence item %1 of criterion %2").arg(e.code, e.criterionCode));
        }
    }
    for (const PlanItem &p : m_document->plan()) {
        if (!p.criterionCode.isEmpty() && !m_newer.criterion(p.criterionCode)) {
            m_orphans.append(tr("the improvement-plan row “%1” of criterion %2").arg(p.content, p.criterionCode));
        }
    }
}

bool FrameworkUpgrade::apply()
{
    if (!m_previewed && !preview()) {
        return false;
    }
    if (!m_document->replaceFramework(m_newer, m_cleared)) {
        m_error = m_document->errorString();
        return false;
    }
    return true;
}

QString FrameworkUpgrade::describe(const FrameworkChange &change)
{
    using Kind = FrameworkChange::Kind;
    switch (change.kind) {
    case Kind::CriterionAdded:
        return tr("New criterion %1: %2").arg(change.ref, change.newText);
    case Kind::CriterionRemoved:
        return tr("Criterion %1 removed: %2").arg(change.ref, change.oldText);
    case Kind::CriterionRetitled:
        return tr("Criterion %1 renamed: “%2” → “%3”").arg(change.ref, change.oldText, change.newText);
    case Kind::CriterionMandatoryChanged:
        return change.newText.isEmpty() ? tr("Criterion %1 is no longer mandatory.").arg(change.ref)
                                        : tr("Criterion %1 becomes mandatory.").arg(change.ref);
    case Kind::StandardRetitled:
        return tr("Standard %1 renamed: “%2” → “%3”").arg(change.ref, change.oldText, change.newText);
    case Kind::TextFieldAdded:
        return tr("New text to write: “%1”.").arg(change.newText);
    case Kind::TextFieldRemoved:
        return tr("The text “%1” is no longer part of the framework; what was written there stays in the file but is not "
                  "shown.")
            .arg(change.oldText);
    case Kind::TextFieldRetitled:
        return tr("The text “%1” is now called “%2”.").arg(change.oldText, change.newText);
    case Kind::EvidenceSchemeChanged:
        return tr("The evidence codes or the evidence window changed: %1 → %2. Existing codes are kept.")
            .arg(change.oldText, change.newText);
    case Kind::IndicatorAdded:
        return tr("New indicator %1: %2").arg(change.ref, change.newText);
    case Kind::IndicatorRemoved:
        return tr("Indicator %1 removed: %2").arg(change.ref, change.oldText);
    case Kind::IndicatorReworded:
        return tr("Indicator %1 reworded: “%2” → “%3”").arg(change.ref, change.oldText, change.newText);
    case Kind::IndicatorRepealChanged:
        return change.newText.isEmpty() ? tr("Indicator %1 is no longer marked repealed.").arg(change.ref)
                                        : tr("Indicator %1 is now repealed by %2.").arg(change.ref, change.newText);
    case Kind::ExtraRequirementAdded:
        return tr("New requirement %1: %2").arg(change.ref, change.newText);
    case Kind::ExtraRequirementRemoved:
        return tr("Requirement %1 removed: %2").arg(change.ref, change.oldText);
    case Kind::ExtraRequirementReworded:
        return tr("Requirement %1 reworded: “%2” → “%3”").arg(change.ref, change.oldText, change.newText);
    case Kind::RulesChanged:
        return tr("The rules for school levels, amendments or national standard changed.");
    case Kind::DescriptionChanged:
        return tr("The framework's description, status or provenance changed.");
    }
    return {};
}

} // namespace Minh::Core
