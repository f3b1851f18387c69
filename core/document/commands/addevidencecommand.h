#pragma once

#include "document/evidenceitem.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Evidence items that a background import has just created (files dropped on a criterion). The
// items are already in the file when the command is pushed, so its first redo does nothing; undo
// removes them and redo puts back the snapshots, without needing the original files again.
class AddEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::AddEvidenceCommand)

public:
    AddEvidenceCommand(SchoolDocument *document, const QList<EvidenceItem> &created, const QString &criterion);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_succeeded; }

private:
    SchoolDocument *m_document;
    QList<EvidenceItem> m_items;
    bool m_applied = true;
    bool m_succeeded = true;
};

} // namespace Minh::Core
