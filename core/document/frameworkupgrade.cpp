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
    m_previewed = true;
    return true;
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
