#include "recoveryprogress.h"

#include "document/schooldocument.h"
#include "jobprogressdialog.h"

#include <QDir>
#include <QProgressDialog>

namespace Minh::Gui {

RecoveryProgress::RecoveryProgress(QWidget *dialogParent, Inform inform)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_inform(std::move(inform))
{
}

void RecoveryProgress::setDocument(Core::SchoolDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_document = document;
    if (document) {
        m_connections = {connect(document, &Core::SchoolDocument::recoveryStarted, this, &RecoveryProgress::started),
                         connect(document, &Core::SchoolDocument::recoveryFinished, this, &RecoveryProgress::finished)};
    }
}

void RecoveryProgress::started(const QString &copyPath)
{
    m_original = m_document ? QDir::toNativeSeparators(m_document->path()) : QString();
    delete m_progress;
    // No Cancel button: stopping would leave the work of the moved or deleted file nowhere. Busy
    // until the copy's first step says how many pages there are; then the share copied.
    m_progress = jobProgressDialog(m_dialogParent, QStringLiteral("recoveryProgress"), tr("Saving a copy of your work"),
                                   tr("The file “%1” was moved or deleted while it was open. Minh is copying "
                                      "everything saved in it to “%2”. Please wait until the copy is finished.")
                                       .arg(m_original, QDir::toNativeSeparators(copyPath)),
                                   QString(), 0);
    connect(&m_watcher, &QFutureWatcher<QString>::progressRangeChanged, m_progress, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    m_watcher.setFuture(m_document ? m_document->recoveryCopy() : QFuture<QString>());
}

void RecoveryProgress::finished(const QString &copyPath, const QString &error)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QString copy = QDir::toNativeSeparators(copyPath);
    if (error.isEmpty()) {
        m_inform(tr("Everything saved in “%1” has been copied to “%2”. Changes can no longer be saved in the moved "
                    "or deleted file: open the copy to go on working.")
                     .arg(m_original, copy));
    } else {
        m_inform(tr("No copy of “%1” could be made at “%2” (%3). Keep Minh open and put the file back, or open it "
                    "from where it was moved.")
                     .arg(m_original, copy, error));
    }
}

} // namespace Minh::Gui
