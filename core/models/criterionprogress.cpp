#include "criterionprogress.h"

#include "document/schooldocument.h"
#include "evidence/citationparser.h"

namespace Minh::Core {

namespace {

bool hasEvidence(const SchoolDocument &document, const QString &criterion)
{
    for (const EvidenceItem &item : document.evidence()) {
        if (item.criterionCode == criterion || item.citedBy.contains(criterion)) {
            return true;
        }
    }
    // A code cited in the criterion's own texts counts too, when such an item exists.
    const CitationParser parser(document.framework().regime().evidence.codeFormat);
    for (const TextField &field : document.framework().regime().criterionFields) {
        for (const Citation &citation : parser.parse(document.criterionText(criterion, field.key))) {
            if (document.evidenceItem(citation.normalized)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

CriterionProgress::State CriterionProgress::state(const SchoolDocument &document, const QString &criterion)
{
    const Framework &fw = document.framework();
    const Criterion *c = fw.criterion(criterion);
    if (!c) {
        return State::NotStarted;
    }
    int judged = 0;
    int total = 0;
    for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
        for (const Indicator &i : fw.indicatorsInForce(*c, level, document.assessment().rulesDate)) {
            ++total;
            judged += document.judgements().indicator({criterion, level, i.key()}) != Verdict::NotJudged ? 1 : 0;
        }
    }
    int written = 0;
    for (const TextField &field : fw.regime().criterionFields) {
        written += document.criterionText(criterion, field.key).trimmed().isEmpty() ? 0 : 1;
    }
    if (judged == 0 && written == 0) {
        return State::NotStarted;
    }
    if (judged < total || written < fw.regime().criterionFields.size()) {
        return State::InProgress;
    }
    return hasEvidence(document, criterion) ? State::Complete : State::EvidenceMissing;
}

QString CriterionProgress::name(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("Not started");
    case State::InProgress:
        return tr("In progress");
    case State::EvidenceMissing:
        return tr("Evidence missing");
    case State::Complete:
        return tr("Complete");
    }
    return {};
}

QString CriterionProgress::assignees(const SchoolDocument &document, const QString &criterion)
{
    QStringList names;
    for (const CouncilMember &m : document.council()) {
        if (m.criteria.contains(criterion)) {
            names.append(m.fullName);
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace Minh::Core
