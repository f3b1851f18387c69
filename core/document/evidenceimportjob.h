#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QPromise>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Minh::Core {

// What to import: one new evidence item per file, belonging to `criterion`, titled after the file
// and coded by the framework's format from `firstSequence` on, skipping the codes in `takenCodes`.
struct EvidenceImportRequest
{
    QString schoolPath;
    QString author;
    QString codeFormat;
    QString criterion;
    int box = 0;
    int firstSequence = 1;
    QSet<QString> takenCodes;
    QStringList paths;
    // Set from the GUI thread to stop; checked after every chunk.
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
};

struct EvidenceImportOutcome
{
    struct Duplicate
    {
        QString path;
        QStringList codes; // the items that already have this content
    };

    QStringList created; // codes of the new items, in the order of the files
    QList<Duplicate> duplicates;
    bool cancelled = false;
    QString error; // translated; empty when the import succeeded or was cancelled
};

// Imports dropped files as new evidence items in the background.
//
// The school file is one SQLite database, and the document's connection belongs to the GUI thread.
// Streaming gigabytes through that connection would freeze the window, so the job opens a
// connection of its own on the worker thread and does everything there in ONE transaction: item
// rows, chunked reading, hashing and storing. Cancel or failure rolls the transaction back, so no
// half item is ever left; a file whose content is already stored is not made into a second item
// (its transaction savepoint is rolled back) and is reported with the items that have it. While
// the job runs the window shows a modal progress dialog, so that no edit on the GUI connection
// waits for the job's write lock; afterwards the document reloads its evidence metadata.
class EvidenceImportJob
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EvidenceImportJob)

public:
    // Progress is reported in thousandths of the total size, with the file being read as text.
    static QFuture<EvidenceImportOutcome> start(const EvidenceImportRequest &request);
    // The job itself, on the calling thread (used by start() and by tests).
    static void run(QPromise<EvidenceImportOutcome> &promise, const EvidenceImportRequest &request);

    static constexpr int ProgressRange = 1000;

    // The title a dropped file gets: its name without extension, underscores read as spaces.
    static QString titleFor(const QString &path);

private:
    static EvidenceImportOutcome importAll(QPromise<EvidenceImportOutcome> &promise,
                                           const EvidenceImportRequest &request);
};

} // namespace Minh::Core
