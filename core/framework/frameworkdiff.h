#pragma once

#include "framework.h"

#include <QList>
#include <QString>

namespace Minh::Core {

// What differs between two versions of a framework, item by item, so that upgrading an existing
// assessment is an explicit step whose consequences the user sees first.
struct FrameworkChange
{
    enum class Kind
    {
        CriterionAdded,
        CriterionRemoved,
        CriterionRetitled,
        CriterionMandatoryChanged,
        StandardRetitled,
        TextFieldAdded,
        TextFieldRemoved,
        TextFieldRetitled,
        EvidenceSchemeChanged,
        IndicatorAdded,
        IndicatorRemoved,
        IndicatorReworded,
        IndicatorRepealChanged,
        ExtraRequirementAdded,
        ExtraRequirementRemoved,
        ExtraRequirementReworded,
        RulesChanged,
        DescriptionChanged
    };
    Kind kind;
    QString ref; // criterion code, standard number, indicator reference, "level4/<n>", text field key, or a field name
    QString oldText;
    QString newText;

    // Changes after which a verdict the council gave no longer means the same.
    bool invalidatesJudgement() const
    {
        return kind == Kind::IndicatorRemoved || kind == Kind::IndicatorReworded || kind == Kind::ExtraRequirementRemoved
               || kind == Kind::ExtraRequirementReworded;
    }
};

class FrameworkDiff
{
public:
    static QList<FrameworkChange> compare(const Framework &before, const Framework &after);
};

} // namespace Minh::Core
