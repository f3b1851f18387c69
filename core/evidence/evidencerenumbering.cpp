#include "evidencerenumbering.h"

#include "document/schooldocument.h"
#include "citationparser.h"
#include "evidencecodeformat.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Minh::Core {

EvidenceRenumbering::EvidenceRenumbering(SchoolDocument *document, Boxes boxes)
    : m_document(document)
    , m_boxes(boxes)
{
}

QList<EvidenceCodeChange> EvidenceRenumbering::preview() const
{
    const Framework &fw = m_document->framework();
    const EvidenceCodeFormat format(fw.regime().evidence.codeFormat);
    QMap<QString, QList<const EvidenceItem *>> byCriterion;
    for (const EvidenceItem &item : m_document->evidence()) {
        byCriterion[item.criterionCode].append(&item);
    }
    QList<EvidenceCodeChange> changes;
    for (const Criterion *criterion : fw.criteria()) {
        QList<const EvidenceItem *> items = byCriterion.value(criterion->code);
        std::stable_sort(items.begin(), items.end(), [](const EvidenceItem *a, const EvidenceItem *b) {
            return a->sequence != b->sequence ? a->sequence < b->sequence : a->id < b->id;
        });
        for (qsizetype i = 0; i < items.size(); ++i) {
            const EvidenceItem *item = items.at(i);
            const int box = m_boxes == Boxes::OnePerStandard || item->box <= 0 ? criterion->standardNumber : item->box;
            const int sequence = int(i) + 1;
            const QString code = format.code(box, criterion->code, sequence);
            if (code != item->code || sequence != item->sequence) {
                changes.append({item->id, item->code, code, box, sequence});
            }
        }
    }
    return changes;
}

QStringList EvidenceRenumbering::conflicts() const
{
    const Framework &fw = m_document->framework();
    const CitationParser parser(fw.regime().evidence.codeFormat);
    QSet<QString> existing;
    for (const EvidenceItem &item : m_document->evidence()) {
        existing.insert(item.code);
    }
    QSet<QString> dangling;
    const auto collect = [&](const QString &text) {
        for (const Citation &c : parser.parse(text)) {
            if (!existing.contains(c.normalized)) {
                dangling.insert(c.normalized);
            }
        }
    };
    for (const Criterion *c : fw.criteria()) {
        for (const TextField &field : fw.regime().criterionFields) {
            collect(m_document->criterionText(c->code, field.key));
        }
    }
    for (const Standard &s : fw.standards()) {
        for (const TextField &field : fw.regime().standardFields) {
            collect(m_document->standardText(s.number, field.key));
        }
    }
    for (const ExtraRequirement &r : fw.extraRequirements().requirements) {
        for (const TextField &field : fw.regime().criterionFields) {
            collect(m_document->extraRequirementText(r.number, field.key));
        }
    }
    QStringList out;
    for (const EvidenceCodeChange &change : preview()) {
        if (dangling.contains(change.newCode)) {
            out.append(change.newCode);
        }
    }
    return out;
}

bool EvidenceRenumbering::apply()
{
    const QList<EvidenceCodeChange> changes = preview();
    if (changes.isEmpty()) {
        return true;
    }
    const QStringList blocked = conflicts();
    if (!blocked.isEmpty()) {
        m_error = tr("Renumbering would give items the codes %1, which the texts already cite although no item has "
                     "them. Correct those citations first (see the evidence check).")
                      .arg(blocked.join(QStringLiteral(", ")));
        return false;
    }
    if (!m_document->renumberEvidence(changes)) {
        m_error = m_document->errorString();
        return false;
    }
    return true;
}

} // namespace Minh::Core
