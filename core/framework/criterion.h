#pragma once

#include "indicator.h"

#include <QList>
#include <QString>

namespace Minh::Core {

// A criterion (tiêu chí) with its indicators per level. levels[0] holds Mức 1, levels[1] Mức 2, …;
// a level without indicators is an empty list.
struct Criterion
{
    QString code; // "1.10"
    QString title;
    int standardNumber = 0;
    bool mandatory = false;
    QList<QList<Indicator>> levels;

    const QList<Indicator> &indicators(int level) const
    {
        static const QList<Indicator> none;
        return level >= 1 && level <= levels.size() ? levels.at(level - 1) : none;
    }

    const Indicator *indicator(int level, const QString &key) const
    {
        for (const Indicator &i : indicators(level)) {
            if (i.key() == key) {
                return &i;
            }
        }
        return nullptr;
    }
};

struct Standard
{
    int number = 0;
    QString article;
    QString title;
    QList<Criterion> criteria;
};

} // namespace Minh::Core
