#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Minh::Core {

class SchoolDocument;

// Changes one figure of the school data (one cell: a row of a table, one school year).
// Consecutive edits of the same cell merge, so undo takes back what was typed there.
class SetSchoolFigureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SetSchoolFigureCommand)

public:
    SetSchoolFigureCommand(SchoolDocument *document, const QString &schoolYear, const QString &figure,
                           const QString &value);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4D55; }
    bool mergeWith(const QUndoCommand *other) override;

    bool succeeded() const { return m_succeeded; }

private:
    SchoolDocument *m_document;
    QString m_schoolYear;
    QString m_figure;
    QString m_old;
    QString m_new;
    bool m_succeeded = true;
};

} // namespace Minh::Core
