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

// Everything that decides levels, compared as one block: the rules, the amendments and their
// dates, the national-standard mapping, the number of levels and the level of the extra requirements.
QByteArray rulesOf(const Framework &fw)
{
    const QJsonObject root = QJsonDocument::fromJson(fw.source()).object();
    QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    rules.insert(QStringLiteral("national_standard"), root.value(QStringLiteral("national_standard")));
    rules.insert(QStringLiteral("amendments"), root.value(QStringLiteral("amendments")));
    rules.insert(QStringLiteral("max_criterion_level"), fw.maxCriterionLevel());
    rules.insert(QStringLiteral("extra_requirements_level"), fw.extraRequirements().level);
    return QJsonDocument(rules).toJson(QJsonDocument::Compact);
}

void compareFields(const QString &group, const QList<TextField> &before, const QList<TextField> &after,
                   QList<FrameworkChange> *changes)
{
    for (const TextField &old : before) {
        const auto it = std::find_if(after.cbegin(), after.cend(), [&](const TextField &f) { return f.key == old.key; });
        if (it == after.cend()) {
            changes->append({FrameworkChange::Kind::TextFieldRemoved, group + QLatin1Char('.') + old.key, old.title, {}});
        } else if (it->title != old.title) {
            changes->append({FrameworkChange::Kind::TextFieldRetitled, group + QLatin1Char('.') + old.key, old.title, it->title});
        }
    }
    for (const TextField &now : after) {
        if (std::none_of(before.cbegin(), before.cend(), [&](const TextField &f) { return f.key == now.key; })) {
            changes->append({FrameworkChange::Kind::TextFieldAdded, group + QLatin1Char('.') + now.key, {}, now.title});
        }
    }
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
        if (now->mandatory != old->mandatory) {
            changes.append({FrameworkChange::Kind::CriterionMandatoryChanged, old->code, {}, now->mandatory ? QStringLiteral("1") : QString()});
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
    for (const Standard &old : before.standards()) {
        const Standard *now = after.standard(old.number);
        if (now && now->title != old.title) {
            changes.append({FrameworkChange::Kind::StandardRetitled, QString::number(old.number), old.title, now->title});
        }
    }
    compareFields(QStringLiteral("criterion_fields"), before.regime().criterionFields, after.regime().criterionFields, &changes);
    compareFields(QStringLiteral("standard_fields"), before.regime().standardFields, after.regime().standardFields, &changes);
    const EvidenceScheme &eb = before.regime().evidence;
    const EvidenceScheme &ea = after.regime().evidence;
    if (eb.codeFormat != ea.codeFormat || eb.windowSchoolYears != ea.windowSchoolYears) {
        changes.append({FrameworkChange::Kind::EvidenceSchemeChanged, QStringLiteral("evidence"),
                        QStringLiteral("%1 / %2").arg(eb.codeFormat).arg(eb.windowSchoolYears),
                        QStringLiteral("%1 / %2").arg(ea.codeFormat).arg(ea.windowSchoolYears)});
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
