#pragma once

#include "criterion.h"
#include "extrarequirements.h"
#include "regime.h"
#include "schoolrule.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Minh::Core {

// One accreditation framework (a Thông tư with its standards, criteria, indicators, rules and
// provenance), loaded from data. Built only by FrameworkParser, so every instance is valid.
class Framework
{
public:
    QString id() const { return m_id; }
    QString circular() const { return m_circular; }
    QString title() const { return m_title; }
    QString issued() const { return m_issued; }
    QString effective() const { return m_effective; }
    QString status() const { return m_status; }
    QString annex() const { return m_annex; }
    QStringList schoolTypes() const { return m_schoolTypes; }
    const Provenance &provenance() const { return m_provenance; }
    const Regime &regime() const { return m_regime; }
    const QList<Amendment> &amendments() const { return m_amendments; }
    const QList<Standard> &standards() const { return m_standards; }
    const ExtraRequirements &extraRequirements() const { return m_extraRequirements; }
    const RuleText &ruleText() const { return m_ruleText; }
    const QList<SchoolLevelRule> &schoolLevelRules() const { return m_schoolLevelRules; }
    const NationalStandard &nationalStandard() const { return m_nationalStandard; }
    int maxCriterionLevel() const { return m_maxCriterionLevel; }
    int maxSchoolLevel() const;

    // The exact bytes the framework was read from, stored in each school file made with it.
    QByteArray source() const { return m_source; }
    QString sha256() const;

    QList<const Criterion *> criteria() const;
    const Criterion *criterion(const QString &code) const;
    const Standard *standard(int number) const;
    QList<const Criterion *> criteriaIn(const CriterionSet &set) const;

    // Whether an indicator is part of the rules in force on `rulesDate`: an indicator repealed by
    // an amendment stops counting from the amendment's effective date.
    bool isInForce(const Indicator &indicator, QDate rulesDate) const;
    QList<Indicator> indicatorsInForce(const Criterion &criterion, int level, QDate rulesDate) const;

    // The highest level at which the criterion has indicators in force: a criterion can rise no
    // higher, and a school level above it asks only this much of it.
    int cap(const Criterion &criterion, QDate rulesDate) const;

private:
    friend class FrameworkParser;

    QString m_id;
    QString m_circular;
    QString m_title;
    QString m_issued;
    QString m_effective;
    QString m_status;
    QString m_annex;
    QStringList m_schoolTypes;
    Provenance m_provenance;
    Regime m_regime;
    QList<Amendment> m_amendments;
    QList<Standard> m_standards;
    ExtraRequirements m_extraRequirements;
    RuleText m_ruleText;
    QList<SchoolLevelRule> m_schoolLevelRules;
    NationalStandard m_nationalStandard;
    int m_maxCriterionLevel = 0;
    QByteArray m_source;
    QHash<QString, QPair<int, int>> m_criterionIndex; // code → (standard index, criterion index)
};

} // namespace Minh::Core
