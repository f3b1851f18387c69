#pragma once

#include "completenesscheck.h"
#include "packagedocuments.h"

#include <QCoreApplication>
#include <QPromise>
#include <QStringList>

#include <functional>

namespace Minh::Core {

class SchoolDocument;
class SigningIdentity;

// Writes the signed dossier: an ASiC-E ZIP with "mimetype" first and stored, data/assessment.json,
// data/framework.json (the framework's exact bytes), the printed documents under documents/, every
// evidence file under evidence/<standard>/, then META-INF/ASiCManifest.xml (every other file's
// SHA-256) and META-INF/signature001.p7s (detached CMS over the manifest). Streams everything;
// writes through QSaveFile, so a failure or a cancel leaves nothing. The completeness check runs
// first and its errors block the export.
class PackageExporter
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::PackageExporter)

public:
    // Return false to cancel; `done` and `total` are bytes of evidence.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static inline const QString AssessmentName = QStringLiteral("data/assessment.json");
    static inline const QString FrameworkName = QStringLiteral("data/framework.json");
    static inline const QString DocumentsFolder = QStringLiteral("documents/");
    static inline const QString EvidenceFolder = QStringLiteral("evidence/");

    PackageExporter(const SchoolDocument &document, const SigningIdentity &identity);

    void setDocuments(const PackageDocuments &documents) { m_documents = documents; }
    void setHooks(const CompletenessHooks &hooks) { m_hooks = hooks; }

    [[nodiscard]] bool exportTo(const QString &path, const Progress &progress = {});

    // The completeness findings of the last export (its errors are why it stopped).
    QList<CompletenessFinding> findings() const { return m_findings; }
    // The entries written, in order.
    QStringList entries() const { return m_entries; }
    QString errorString() const { return m_error; }

    // Binds an export to a QPromise (QtConcurrent::run): progress in per mille, cancel on request.
    template <typename T> static Progress progressOf(QPromise<T> &promise)
    {
        promise.setProgressRange(0, 1000);
        return [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(total > 0 ? int(done * 1000 / total) : 0);
            return !promise.isCanceled();
        };
    }

private:
    bool fail(const QString &message);

    const SchoolDocument &m_document;
    const SigningIdentity &m_identity;
    PackageDocuments m_documents;
    CompletenessHooks m_hooks;
    QList<CompletenessFinding> m_findings;
    QStringList m_entries;
    QString m_error;
};

} // namespace Minh::Core
