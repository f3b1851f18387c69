#include "evidencehealth.h"

#include "citationparser.h"
#include "document/assessmentsnapshot.h"
#include "document/schooldocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Minh::Core {

namespace {

// The school years an item may cover, as the calendar year each starts in ("2023-2024" → 2023).
// Without a written school year, the issue date stands in: a date from August on belongs to the
// school year starting that year, an earlier one to the year before; a bare year may be either.
QList<int> coveredYears(const EvidenceItem &item)
{
    static const QRegularExpression schoolYear(QStringLiteral("\\b((?:19|20)\\d{2})\\s*[-–/]\\s*(?:19|20)\\d{2}\\b"));
    static const QRegularExpression date(QStringLiteral("\\b\\d{1,2}\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d{2})\\b"));
    static const QRegularExpression monthYear(QStringLiteral("tháng\\s*(\\d{1,2})\\s*(?:năm|/)\\s*((?:19|20)\\d{2})"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(QStringLiteral("\\b((?:19|20)\\d{2})\\b"));
    QList<int> years;
    auto it = schoolYear.globalMatch(item.schoolYears);
    while (it.hasNext()) {
        years.append(it.next().captured(1).toInt());
    }
    if (!years.isEmpty()) {
        return years;
    }
    for (const QRegularExpression *pattern : {&date, &monthYear}) {
        auto dates = pattern->globalMatch(item.issueInfo);
        while (dates.hasNext()) {
            const auto match = dates.next();
            const int month = match.captured(1).toInt();
            const int calendarYear = match.captured(2).toInt();
            years.append(month >= 8 ? calendarYear : calendarYear - 1);
        }
    }
    if (!years.isEmpty()) {
        return years;
    }
    auto bare = year.globalMatch(item.issueInfo);
    while (bare.hasNext()) {
        const int y = bare.next().captured(1).toInt();
        years.append({y - 1, y});
    }
    return years;
}

HealthFinding finding(HealthFinding::Severity severity, HealthFinding::Kind kind, const QString &criterion,
                      const QString &code, const QString &message)
{
    return {severity, kind, criterion, code, message};
}

} // namespace

QString EvidenceHealth::kindKey(HealthFinding::Kind kind)
{
    using Kind = HealthFinding::Kind;
    switch (kind) {
    case Kind::CriterionWithoutEvidence:
        return QStringLiteral("criterion_without_evidence");
    case Kind::ItemNotCited:
        return QStringLiteral("item_not_cited");
    case Kind::UnresolvedCitation:
        return QStringLiteral("unresolved_citation");
    case Kind::ItemWithoutFiles:
        return QStringLiteral("item_without_files");
    case Kind::DamagedFile:
        return QStringLiteral("damaged_file");
    case Kind::DuplicateFile:
        return QStringLiteral("duplicate_file");
    case Kind::OutsideWindow:
        return QStringLiteral("outside_window");
    case Kind::MissingTitle:
        return QStringLiteral("missing_title");
    case Kind::MissingDate:
        return QStringLiteral("missing_date");
    case Kind::MissingIssuer:
        return QStringLiteral("missing_issuer");
    }
    return {};
}

bool EvidenceHealth::hasErrors(const QList<HealthFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const HealthFinding &f) { return f.severity == HealthFinding::Severity::Error; });
}

QList<HealthFinding> EvidenceHealth::check(const SchoolDocument &document)
{
    return check(document.framework(), AssessmentSnapshot::fromDocument(document));
}

