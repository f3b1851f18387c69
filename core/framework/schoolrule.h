#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Minh::Core {

// Which criteria a condition speaks of. Mandatory and Optional follow the criteria's own flags.
struct CriterionSet
{
    enum class Kind
    {
        All,
        Mandatory,
        Optional,
        Listed
    };
    Kind kind = Kind::All;
    QStringList codes; // for Listed

    QString name() const
    {
        switch (kind) {
        case Kind::All:
            return QStringLiteral("all");
        case Kind::Mandatory:
            return QStringLiteral("mandatory");
        case Kind::Optional:
            return QStringLiteral("optional");
        case Kind::Listed:
            return codes.join(QLatin1Char(','));
        }
        return {};
    }
};

// One condition of a school level, as the framework data states it:
// - Criteria: the criteria of `set` reach Mức `reach` (or their cap, whichever is lower); all of
//   them, or at least `atLeast` of them;
// - ExtraRequirements: every extra requirement (Mức 4) is met.
struct RuleCondition
{
    enum class Kind
    {
        Criteria,
        ExtraRequirements
    };
    Kind kind = Kind::Criteria;
    CriterionSet set;
    int reach = 0;
    std::optional<int> atLeast;
};

struct SchoolLevelRule
{
    int level = 0;
    QList<RuleCondition> conditions;
};

struct NationalStandardStep
{
    int minSchoolLevel = 0;
    int degree = 0;
};

struct NationalStandard
{
    QString text;
    QList<NationalStandardStep> mapping;
    QString mappingSource;
    bool verified = false;

    // The national-standard degree (mức độ) a school level gives, 0 when it gives none, or no
    // value when the framework does not say how levels map.
    std::optional<int> degreeFor(int schoolLevel) const
    {
        if (mapping.isEmpty()) {
            return std::nullopt;
        }
        int degree = 0;
        for (const NationalStandardStep &step : mapping) {
            if (schoolLevel >= step.minSchoolLevel && step.degree > degree) {
                degree = step.degree;
            }
        }
        return degree;
    }
};

struct RuleText
{
    QString article;
    QString verbatim;
    QString verbatimEn;
    QStringList summary;
};

} // namespace Minh::Core
