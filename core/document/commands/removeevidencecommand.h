#pragma once

#include "document/evidenceitem.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Deletes an evidence item with its file links and citations. The stored contents stay in the
// school file, so undo brings the item back whole from the snapshot taken here.
class RemoveEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::RemoveEvidenceCommand)

public:
    RemoveEvidenceCommand(SchoolDocument *document, const EvidenceItem &item);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_succeeded; }

private:
    SchoolDocument *m_document;
    EvidenceItem m_item;
    bool m_succeeded = true;
};

} // namespace Minh::Core
