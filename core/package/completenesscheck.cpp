#include "completenesscheck.h"

#include "document/assessmentsnapshot.h"
#include "document/schooldocument.h"
#include "evaluation/levelengine.h"
#include "evidence/evidencehealth.h"

#include <QJsonArray>

#include <algorithm>

namespace Minh::Core {

namespace {

using Severity = CompletenessFinding::Severity;
using Place = CompletenessFinding::Place;

CompletenessFinding fromHealth(const HealthFinding &h)
{
    CompletenessFinding f;
    // Evidence kept by nobody is a decision the council has not made yet: cite it or mark it kept.
    f.severity = h.severity == HealthFinding::Severity::Error || h.kind == HealthFinding::Kind::ItemNotCited
                     ? Severity::Error
                     : Severity::Warning;
    f.kind = EvidenceHealth::kindKey(h.kind);
    f.place = h.code.isEmpty() ? Place::Criterion : Place::Evidence;
    f.where = h.code.isEmpty() ? h.criterion : h.code;
    f.message = h.kind == HealthFinding::Kind::ItemNotCited
                    ? CompletenessCheck::tr("%1 Cite it in a text or mark it as kept on purpose.").arg(h.message)
                    : h.message;
    return f;
}

void hook(QList<CompletenessFinding> *findings, bool provided, bool passed, const QString &kind, const QString &missing,
          const QString &notChecked)
{
    if (!provided) {
        findings->append(
            {Severity::Warning, kind + QStringLiteral("_not_checked"), Place::Documents, QString(), notChecked});
    } else if (!passed) {
        findings->append({Severity::Error, kind, Place::Documents, QString(), missing});
    }
}

} // namespace

QString CompletenessFinding::placeKey(Place place)
{
    switch (place) {
    case Place::Criterion:
        return QStringLiteral("criterion");
    case Place::Standard:
        return QStringLiteral("standard");
    case Place::Evidence:
        return QStringLiteral("evidence");
    case Place::Council:
        return QStringLiteral("council");
    case Place::School:
        return QStringLiteral("school");
    case Place::Documents:
        return QStringLiteral("documents");
    }
    return {};
}

QList<CompletenessFinding> CompletenessCheck::check(const SchoolDocument &document, const CompletenessHooks &hooks)
{
    return check(document.framework(), AssessmentSnapshot::fromDocument(document), hooks);
}

QList<CompletenessFinding> CompletenessCheck::check(const Framework &fw, const AssessmentSnapshot &s,
                                                    const CompletenessHooks &hooks)
{
    QList<CompletenessFinding> findings;
    const Evaluation evaluation = LevelEngine(fw).evaluate(s.judgements, s.assessment.rulesDate);
    for (const Criterion *c : fw.criteria()) {
        const int missing =
            int(std::count_if(evaluation.incomplete.cbegin(), evaluation.incomplete.cend(),
                              [&](const QString &ref) { return ref.startsWith(c->code + QLatin1Char('/')); }));
        if (missing > 0) {
            findings.append({Severity::Error, QStringLiteral("criterion_not_judged"), Place::Criterion, c->code,
                             tr("Criterion %1 has %n indicator(s) not judged.", "", missing).arg(c->code)});
        }
        for (const TextField &field : fw.regime().criterionFields) {
            if (s.criterionText(c->code, field.key).trimmed().isEmpty()) {
                findings.append({Severity::Error, QStringLiteral("criterion_text_missing"), Place::Criterion, c->code,
                                 tr("Criterion %1: “%2” is not written.").arg(c->code, field.title)});
            }
        }
    }
    for (const Standard &st : fw.standards()) {
        for (const TextField &field : fw.regime().standardFields) {
            if (s.standardText(st.number, field.key).trimmed().isEmpty()) {
                findings.append({Severity::Error, QStringLiteral("standard_text_missing"), Place::Standard,
                                 QString::number(st.number),
                                 tr("Standard %1: “%2” is not written.").arg(st.number).arg(field.title)});
            }
        }
    }
    if (!evaluation.incomplete.isEmpty()) {
        findings.append({Severity::Error, QStringLiteral("school_level_not_computed"), Place::School, QString(),
                         tr("The school level cannot be computed: %n verdict(s) are missing.", "",
                            int(evaluation.incomplete.size()))});
    }
    for (const HealthFinding &h : EvidenceHealth::check(fw, s)) {
        findings.append(fromHealth(h));
    }
    if (s.council.isEmpty()) {
        findings.append({Severity::Error, QStringLiteral("council_missing"), Place::Council, QString(),
                         tr("The council has no members.")});
    } else if (std::none_of(s.council.cbegin(), s.council.cend(),
                            [](const CouncilMember &m) { return m.role == CouncilRole::Chair; })) {
        findings.append({Severity::Error, QStringLiteral("council_chair_missing"), Place::Council, QString(),
                         tr("The council has no chair.")});
    }
    hook(&findings, bool(hooks.councilDecisionPresent), hooks.councilDecisionPresent && hooks.councilDecisionPresent(),
         QStringLiteral("council_decision_missing"), tr("The decision establishing the council is missing."),
         tr("The decision establishing the council was not checked."));
    hook(&findings, bool(hooks.registrationLetterFilled),
         hooks.registrationLetterFilled && hooks.registrationLetterFilled(),
         QStringLiteral("registration_letter_incomplete"), tr("The registration letter is not filled in."),
         tr("The registration letter was not checked."));
    const QString documentsError = hooks.documentsGenerate ? hooks.documentsGenerate() : QString();
    hook(&findings, bool(hooks.documentsGenerate), documentsError.isEmpty(), QStringLiteral("documents_fail"),
         tr("The printed documents cannot be made: %1").arg(documentsError),
         tr("The printed documents were not checked."));
    std::stable_sort(findings.begin(), findings.end(), [](const CompletenessFinding &a, const CompletenessFinding &b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    return findings;
}

bool CompletenessCheck::hasErrors(const QList<CompletenessFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const CompletenessFinding &f) { return f.severity == Severity::Error; });
}

QJsonObject CompletenessCheck::toJson(const QList<CompletenessFinding> &findings)
{
    QJsonArray list;
    int errors = 0;
    for (const CompletenessFinding &f : findings) {
        const bool error = f.severity == Severity::Error;
        errors += error ? 1 : 0;
        list.append(
            QJsonObject{{QStringLiteral("severity"), error ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("kind"), f.kind},
                        {QStringLiteral("place"), CompletenessFinding::placeKey(f.place)},
                        {QStringLiteral("where"), f.where},
                        {QStringLiteral("message"), f.message}});
    }
    return {{QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), int(findings.size()) - errors},
            {QStringLiteral("findings"), list}};
}

} // namespace Minh::Core