QList<HealthFinding> EvidenceHealth::check(const Framework &fw, const AssessmentSnapshot &document)
{
    using Severity = HealthFinding::Severity;
    using Kind = HealthFinding::Kind;
    const CitationParser parser(fw.regime().evidence.codeFormat);
    QList<HealthFinding> findings;

    QHash<QString, const EvidenceItem *> byCode;
    for (const EvidenceItem &item : document.evidence) {
        byCode.insert(item.code, &item);
    }

    // Citations in the texts the council wrote, criterion by criterion.
    QSet<QString> cited;
    QSet<QString> criteriaWithEvidence;
    for (const Criterion *c : fw.criteria()) {
        QSet<QString> unresolved;
        for (const TextField &field : fw.regime().criterionFields) {
            for (const Citation &citation : parser.parse(document.criterionText(c->code, field.key))) {
                cited.insert(citation.normalized);
                if (byCode.contains(citation.normalized)) {
                    criteriaWithEvidence.insert(c->code);
                } else if (!unresolved.contains(citation.normalized)) {
                    unresolved.insert(citation.normalized);
                    findings.append(finding(Severity::Error, Kind::UnresolvedCitation, c->code, citation.normalized,
                                            tr("Criterion %1 cites %2, but no evidence item has that code.")
                                                .arg(c->code, citation.normalized)));
                }
            }
        }
    }
    // Citations in the texts of a standard or of a Mức 4 requirement: each unknown code once per owner.
    const auto checkTexts = [&](const QStringList &texts, const auto &message) {
        QSet<QString> unresolvedHere;
        for (const QString &text : texts) {
            for (const Citation &citation : parser.parse(text)) {
                cited.insert(citation.normalized);
                if (!byCode.contains(citation.normalized) && !unresolvedHere.contains(citation.normalized)) {
                    unresolvedHere.insert(citation.normalized);
                    findings.append(finding(Severity::Error, Kind::UnresolvedCitation, QString(), citation.normalized,
                                            message(citation.normalized)));
                }
            }
        }
    };
    for (const Standard &s : fw.standards()) {
        QStringList texts;
        for (const TextField &field : fw.regime().standardFields) {
            texts.append(document.standardText(s.number, field.key));
        }
        checkTexts(texts, [&](const QString &code) {
            return tr("Standard %1 cites %2, but no evidence item has that code.").arg(s.number).arg(code);
        });
    }
    for (const ExtraRequirement &r : fw.extraRequirements().requirements) {
        QStringList texts;
        for (const TextField &field : fw.regime().criterionFields) {
            texts.append(document.extraRequirementText(r.number, field.key));
        }
        checkTexts(texts, [&](const QString &code) {
            return tr("Mức 4 requirement %1 cites %2, but no evidence item has that code.").arg(r.number).arg(code);
        });
    }
    for (const EvidenceItem &item : document.evidence) {
        criteriaWithEvidence.insert(item.criterionCode);
        for (const QString &c : item.citedBy) {
            criteriaWithEvidence.insert(c);
        }
    }
    for (const Criterion *c : fw.criteria()) {
        if (!criteriaWithEvidence.contains(c->code)) {
            findings.append(finding(Severity::Warning, Kind::CriterionWithoutEvidence, c->code, QString(),
                                    tr("Criterion %1 has no evidence.").arg(c->code)));
        }
    }

    const QList<qint64> &damaged = document.damagedContents;
    QHash<qint64, QStringList> ownersOfContent;
    for (const EvidenceItem &item : document.evidence) {
        for (const EvidenceFile &file : item.files) {
            ownersOfContent[file.contentId].append(item.code);
        }
    }
    const int window = fw.regime().evidence.windowSchoolYears;
    const int assessmentStart = document.assessment.schoolYear.left(4).toInt();
    const int earliest = assessmentStart - window + 1;
    for (const EvidenceItem &item : document.evidence) {
        const QString &c = item.criterionCode;
        if (!cited.contains(item.code) && !item.kept) {
            findings.append(finding(Severity::Warning, Kind::ItemNotCited, c, item.code,
                                    tr("%1 (%2) is not cited in any text.").arg(item.code, item.title)));
        }
        if (item.files.isEmpty() && item.location.isEmpty()) {
            findings.append(finding(Severity::Warning, Kind::ItemWithoutFiles, c, item.code,
                                    tr("%1 has no file and no place where it is kept.").arg(item.code)));
        }
        for (const EvidenceFile &file : item.files) {
            if (damaged.contains(file.contentId)) {
                findings.append(finding(Severity::Error, Kind::DamagedFile, c, item.code,
                                        tr("The file “%1” of %2 is damaged in the school file.").arg(file.fileName, item.code)));
            }
            QStringList others = ownersOfContent.value(file.contentId);
            others.removeAll(item.code);
            if (!others.isEmpty()) {
                findings.append(finding(Severity::Warning, Kind::DuplicateFile, c, item.code,
                                        tr("The file “%1” of %2 is the same as a file of %3.")
                                            .arg(file.fileName, item.code, others.join(QStringLiteral(", ")))));
            }
        }
        const QList<int> years = coveredYears(item);
        if (!years.isEmpty() && assessmentStart > 0
            && std::none_of(years.cbegin(), years.cend(), [&](int y) { return y >= earliest && y <= assessmentStart; })) {
            findings.append(finding(Severity::Warning, Kind::OutsideWindow, c, item.code,
                                    tr("%1 is outside the evidence window: the assessment of %2 takes evidence from the "
                                       "%n school year(s) up to it.",
                                       "", window)
                                        .arg(item.code, document.assessment.schoolYear)));
        }
        if (item.title.trimmed().isEmpty()) {
            findings.append(finding(Severity::Warning, Kind::MissingTitle, c, item.code, tr("%1 has no title.").arg(item.code)));
        }
        if (item.issueInfo.trimmed().isEmpty()) {
            findings.append(finding(Severity::Warning, Kind::MissingDate, c, item.code,
                                    tr("%1 has no number and date of issue or time of survey.").arg(item.code)));
        }
        if (item.issuer.trimmed().isEmpty()) {
            findings.append(finding(Severity::Warning, Kind::MissingIssuer, c, item.code,
                                    tr("%1 has no issuer or author.").arg(item.code)));
        }
    }
    return findings;
}

} // namespace Minh::Core
