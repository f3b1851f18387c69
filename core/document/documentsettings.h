#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Minh::Core {

class Framework;

// The editable parts of the printed documents that are not assessment data: number, date,
// place, signer, addressee, "Nơi nhận"… Offices changed in 2025 and provinces differ, so none of
// them is fixed in the builders. A field left empty takes a default from the school.
// The report and the improvement plan also carry texts the school writes (Đặt vấn đề, Kết luận
// chung, Căn cứ…): which ones is framework data, so their fields come from the regime's outline.
class DocumentSettings
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::DocumentSettings)

public:
    // Document keys, as stored in document_setting.document.
    static QString councilDecision() { return QStringLiteral("council_decision"); }
    static QString selfAssessmentPlan() { return QStringLiteral("self_assessment_plan"); }
    static QString registrationLetter() { return QStringLiteral("registration_letter"); }
    static QString report() { return QStringLiteral("report"); }
    static QString plan() { return QStringLiteral("plan"); }

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
        Choice, // one of kinds()
        Prose // paragraphs the school writes into the report or the plan
    };

    struct Field
    {
        QString key;
        QString label; // translated, for the editor
        Input input = Input::Line;
    };

    static QString documentName(const QString &document);
    // The fields of a document under `framework`: the fixed settings of the administrative
    // documents, and for the report and the plan the texts their outline asks for.
    static QList<Field> fields(const QString &document, const Framework &framework);
    static bool isKnown(const QString &document, const QString &field, const Framework &framework);

private:
    static QList<Field> administrativeFields(const QString &document);
};

} // namespace Minh::Core
