#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Marks an evidence item as kept on purpose although no text cites it (or takes the mark back),
// so that the dossier's completeness check accepts it.
class SetEvidenceKeptCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SetEvidenceKeptCommand)

public:
    SetEvidenceKeptCommand(SchoolDocument *document, const QString &code, bool kept);

    void redo() override;
    void undo() override;

private:
    SchoolDocument *m_document;
    QString m_code;
    bool m_kept;
};

} // namespace Minh::Core
