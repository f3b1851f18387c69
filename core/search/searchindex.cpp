#include "searchindex.h"

#include "document/schooldocument.h"
#include "searchtext.h"

namespace Minh::Core {

namespace {

constexpr int SnippetBefore = 30;
constexpr int SnippetLength = 110;

QString snippet(const QString &text, qsizetype at)
{
    const qsizetype start = std::max<qsizetype>(0, at - SnippetBefore);
    QString out = text.mid(start, SnippetLength).simplified();
    if (start > 0) {
        out.prepend(QStringLiteral("…"));
    }
    if (start + SnippetLength < text.size()) {
        out.append(QStringLiteral("…"));
    }
    return out;
}

} // namespace

void SearchIndex::add(SearchHit::Kind kind, const QString &key, const QString &criterion, const QString &place,
                      const QString &text)
{
    if (!text.trimmed().isEmpty()) {
        m_entries.append({kind, key, criterion, place, text, SearchText::fold(text)});
    }
}

void SearchIndex::rebuild(const SchoolDocument &document)
{
    m_entries.clear();
    if (!document.isOpen()) {
        return;
    }
    // Entries are kept in the order results are shown: criterion titles (to find where to go),
    // then what the school wrote and gathered, then the framework's long indicator texts, which
    // would otherwise bury everything under common words like "giáo dục".
    const Framework &fw = document.framework();
    for (const Criterion *c : fw.criteria()) {
        add(SearchHit::Kind::Criterion, c->code, c->code, tr("Criterion %1").arg(c->code), c->title);
    }
    for (const CouncilMember &m : document.council()) {
        for (const QString &text : {m.fullName, m.position, m.duty, m.workingGroup}) {
            add(SearchHit::Kind::Council, QString::number(m.id), QString(), tr("Council: %1").arg(m.fullName), text);
        }
    }
    for (const EvidenceItem &e : document.evidence()) {
        const QString place = tr("Evidence %1").arg(e.code);
        for (const QString &text : {e.code, e.title, e.issueInfo, e.issuer, e.notes, e.schoolYears, e.location}) {
            add(SearchHit::Kind::Evidence, e.code, e.criterionCode, place, text);
        }
        for (const EvidenceFile &file : e.files) {
            add(SearchHit::Kind::Evidence, e.code, e.criterionCode, tr("Evidence %1 · file").arg(e.code),
                file.fileName);
        }
    }
    for (qsizetype row = 0; row < document.plan().size(); ++row) {
        const PlanItem &p = document.plan().at(row);
        const QString place = tr("Improvement plan, row %1").arg(row + 1);
        for (const QString &text : {p.content, p.goal, p.actions, p.successIndicators, p.timeline, p.owner, p.resources,
                                    p.expectedEvidence, p.progress, p.followUpSemester1, p.followUpYearEnd}) {
            add(SearchHit::Kind::Plan, QString::number(p.id), p.criterionCode, place, text);
        }
    }
    for (const Standard &standard : fw.standards()) {
        const QString number = QString::number(standard.number);
        const QString first = standard.criteria.isEmpty() ? QString() : standard.criteria.constFirst().code;
        for (const TextField &field : fw.regime().standardFields) {
            add(SearchHit::Kind::Standard, number, first, tr("Standard %1 · %2").arg(number, field.title),
                document.standardText(standard.number, field.key));
        }
        for (const Criterion &c : standard.criteria) {
            for (const TextField &field : fw.regime().criterionFields) {
                add(SearchHit::Kind::Criterion, c.code, c.code, tr("Criterion %1 · %2").arg(c.code, field.title),
                    document.criterionText(c.code, field.key));
            }
        }
    }
    const ExtraRequirements &extra = fw.extraRequirements();
    for (const ExtraRequirement &requirement : extra.requirements) {
        const QString number = QString::number(requirement.number);
        for (const TextField &field : fw.regime().criterionFields) {
            add(SearchHit::Kind::ExtraRequirement, number, QString(),
                tr("Mức %1, requirement %2 · %3").arg(extra.level).arg(number, field.title),
                document.extraRequirementText(requirement.number, field.key));
        }
    }
    for (const Criterion *c : fw.criteria()) {
        for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
            for (const Indicator &i : c->indicators(level)) {
                add(SearchHit::Kind::Criterion, c->code, c->code,
                    tr("Criterion %1 · indicator of Mức %2").arg(c->code).arg(level), i.text);
            }
        }
    }
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QString phrase = SearchText::fold(query).simplified();
    const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<SearchHit> exact;
    QList<SearchHit> scattered;
    if (words.isEmpty()) {
        return exact;
    }
    for (const Entry &e : m_entries) {
        if (exact.size() >= limit) {
            break;
        }
        // The words as typed, side by side, come first; then entries with all the words anywhere.
        if (const qsizetype at = e.folded.indexOf(phrase); at >= 0) {
            exact.append({e.kind, e.key, e.criterion, e.place, snippet(e.text, at)});
            continue;
        }
        if (words.size() == 1 || exact.size() + scattered.size() >= limit) {
            continue;
        }
        qsizetype first = -1;
        bool all = true;
        for (const QString &word : words) {
            const qsizetype at = e.folded.indexOf(word);
            if (at < 0) {
                all = false;
                break;
            }
            first = first < 0 ? at : std::min(first, at);
        }
        if (all) {
            scattered.append({e.kind, e.key, e.criterion, e.place, snippet(e.text, first)});
        }
    }
    exact.append(scattered.mid(0, limit - exact.size()));
    return exact;
}

} // namespace Minh::Core
