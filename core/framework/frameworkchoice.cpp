#include "frameworkchoice.h"

namespace Minh::Core {

QList<const FrameworkCatalog::Entry *> FrameworkChoice::forSchoolType(const QList<FrameworkCatalog::Entry> &entries,
                                                                      const QString &schoolType)
{
    QList<const FrameworkCatalog::Entry *> out;
    for (const FrameworkCatalog::Entry &e : entries) {
        if (e.framework.schoolTypes().contains(schoolType)) {
            out.append(&e);
        }
    }
    return out;
}

const FrameworkCatalog::Entry *FrameworkChoice::preferred(const QList<FrameworkCatalog::Entry> &entries,
                                                          const QString &schoolType, QDate date)
{
    const FrameworkCatalog::Entry *best = nullptr;
    QDate bestDate;
    for (const FrameworkCatalog::Entry *e : forSchoolType(entries, schoolType)) {
        const QDate effective = QDate::fromString(e->framework.effective(), Qt::ISODate);
        if (!effective.isValid() || effective > date) {
            continue;
        }
        if (!best || effective > bestDate) {
            best = e;
            bestDate = effective;
        }
    }
    return best;
}

} // namespace Minh::Core
