#include "frameworkdiff.h"

#include "evaluation/indicatorref.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Minh::Core {

namespace {

void compareIndicators(const Criterion &before, const Criterion &after, int maxLevel, QList<FrameworkChange> *changes)
{
    for (int level = 1; level <= maxLevel; ++level) {
        for (const Indicator &old : before.indicators(level)) {
            const QString ref = IndicatorRef{before.code, level, old.key()}.toString();
            const Indicator *now = after.indicator(level, old.key());
            if (!now) {
                changes->append({FrameworkChange::Kind::IndicatorRemoved, ref, old.text, {}});
                continue;
            }
            if (now->text != old.text) {
                changes->append({FrameworkChange::Kind::IndicatorReworded, ref, old.text, now->text});
            }
            if (now->repealedBy != old.repealedBy) {
                changes->append({FrameworkChange::Kind::IndicatorRepealChanged, ref, old.repealedBy, now->repealedBy});
            }
        }
        for (const Indicator &now : after.indicators(level)) {
            if (!before.indicator(level, now.key())) {
                changes->append({FrameworkChange::Kind::IndicatorAdded, IndicatorRef{after.code, level, now.key()}.toString(),
                                 {}, now.text});
            }
        }
    }
}

QByteArray rulesOf(const Framework &fw)
{
    const QJsonObject root = QJsonDocument::fromJson(fw.source()).object();
    QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    rules.insert(QStringLiteral("national_standard"), root.value(QStringLiteral("national_standard")));
    rules.insert(QStringLiteral("amendments"), root.value(QStringLiteral("amendments")));
    return QJsonDocument(rules).toJson(QJsonDocument::Compact);
}

} // namespace

QList<FrameworkChange> FrameworkDiff::compare(const Framework &before, const Framework &after)
{
    QList<FrameworkChange> changes;
    const int maxLevel = std::max(before.maxCriterionLevel(), after.maxCriterionLevel());
    for (const Criterion *old : before.criteria()) {
        const Criterion *now = after.criterion(old->code);
        if (!now) {
            changes.append({FrameworkChange::Kind::CriterionRemoved, old->code, old->title, {}});
            for (int level = 1; level <= before.maxCriterionLevel(); ++level) {
                for (const Indicator &i : old->indicators(level)) {
                    changes.append({FrameworkChange::Kind::IndicatorRemoved, IndicatorRef{old->code, level, i.key()}.toString(),
                                    i.text, {}});
                }
            }
            continue;
        }
        if (now->title != old->title) {
            changes.append({FrameworkChange::Kind::CriterionRetitled, old->code, old->title, now->title});
        }
        compareIndicators(*old, *now, maxLevel, &changes);
    }
    for (const Criterion *now : after.criteria()) {
        if (!before.criterion(now->code)) {
            changes.append({FrameworkChange::Kind::CriterionAdded, now->code, {}, now->title});
            Criterion empty;
            empty.code = now->code;
            compareIndicators(empty, *now, maxLevel, &changes);
        }
    }
    const ExtraRequirements &xb = before.extraRequirements();
    const ExtraRequirements &xa = after.extraRequirements();
    for (const ExtraRequirement &old : xb.requirements) {
        const QString ref = QStringLiteral("level%1/%2").arg(xb.level).arg(old.number);
        const auto it = std::find_if(xa.requirements.cbegin(), xa.requirements.cend(),
                                     [&](const ExtraRequirement &r) { return r.number == old.number; });
        if (it == xa.requirements.cend()) {
            changes.append({FrameworkChange::Kind::ExtraRequirementRemoved, ref, old.text, {}});
        } else if (it->text != old.text) {
            changes.append({FrameworkChange::Kind::ExtraRequirementReworded, ref, old.text, it->text});
        }
    }
    for (const ExtraRequirement &now : xa.requirements) {
        if (!xb.contains(now.number)) {
            changes.append({FrameworkChange::Kind::ExtraRequirementAdded,
                            QStringLiteral("level%1/%2").arg(xa.level).arg(now.number), {}, now.text});
        }
    }
    if (rulesOf(before) != rulesOf(after)) {
        changes.append({FrameworkChange::Kind::RulesChanged, QStringLiteral("rules"), {}, {}});
    }
    const auto describe = [](const Framework &fw) {
        return QStringList{fw.circular(), fw.title(), fw.status(), fw.provenance().summary,
                           fw.provenance().verified ? QStringLiteral("verified") : QStringLiteral("unverified")}
            .join(QLatin1Char('\n'));
    };
    if (describe(before) != describe(after)) {
        changes.append({FrameworkChange::Kind::DescriptionChanged, QStringLiteral("description"), describe(before),
                        describe(after)});
    }
    return changes;
}

} // namespace Minh::Core
