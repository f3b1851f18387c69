#include "framework.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Minh::Core {

int Framework::maxSchoolLevel() const
{
    int level = 0;
    for (const SchoolLevelRule &rule : m_schoolLevelRules) {
        level = std::max(level, rule.level);
    }
    return level;
}

QString Framework::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_source, QCryptographicHash::Sha256).toHex());
}

QList<const Criterion *> Framework::criteria() const
{
    QList<const Criterion *> all;
    for (const Standard &s : m_standards) {
        for (const Criterion &c : s.criteria) {
            all.append(&c);
        }
    }
    return all;
}

const Criterion *Framework::criterion(const QString &code) const
{
    const auto it = m_criterionIndex.constFind(code);
    if (it == m_criterionIndex.constEnd()) {
        return nullptr;
    }
    return &m_standards.at(it->first).criteria.at(it->second);
}

const Standard *Framework::standard(int number) const
{
    for (const Standard &s : m_standards) {
        if (s.number == number) {
            return &s;
        }
    }
    return nullptr;
}

QList<const Criterion *> Framework::criteriaIn(const CriterionSet &set) const
{
    QList<const Criterion *> selected;
    for (const Criterion *c : criteria()) {
        switch (set.kind) {
        case CriterionSet::Kind::All:
            selected.append(c);
            break;
        case CriterionSet::Kind::Mandatory:
            if (c->mandatory) {
                selected.append(c);
            }
            break;
        case CriterionSet::Kind::Optional:
            if (!c->mandatory) {
                selected.append(c);
            }
            break;
        case CriterionSet::Kind::Listed:
            if (set.codes.contains(c->code)) {
                selected.append(c);
            }
            break;
        }
    }
    return selected;
}

bool Framework::isInForce(const Indicator &indicator, QDate rulesDate) const
{
    if (!indicator.hasRepeal()) {
        return true;
    }
    for (const Amendment &a : m_amendments) {
        if (a.id == indicator.repealedBy) {
            return rulesDate < QDate::fromString(a.effective, Qt::ISODate);
        }
    }
    return false; // the parser guarantees every repeal names a known amendment
}

QList<Indicator> Framework::indicatorsInForce(const Criterion &criterion, int level, QDate rulesDate) const
{
    QList<Indicator> inForce;
    for (const Indicator &i : criterion.indicators(level)) {
        if (isInForce(i, rulesDate)) {
            inForce.append(i);
        }
    }
    return inForce;
}

int Framework::cap(const Criterion &criterion, QDate rulesDate) const
{
    for (int level = m_maxCriterionLevel; level >= 1; --level) {
        if (!indicatorsInForce(criterion, level, rulesDate).isEmpty()) {
            return level;
        }
    }
    return 0;
}

} // namespace Minh::Core
