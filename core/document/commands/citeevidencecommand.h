#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Links an evidence item to a criterion other than its own (a citation), or with `cite` false
// takes such a link away. Undo does the opposite.
class CiteEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::CiteEvidenceCommand)

public:
    CiteEvidenceCommand(SchoolDocument *document, const QString &code, const QString &criterion, bool cite = true);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_succeeded; }

private:
    void apply(bool cite);

    SchoolDocument *m_document;
    QString m_code;
    QString m_criterion;
    bool m_cite;
    bool m_succeeded = true;
};

} // namespace Minh::Core
