#pragma once

#include <QDateTime>
#include <QString>

namespace Minh::Core::Timestamps {

// Timestamps are stored as ISO-8601 UTC text, as the storage conventions require.
inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Minh::Core::Timestamps
