#pragma once

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

// Keeps the user informed while the work of a school file that was moved or deleted while open is
// copied beside it (SchoolDocument::recoveryCopy()): a window-modal progress dialog while the copy
// runs, without Cancel since the copy is the only place that work survives, then a message that
// names the copy. The copy runs on a worker thread, so the window keeps drawing itself and the
// dialog moves even for a file of several gigabytes.
class RecoveryProgress : public QObject
{
    Q_OBJECT

public:
    using Inform = std::function<void(const QString &message)>;

    RecoveryProgress(QWidget *dialogParent, Inform inform);

    // Follows this document's copy from now on (the window's document changes when a file is opened).
    void setDocument(Core::SchoolDocument *document);

private:
    void started(const QString &copyPath);
    void finished(const QString &copyPath, const QString &error);

    QWidget *m_dialogParent;
    Inform m_inform;
    QPointer<Core::SchoolDocument> m_document;
    QString m_original;
    QList<QMetaObject::Connection> m_connections;
    QFutureWatcher<QString> m_watcher;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Minh::Gui
