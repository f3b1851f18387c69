#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Minh::Core {

class Framework;
class SchoolDocument;
struct AssessmentSnapshot;

// One thing missing or doubtful before the dossier is signed, with where it is fixed.
struct CompletenessFinding
{
    enum class Severity
    {
        Error,  // blocks the export
        Warning // listed; the council decides
    };
    enum class Place
    {
        Criterion, // `where` is a criterion code
        Standard,  // `where` is a standard number
        Evidence,  // `where` is an evidence code
        Council,   // the council view
        School,    // the summary / school level
        Documents  // the council decision, registration letter and printed documents
    };
    Severity severity = Severity::Error;
    QString kind; // stable key, e.g. "criterion_not_judged"
    Place place = Place::School;
    QString where;
    QString message; // translated, complete sentence

    static QString placeKey(Place place);
};

// Inputs that other parts of Minh provide; a hook left empty is reported as "not checked"
// (a warning), never as passed.
struct CompletenessHooks
{
    std::function<bool()> councilDecisionPresent;
    std::function<bool()> registrationLetterFilled;
    // Empty when every printed document generates; otherwise why not.
    std::function<QString()> documentsGenerate;
};

// Makes the hooks for a school file opened in the calling thread (the export's worker opens its own).
using CompletenessHooksFactory = std::function<CompletenessHooks(const SchoolDocument &)>;

// The check run before signing (GUI, "minh-cli check", export) and again by the office on a
// received package's data: every criterion judged and written, the school level computable,
// citations resolve, evidence cited or kept on purpose, the evidence window (EvidenceHealth),
// the council with a chair, and the hooks above.
class CompletenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::CompletenessCheck)

public:
    static QList<CompletenessFinding> check(const Framework &framework, const AssessmentSnapshot &snapshot,
                                            const CompletenessHooks &hooks = {});
    static QList<CompletenessFinding> check(const SchoolDocument &document, const CompletenessHooks &hooks = {});
    static bool hasErrors(const QList<CompletenessFinding> &findings);
    static QJsonObject toJson(const QList<CompletenessFinding> &findings);
};

} // namespace Minh::Core
