#include "setschoolfigurecommand.h"

#include "document/schooldocument.h"

namespace Minh::Core {

SetSchoolFigureCommand::SetSchoolFigureCommand(SchoolDocument *document, const QString &schoolYear,
                                               const QString &figure, const QString &value)
    : m_document(document)
    , m_schoolYear(schoolYear)
    , m_figure(figure)
    , m_old(document->schoolFigure(schoolYear, figure))
    , m_new(value)
{
    setText(tr("School data of %1").arg(schoolYear));
}

void SetSchoolFigureCommand::redo()
{
    m_succeeded = m_document->setSchoolFigure(m_schoolYear, m_figure, m_new);
    // A refused edit (bad value, read-only file) leaves nothing to undo: QUndoStack::push() drops
    // a command that is obsolete after its first redo().
    setObsolete(!m_succeeded);
}

void SetSchoolFigureCommand::undo()
{
    m_succeeded = m_document->setSchoolFigure(m_schoolYear, m_figure, m_old);
}

bool SetSchoolFigureCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSchoolFigureCommand *>(other);
    if (next->m_document != m_document || next->m_schoolYear != m_schoolYear || next->m_figure != m_figure) {
        return false;
    }
    m_new = next->m_new;
    return true;
}

} // namespace Minh::Core
