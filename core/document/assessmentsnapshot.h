#pragma once

#include "councilmember.h"
#include "evaluation/judgementset.h"
#include "evidenceitem.h"
#include "schoolinfo.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Minh::Core {

class Framework;
class SchoolDocument;

// The assessment's data without the file it lives in: taken from an open school file, or read
// back from a package's data/assessment.json. The checks that an office re-runs on a received
// package (completeness, evidence health, the school level) work on this, so the school and the
// office run the very same code.
struct AssessmentSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::AssessmentSnapshot)

public:
    SchoolInfo school;
    AssessmentInfo assessment;
    JudgementSet judgements;
    QHash<QString, QString> criterionTexts; // "code\nfield" → text
    QHash<QString, QString> standardTexts;  // "number\nfield" → text
    QHash<QString, QString> extraRequirementTexts; // "Mức 4 requirement number\nfield" → text
    QList<CouncilMember> council;
    QList<EvidenceItem> evidence;
    QList<qint64> damagedContents;        // stored contents that lost parts (school file only)
    std::optional<int> statedSchoolLevel; // the level the JSON states (package only)

    QString criterionText(const QString &criterion, const QString &field) const;
    QString standardText(int standard, const QString &field) const;
    QString extraRequirementText(int requirement, const QString &field) const;

    static AssessmentSnapshot fromDocument(const SchoolDocument &document);
    // Reads the JSON written by AssessmentJson (untrusted: every key's type is checked).
    static Result<AssessmentSnapshot> fromJson(const QJsonObject &json, const QString &fileName);
    static QString textKey(const QString &owner, const QString &field) { return owner + QLatin1Char('\n') + field; }
};

} // namespace Minh::Core
