#include "evidenceimportjob.h"

#include "evidence/evidencecodeformat.h"
#include "evidence/evidencestore.h"
#include "evidencerepository.h"
#include "storage/sql.h"
#include "storage/workerconnection.h"
#include "util/text.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Minh::Core {

QFuture<EvidenceImportOutcome> EvidenceImportJob::start(const EvidenceImportRequest &request)
{
    return QtConcurrent::run([request](QPromise<EvidenceImportOutcome> &promise) { run(promise, request); });
}

void EvidenceImportJob::run(QPromise<EvidenceImportOutcome> &promise, const EvidenceImportRequest &request)
{
    promise.setProgressRange(0, ProgressRange);
    // The connection is closed before the result is handed over, so the GUI reads a finished file.
    EvidenceImportOutcome outcome = importAll(promise, request);
    if (outcome.cancelled || !outcome.error.isEmpty()) {
        outcome.created.clear(); // rolled back
        outcome.duplicates.clear();
    }
    promise.addResult(outcome);
}

QString EvidenceImportJob::titleFor(const QString &path)
{
    QString title = QFileInfo(path).completeBaseName();
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    title = Text::nfc(title.simplified());
    return title.isEmpty() ? Text::nfc(QFileInfo(path).fileName()) : title;
}

EvidenceImportOutcome EvidenceImportJob::importAll(QPromise<EvidenceImportOutcome> &promise,
                                                   const EvidenceImportRequest &request)
{
    EvidenceImportOutcome outcome;
    WorkerConnection connection(request.schoolPath, WorkerConnection::Access::ReadWrite);
    if (!connection.isOpen()) {
        outcome.error = connection.errorString();
        return outcome;
    }
    QSqlDatabase &db = connection.database();
    qint64 total = 0;
    for (const QString &path : request.paths) {
        total += std::max<qint64>(0, QFileInfo(path).size());
    }
    qint64 before = 0;
    const auto progress = [&](qint64 done, qint64) {
        if (total > 0) {
            promise.setProgressValue(int((before + done) * ProgressRange / total));
        }
        return !request.cancel->load();
    };

    const EvidenceCodeFormat format(request.codeFormat);
    QSet<QString> taken = request.takenCodes;
    int sequence = request.firstSequence;
    Transaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = transaction.errorString();
        return outcome;
    }
    EvidenceStore store(db);
    QString error;
    for (const QString &path : request.paths) {
        while (taken.contains(format.code(request.box, request.criterion, sequence))) {
            ++sequence;
        }
        promise.setProgressValueAndText(promise.future().progressValue(), QFileInfo(path).fileName());
        EvidenceItem item;
        item.code = format.code(request.box, request.criterion, sequence);
        item.title = titleFor(path);
        item.box = request.box;
        item.sequence = sequence;
        item.criterionCode = request.criterion;
        EvidenceStore::Imported imported;
        if (!Sql::run(db, QStringLiteral("SAVEPOINT dropped_item"), &error) ||
            !EvidenceRepository::add(db, request.author, &item, &error)) {
            outcome.error = error;
            return outcome;
        }
        if (!store.import(item.id, path, &imported, progress)) {
            outcome.cancelled = request.cancel->load();
            outcome.error = outcome.cancelled ? QString() : store.errorString();
            return outcome; // the transaction rolls everything back
        }
        const QStringList sharing =
            imported.duplicate ? store.itemsSharing(imported.file.contentId, item.id) : QStringList();
        if (!sharing.isEmpty()) {
            // The same content is already evidence: no second item for it.
            if (!Sql::run(db, QStringLiteral("ROLLBACK TO dropped_item"), &error)) {
                outcome.error = error;
                return outcome;
            }
            outcome.duplicates.append({path, sharing});
        } else {
            taken.insert(item.code);
            outcome.created.append(item.code);
        }
        if (!Sql::run(db, QStringLiteral("RELEASE dropped_item"), &error)) {
            outcome.error = error;
            return outcome;
        }
        before += std::max<qint64>(0, QFileInfo(path).size());
    }
    // A cancel that comes after the last chunk still counts: nothing is kept.
    if (request.cancel->load()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.error = transaction.errorString();
    }
    promise.setProgressValue(ProgressRange);
    return outcome;
}

} // namespace Minh::Core
