#include "setevidencekeptcommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

SetEvidenceKeptCommand::SetEvidenceKeptCommand(SchoolDocument *document, const QString &code, bool kept)
    : m_document(document)
    , m_code(code)
    , m_kept(kept)
{
    setText(kept ? tr("Keep evidence %1 although no text cites it").arg(code)
                 : tr("Evidence %1 needs a citation again").arg(code));
}

void SetEvidenceKeptCommand::redo()
{
    // A refused write (read-only file) is reported by the document; the step stays harmless.
    setObsolete(!m_document->setEvidenceKept(m_code, m_kept));
}

void SetEvidenceKeptCommand::undo()
{
    (void)m_document->setEvidenceKept(m_code, !m_kept);
}

} // namespace Minh::Core
