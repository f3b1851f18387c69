#include "settextcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

SetTextCommand::SetTextCommand(SchoolDocument *document, Owner owner, const QString &key, const QString &field,
                               const QString &text)
    : m_document(document)
    , m_owner(owner)
    , m_key(key)
    , m_field(field)
    , m_old(owner == Owner::Criterion ? document->criterionText(key, field) : document->standardText(key.toInt(), field))
    , m_new(text)
{
    setText(owner == Owner::Criterion ? tr("Text of criterion %1").arg(key) : tr("Text of standard %1").arg(key));
}

void SetTextCommand::apply(const QString &text)
{
    m_succeeded = m_owner == Owner::Criterion ? m_document->setCriterionText(m_key, m_field, text)
                                              : m_document->setStandardText(m_key.toInt(), m_field, text);
}

void SetTextCommand::redo()
{
    apply(m_new);
}

void SetTextCommand::undo()
{
    apply(m_old);
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    if (next->m_document != m_document || next->m_owner != m_owner || next->m_key != m_key || next->m_field != m_field) {
        return false;
    }
    m_new = next->m_new;
    return true;
}

} // namespace Minh::Core
