#pragma once

#include <QString>

namespace Minh::Core {

// One problem the evidence health check found, with where to fix it.
struct HealthFinding
{
    enum class Severity
    {
        Error,  // the report would be wrong (a citation of nothing, a damaged file)
        Warning // the assessment is incomplete or doubtful
    };
    enum class Kind
    {
        CriterionWithoutEvidence,
        ItemNotCited,
        UnresolvedCitation,
        ItemWithoutFiles,
        DamagedFile,
        DuplicateFile,
        OutsideWindow,
        MissingTitle,
        MissingDate,
        MissingIssuer
    };
    Severity severity = Severity::Warning;
    Kind kind = Kind::ItemNotCited;
    QString criterion; // where to fix it: the criterion, if any
    QString code;      // the evidence code concerned, if any
    QString message;   // translated, complete sentence
};

} // namespace Minh::Core
