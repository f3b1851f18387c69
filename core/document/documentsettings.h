#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Minh::Core {

// The editable parts of the printed documents that are not assessment data: number, date,
// place, signer, addressee, "Nơi nhận"… Offices changed in 2025 and provinces differ, so none of
// them is fixed in the builders. A field left empty takes a default from the school.
class DocumentSettings
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::DocumentSettings)

public:
    // Document keys, as stored in document_setting.document.
    static QString councilDecision() { return QStringLiteral("council_decision"); }
    static QString selfAssessmentPlan() { return QStringLiteral("self_assessment_plan"); }
    static QString registrationLetter() { return QStringLiteral("registration_letter"); }
    static QStringList documents() { return {councilDecision(), selfAssessmentPlan(), registrationLetter()}; }

    // Values of the registration letter's "kind" field: what the school asks to be recognised for.
    static QString kindAccreditation() { return QStringLiteral("accreditation"); }
    static QString kindNationalStandard() { return QStringLiteral("national_standard"); }
    static QString kindBoth() { return QStringLiteral("both"); }
    static QStringList kinds() { return {kindAccreditation(), kindNationalStandard(), kindBoth()}; }
    static QString kindName(const QString &kind);

    enum class Input
    {
        Line,
        Date, // stored as an ISO date
        Lines, // several lines, e.g. "Nơi nhận"
        Choice // one of kinds()
    };

    struct Field
    {
        QString key;
        QString label; // translated, for the editor
        Input input = Input::Line;
    };

    static QString documentName(const QString &document);
    static QList<Field> fields(const QString &document);
    static bool isKnown(const QString &document, const QString &field);
};

} // namespace Minh::Core
