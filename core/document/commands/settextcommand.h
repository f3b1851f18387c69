#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Changes one text the council writes (a field of a criterion, a standard or a Mức 4 requirement). Consecutive edits of
// the same text merge into one command, so undo takes back a burst of typing, not a letter.
class SetTextCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SetTextCommand)

public:
    enum class Owner
    {
        Criterion,
        Standard,
        ExtraRequirement // key: the requirement's number
    };

    SetTextCommand(SchoolDocument *document, Owner owner, const QString &key, const QString &field, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4D54; }
    bool mergeWith(const QUndoCommand *other) override;

    bool succeeded() const { return m_succeeded; }

private:
    QString current() const;
    void apply(const QString &text);

    SchoolDocument *m_document;
    Owner m_owner;
    QString m_key;
    QString m_field;
    QString m_old;
    QString m_new;
    bool m_succeeded = true;
};

} // namespace Minh::Core
