#include "removeevidencecommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

RemoveEvidenceCommand::RemoveEvidenceCommand(SchoolDocument *document, const EvidenceItem &item)
    : m_document(document)
    , m_item(item)
{
    setText(tr("Remove evidence %1").arg(item.code));
}

void RemoveEvidenceCommand::redo()
{
    m_succeeded = m_document->removeEvidence(m_item.code);
    setObsolete(!m_succeeded);
}

void RemoveEvidenceCommand::undo()
{
    m_succeeded = m_document->restoreEvidence(m_item);
}

} // namespace Minh::Core
