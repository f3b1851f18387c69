#include "citeevidencecommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

CiteEvidenceCommand::CiteEvidenceCommand(SchoolDocument *document, const QString &code, const QString &criterion,
                                         bool cite)
    : m_document(document)
    , m_code(code)
    , m_criterion(criterion)
    , m_cite(cite)
{
    setText(cite ? tr("Link evidence %1 to criterion %2").arg(code, criterion)
                 : tr("Unlink evidence %1 from criterion %2").arg(code, criterion));
}

void CiteEvidenceCommand::apply(bool cite)
{
    m_succeeded = cite ? m_document->citeEvidence(m_code, m_criterion) : m_document->uncite(m_code, m_criterion);
}

void CiteEvidenceCommand::redo()
{
    apply(m_cite);
}

void CiteEvidenceCommand::undo()
{
    apply(!m_cite);
}

} // namespace Minh::Core
