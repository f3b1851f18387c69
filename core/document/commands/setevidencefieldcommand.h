#pragma once

#include "document/evidencefield.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Changes one metadata field of an evidence item (title, issue data, issuer…), as the register
// edits it in place. Undo puts the old value back.
class SetEvidenceFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SetEvidenceFieldCommand)

public:
    SetEvidenceFieldCommand(SchoolDocument *document, const QString &code, EvidenceField field, const QString &value);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_succeeded; }

private:
    void apply(const QString &value);

    SchoolDocument *m_document;
    QString m_code;
    EvidenceField m_field;
    QString m_old;
    QString m_new;
    bool m_succeeded = true;
};

} // namespace Minh::Core
