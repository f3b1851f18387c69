#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Changes one setting of a printed document (number, date, addressee, Nơi nhận…). Consecutive
// edits of the same setting merge into one command.
class SetDocumentSettingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SetDocumentSettingCommand)

public:
    SetDocumentSettingCommand(SchoolDocument *document, const QString &printedDocument, const QString &field,
                              const QString &value);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4D56; }
    bool mergeWith(const QUndoCommand *other) override;

    bool succeeded() const { return m_succeeded; }

private:
    SchoolDocument *m_document;
    QString m_printedDocument;
    QString m_field;
    QString m_old;
    QString m_new;
    bool m_succeeded = true;
};

} // namespace Minh::Core
