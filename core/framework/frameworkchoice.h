#pragma once

#include "frameworkcatalog.h"

#include <QDate>

namespace Minh::Core {

// Which framework a new assessment should use by default: among the catalog's frameworks for the
// school type, the one that took effect most recently on or before `date` (a framework that
// replaces another takes effect later). Null when none is for that school type.
class FrameworkChoice
{
public:
    static const FrameworkCatalog::Entry *preferred(const QList<FrameworkCatalog::Entry> &entries,
                                                    const QString &schoolType, QDate date);
    static QList<const FrameworkCatalog::Entry *> forSchoolType(const QList<FrameworkCatalog::Entry> &entries,
                                                                const QString &schoolType);
};

} // namespace Minh::Core
