#include "setdocumentsettingcommand.h"

#include "document/documentsettings.h"
#include "document/schooldocument.h"

namespace Minh::Core {

SetDocumentSettingCommand::SetDocumentSettingCommand(SchoolDocument *document, const QString &printedDocument,
                                                     const QString &field, const QString &value)
    : m_document(document)
    , m_printedDocument(printedDocument)
    , m_field(field)
    , m_old(document->documentSetting(printedDocument, field))
    , m_new(value)
{
    setText(tr("Settings of “%1”").arg(DocumentSettings::documentName(printedDocument)));
}

void SetDocumentSettingCommand::redo()
{
    m_succeeded = m_document->setDocumentSetting(m_printedDocument, m_field, m_new);
    // A refused edit (bad value, read-only file) leaves nothing to undo: QUndoStack::push() drops
    // a command that is obsolete after its first redo().
    setObsolete(!m_succeeded);
}

void SetDocumentSettingCommand::undo()
{
    m_succeeded = m_document->setDocumentSetting(m_printedDocument, m_field, m_old);
}

bool SetDocumentSettingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetDocumentSettingCommand *>(other);
    if (next->m_document != m_document || next->m_printedDocument != m_printedDocument || next->m_field != m_field) {
        return false;
    }
    m_new = next->m_new;
    return true;
}

} // namespace Minh::Core
