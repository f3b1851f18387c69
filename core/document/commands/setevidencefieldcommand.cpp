#include "setevidencefieldcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

SetEvidenceFieldCommand::SetEvidenceFieldCommand(SchoolDocument *document, const QString &code, EvidenceField field,
                                                 const QString &value)
    : m_document(document)
    , m_code(code)
    , m_field(field)
    , m_new(value)
{
    if (const EvidenceItem *item = document->evidenceItem(code)) {
        m_old = EvidenceFields::value(*item, field);
    }
    setText(tr("Edit evidence %1").arg(code));
}

void SetEvidenceFieldCommand::apply(const QString &value)
{
    m_succeeded = m_document->setEvidenceField(m_code, m_field, value);
}

void SetEvidenceFieldCommand::redo()
{
    apply(m_new);
    // A refused edit (an emptied title) never becomes an undo step.
    setObsolete(!m_succeeded && m_document->evidenceItem(m_code) && m_old != m_new);
}

void SetEvidenceFieldCommand::undo()
{
    apply(m_old);
}

} // namespace Minh::Core
