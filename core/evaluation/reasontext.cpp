#include "reasontext.h"

#include <QStringList>

namespace Minh::Core {

namespace {

QString refList(const QList<IndicatorRef> &refs)
{
    QStringList names;
    for (const IndicatorRef &ref : refs) {
        names.append(ref.toString());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString ReasonText::setName(const QString &set)
{
    if (set == QStringLiteral("mandatory")) {
        return tr("mandatory criteria");
    }
    if (set == QStringLiteral("optional")) {
        return tr("other (non-mandatory) criteria");
    }
    if (set == QStringLiteral("all")) {
        return tr("criteria");
    }
    return tr("criteria %1").arg(set);
}

QString ReasonText::describe(const CriterionShortfall &s)
{
    return tr("criterion %1 does not reach Mức %2: indicators not met or not yet judged: %3")
        .arg(s.criterion)
        .arg(s.requiredLevel)
        .arg(refList(s.indicators));
}

QString ReasonText::describe(const BlockingReason &reason)
{
    switch (reason.kind) {
    case BlockingReason::Kind::Criterion:
        return describe(reason.shortfall);
    case BlockingReason::Kind::Threshold:
        return tr("only %1 of the %2 reach Mức %3; at least %4 must")
            .arg(reason.reached)
            .arg(setName(reason.criteriaSet))
            .arg(reason.requiredLevel)
            .arg(reason.atLeast);
    case BlockingReason::Kind::ExtraRequirements: {
        QStringList numbers;
        for (int n : reason.requirements) {
            numbers.append(QString::number(n));
        }
        return tr("Mức %1 requirements not met or not yet judged: %2").arg(reason.requiredLevel).arg(numbers.join(QStringLiteral(", ")));
    }
    case BlockingReason::Kind::LowerLevel:
        return tr("Mức %1 must be reached first").arg(reason.requiredLevel);
    }
    return {};
}

} // namespace Minh::Core
