#pragma once

#include <QList>
#include <QString>

namespace Minh::Core {

struct ExtraRequirement
{
    int number = 0;
    QString text;
    QString textEn;
};

// School-wide requirements judged on their own rather than per criterion: the Mức 4 requirements
// of the 2018 circulars (Điều 22). Empty for frameworks that have none.
struct ExtraRequirements
{
    int level = 0;
    QString title;
    QString article;
    QString intro;
    QString note;
    QString source;
    bool verified = false;
    QList<ExtraRequirement> requirements;

    bool isEmpty() const { return requirements.isEmpty(); }
    bool contains(int number) const
    {
        for (const ExtraRequirement &r : requirements) {
            if (r.number == number) {
                return true;
            }
        }
        return false;
    }
};

} // namespace Minh::Core
