#include "evidenceimportcontroller.h"

#include "document/commands/addevidencecommand.h"
#include "document/commands/citeevidencecommand.h"
#include "document/schooldocument.h"
#include "jobprogressdialog.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace Minh::Gui {

EvidenceImportController::EvidenceImportController(QWidget *dialogParent, Inform inform)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_inform(std::move(inform))
{
    connect(&m_watcher, &QFutureWatcher<Core::EvidenceImportOutcome>::finished, this, &EvidenceImportController::done);
}

EvidenceImportController::~EvidenceImportController()
{
    // The window is closing: the job rolls back and its connection closes before the file does.
    cancel();
    m_watcher.waitForFinished();
}

bool EvidenceImportController::start(Core::SchoolDocument *document, const QString &criterion, const QStringList &paths)
{
    if (isRunning()) {
        m_inform(tr("Files are still being added. Wait until that is finished, then try again."));
        return false;
    }
    if (!document || !document->isOpen() || document->isReadOnly()) {
        m_inform(tr("This school file is open read-only: no evidence can be added."));
        return false;
    }
    const Core::Criterion *c = document->framework().criterion(criterion);
    if (!c || paths.isEmpty()) {
        return false;
    }
    m_document = document;
    m_criterion = criterion;
    m_request = {};
    m_request.schoolPath = document->path();
    m_request.author = document->author();
    m_request.codeFormat = document->framework().regime().evidence.codeFormat;
    m_request.criterion = criterion;
    m_request.box = c->standardNumber;
    static_cast<void>(document->nextEvidenceCode(criterion, m_request.box, &m_request.firstSequence));
    for (const Core::EvidenceItem &item : document->evidence()) {
        m_request.takenCodes.insert(item.code);
    }
    m_request.paths = paths;

    // Cancel works; the window stays drawn but takes no edit that would wait for the job's lock.
    m_progress = jobProgressDialog(
        m_dialogParent, QStringLiteral("evidenceImportProgress"), tr("Adding evidence"),
        tr("Adding %n file(s) as evidence for criterion %1…", nullptr, int(paths.size())).arg(criterion), tr("Cancel"),
        Core::EvidenceImportJob::ProgressRange);
    connect(m_progress, &QProgressDialog::canceled, this, &EvidenceImportController::cancel);
    connect(&m_watcher, &QFutureWatcher<Core::EvidenceImportOutcome>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<Core::EvidenceImportOutcome>::progressTextChanged, m_progress,
            [this](const QString &file) {
                m_progress->setLabelText(tr("Adding “%1” as evidence for criterion %2…").arg(file, m_criterion));
            });
    Q_EMIT starting();
    m_watcher.setFuture(Core::EvidenceImportJob::start(m_request));
    return true;
}

void EvidenceImportController::cancel()
{
    if (m_request.cancel) {
        m_request.cancel->store(true);
    }
}

void EvidenceImportController::done()
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const Core::EvidenceImportOutcome outcome =
        m_watcher.future().resultCount() > 0 ? m_watcher.result() : Core::EvidenceImportOutcome{};
    Core::SchoolDocument *document = m_document;
    if (!document || document->path() != m_request.schoolPath) {
        return; // another school was opened meanwhile
    }
    if (!document->reloadEvidence()) {
        m_inform(document->errorString());
        return;
    }
    if (outcome.cancelled) {
        m_inform(tr("Adding evidence was cancelled. Nothing was added."));
        Q_EMIT finished({});
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_inform(tr("No evidence was added. %1").arg(outcome.error));
        Q_EMIT finished({});
        return;
    }
    QList<Core::EvidenceItem> created;
    for (const QString &code : outcome.created) {
        if (const Core::EvidenceItem *item = document->evidenceItem(code)) {
            created.append(*item);
        }
    }
    QList<QUndoCommand *> commands;
    if (!created.isEmpty()) {
        commands.append(new Core::AddEvidenceCommand(document, created, m_criterion));
    }
    QStringList notes;
    for (const Core::EvidenceImportOutcome::Duplicate &duplicate : outcome.duplicates) {
        const QString code = duplicate.codes.constFirst();
        const Core::EvidenceItem *existing = document->evidenceItem(code);
        const QString name = QFileInfo(duplicate.path).fileName();
        if (existing && existing->criterionCode != m_criterion && !existing->citedBy.contains(m_criterion)) {
            commands.append(new Core::CiteEvidenceCommand(document, code, m_criterion));
            notes.append(tr("“%1” is already evidence %2 (%3); that item is now linked to this criterion.")
                             .arg(name, code, existing->title));
        } else {
            notes.append(tr("“%1” is already evidence %2 (%3) for this criterion; it was not added again.")
                             .arg(name, code, existing ? existing->title : QString()));
        }
    }
    // One drop is one undo step.
    QUndoStack *stack = document->undoStack();
    if (commands.size() > 1) {
        stack->beginMacro(tr("Add evidence to criterion %1").arg(m_criterion));
    }
    for (QUndoCommand *command : commands) {
        stack->push(command);
    }
    if (commands.size() > 1) {
        stack->endMacro();
    }
    if (!notes.isEmpty()) {
        m_inform(notes.join(QLatin1Char('\n')));
    }
    Q_EMIT finished(outcome.created);
}

} // namespace Minh::Gui
