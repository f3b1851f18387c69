#pragma once

#include "document/evidenceitem.h"
#include "healthfinding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Minh::Core {

// The JSON of evidence items and health findings, shared by "show", "evidence list", "check" and
// the package's data/assessment.json; documented in README.
class EvidenceJson
{
public:
    static QJsonObject item(const EvidenceItem &item);
    static QJsonArray items(const QList<EvidenceItem> &items);
    static QJsonObject findings(const QList<HealthFinding> &findings);
};

} // namespace Minh::Core
