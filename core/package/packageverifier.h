#pragma once

#include "completenesscheck.h"
#include "signatureverifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Minh::Core {

// What the office learns from a received dossier.
struct PackageReport
{
    struct File
    {
        enum class Status
        {
            Ok,
            Changed,   // its SHA-256 is not the one the signed manifest states
            Missing,   // listed in the manifest, absent from the package
            Unexpected // in the package, not in the manifest (so not signed)
        };
        QString name;
        Status status = Status::Ok;
        static QString statusKey(Status status);
    };

    bool readable = false;
    QString problem; // why the package cannot be read, or the first reason it is not valid
    SignatureCheck signature;
    QList<File> files;
    bool completenessChecked = false;
    QList<CompletenessFinding> completeness;
    QString schoolName;
    QString frameworkId;
    std::optional<int> statedLevel;
    std::optional<int> recomputedLevel;

    bool filesIntact() const;
    bool levelConfirmed() const { return statedLevel && recomputedLevel && *statedLevel == *recomputedLevel; }
    // Signature intact, every file as signed, the level confirmed, no completeness error, and the
    // signer trusted when the office gave a CA or a pin.
    bool isValid(const TrustAnchors &anchors) const;
    QJsonObject toJson(const TrustAnchors &anchors) const;
};

// Reads a received package (untrusted) once, streaming: hashes every entry, checks the
// signature over the manifest and the manifest against the files, re-runs the completeness check
// on data/assessment.json and recomputes the school level with the framework the package
// carries. Writes nothing anywhere.
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PackageVerifier)

public:
    static constexpr qint64 MaximumAssessmentSize = 64 * 1024 * 1024;
    // Return false to cancel; `done` and `total` are bytes of the package file.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static PackageReport verify(const QString &path, const TrustAnchors &anchors, const Progress &progress = {});
};

} // namespace Minh::Core
