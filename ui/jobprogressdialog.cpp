#include "jobprogressdialog.h"

#include <QProgressDialog>

namespace Minh::Gui {

QProgressDialog *jobProgressDialog(QWidget *parent, const QString &objectName, const QString &title, const QString &label,
                                   const QString &cancelText, int maximum)
{
    auto *dialog = new QProgressDialog(label, cancelText, 0, maximum, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    return dialog;
}

} // namespace Minh::Gui
