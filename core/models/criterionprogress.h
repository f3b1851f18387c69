#pragma once

#include <QCoreApplication>
#include <QString>

namespace Minh::Core {

class SchoolDocument;

// Where the council stands with one criterion, as the workbench's tree shows it.
class CriterionProgress
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::CriterionProgress)

public:
    enum class State
    {
        NotStarted,      // nothing judged, nothing written
        InProgress,      // some of it done
        EvidenceMissing, // judged and written, but no evidence belongs to it, is linked or cited
        Complete         // every indicator in force judged, every text written, evidence present
    };

    static State state(const SchoolDocument &document, const QString &criterion);
    static QString name(State state);
    // The council members who write this criterion, by name.
    static QString assignees(const SchoolDocument &document, const QString &criterion);
};

} // namespace Minh::Core
