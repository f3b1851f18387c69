#pragma once

#include <QString>

namespace Minh::Core {

// One item's code before and after a renumbering.
struct EvidenceCodeChange
{
    qint64 itemId = 0;
    QString oldCode;
    QString newCode;
    int box = 0;
    int sequence = 0;
};

} // namespace Minh::Core
