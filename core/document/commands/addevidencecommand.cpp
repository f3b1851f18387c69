#include "addevidencecommand.h"

#include "document/schooldocument.h"

#include <utility>

namespace Minh::Core {

AddEvidenceCommand::AddEvidenceCommand(SchoolDocument *document, const QList<EvidenceItem> &created,
                                       const QString &criterion)
    : m_document(document)
    , m_items(created)
{
    setText(created.size() == 1
                ? tr("Add evidence %1 to criterion %2").arg(created.constFirst().code, criterion)
                : tr("Add %n evidence items to criterion %1", nullptr, int(created.size())).arg(criterion));
}

void AddEvidenceCommand::redo()
{
    if (std::exchange(m_applied, false)) {
        return; // pushed after the import wrote the items
    }
    m_succeeded = true;
    for (const EvidenceItem &item : std::as_const(m_items)) {
        m_succeeded = m_document->restoreEvidence(item) && m_succeeded;
    }
}

void AddEvidenceCommand::undo()
{
    m_applied = false;
    m_succeeded = true;
    // Newest first, so that the criterion's next code is the same again after a redo.
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        m_succeeded = m_document->removeEvidence(it->code) && m_succeeded;
    }
}

} // namespace Minh::Core
