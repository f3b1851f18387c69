#pragma once

#include "healthfinding.h"

#include <QCoreApplication>
#include <QList>

namespace Minh::Core {

class Framework;
class SchoolDocument;
struct AssessmentSnapshot;

// The one evidence check, used by the window, by "minh-cli check" and before packaging. It reads
// metadata and citations only, never file contents, so it stays fast on a school file of
// several gigabytes.
class EvidenceHealth
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EvidenceHealth)

public:
    static QList<HealthFinding> check(const SchoolDocument &document);
    // The same check on data without its school file (a received package's assessment.json).
    static QList<HealthFinding> check(const Framework &framework, const AssessmentSnapshot &snapshot);
    static QString kindKey(HealthFinding::Kind kind);
    static bool hasErrors(const QList<HealthFinding> &findings);
};

} // namespace Minh::Core
