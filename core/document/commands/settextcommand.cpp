#include "settextcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

SetTextCommand::SetTextCommand(SchoolDocument *document, Owner owner, const QString &key, const QString &field,
                               const QString &text)
    : m_document(document)
    , m_owner(owner)
    , m_key(key)
    , m_field(field)
    , m_old(current())
    , m_new(text)
{
    switch (owner) {
    case Owner::Criterion:
        setText(tr("Text of criterion %1").arg(key));
        break;
    case Owner::Standard:
        setText(tr("Text of standard %1").arg(key));
        break;
    case Owner::ExtraRequirement:
        setText(tr("Text of Mức 4 requirement %1").arg(key));
        break;
    }
}

QString SetTextCommand::current() const
{
    switch (m_owner) {
    case Owner::Criterion:
        return m_document->criterionText(m_key, m_field);
    case Owner::Standard:
        return m_document->standardText(m_key.toInt(), m_field);
    case Owner::ExtraRequirement:
        return m_document->extraRequirementText(m_key.toInt(), m_field);
    }
    return {};
}

void SetTextCommand::apply(const QString &text)
{
    switch (m_owner) {
    case Owner::Criterion:
        m_succeeded = m_document->setCriterionText(m_key, m_field, text);
        break;
    case Owner::Standard:
        m_succeeded = m_document->setStandardText(m_key.toInt(), m_field, text);
        break;
    case Owner::ExtraRequirement:
        m_succeeded = m_document->setExtraRequirementText(m_key.toInt(), m_field, text);
        break;
    }
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
