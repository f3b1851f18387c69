#pragma once

#include "document/planactivity.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Minh::Core {

class SchoolDocument;

// Adds, changes or removes one line of the self-assessment plan's timeline: `before` empty adds
// `after`, `after` empty removes `before`, both change the row. Undo does the reverse; a removed
// row comes back with its id and so in its place.
class PlanActivityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PlanActivityCommand)

public:
    PlanActivityCommand(SchoolDocument *document, std::optional<PlanActivity> before, std::optional<PlanActivity> after);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_succeeded; }

private:
    bool apply(const std::optional<PlanActivity> &from, std::optional<PlanActivity> &to);

    SchoolDocument *m_document;
    std::optional<PlanActivity> m_before;
    std::optional<PlanActivity> m_after;
    bool m_succeeded = true;
};

} // namespace Minh::Core
