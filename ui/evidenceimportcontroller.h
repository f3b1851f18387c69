#pragma once

#include "document/evidenceimportjob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// Turns files dropped on a criterion into new evidence items: starts the background import,
// shows its progress with a Cancel button, and when it is done pushes one undo step for the new
// items (and one link per file that was already evidence), then says what happened.
class EvidenceImportController : public QObject
{
    Q_OBJECT

public:
    using Inform = std::function<void(const QString &message)>;

    EvidenceImportController(QWidget *dialogParent, Inform inform);
    ~EvidenceImportController() override;

    // False (and a message) when an import is already running or the file cannot be changed.
    bool start(Core::SchoolDocument *document, const QString &criterion, const QStringList &paths);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Asks the running import to stop; it stops after the chunk being written.
    void cancel();

Q_SIGNALS:
    // Typing not yet saved must be written now: while the job holds the school file's write lock,
    // a save from the window would have to wait for it.
    void starting();
    void finished(const QStringList &createdCodes);

private:
    void done();

    QWidget *m_dialogParent;
    Inform m_inform;
    QPointer<Core::SchoolDocument> m_document;
    QString m_criterion;
    Core::EvidenceImportRequest m_request;
    QFutureWatcher<Core::EvidenceImportOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace Minh::Gui
