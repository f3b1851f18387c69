#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

namespace Minh::Gui {

// The progress dialog of a background job that holds the school file (an import, a recovery
// copy): window-modal, so that the window stays drawn but no edit waits for the job's lock on the
// file, shown at once (until it is, the window would accept such edits) and kept until the job
// says it is done. An empty `cancelText` gives no Cancel button; `maximum` 0 a busy indicator.
QProgressDialog *jobProgressDialog(QWidget *parent, const QString &objectName, const QString &title, const QString &label,
                                   const QString &cancelText, int maximum);

} // namespace Minh::Gui
