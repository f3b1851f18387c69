#include "documentsmenu.h"

#include "document/schooldocument.h"
#include "report/printeddocumentfilewriter.h"
#include "report/printeddocumentregistry.h"
#include "report/printeddocumentrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Minh::Gui {

DocumentsMenu::DocumentsMenu(CurrentDocument current, QWidget *parent)
    : QMenu(tr("&Documents"), parent)
    , m_current(std::move(current))
{
    setObjectName(QStringLiteral("documentsMenu"));
    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(parentWidget(), tr("Save As"), suggested, filter);
    };
    for (const QString &name : Core::PrintedDocumentRegistry::names()) {
        QMenu *menu = addMenu(Core::PrintedDocumentRegistry::displayName(name));
        menu->setObjectName(name + QStringLiteral("Menu"));
        menu->addAction(tr("&Print…"), this, [this, name] { print(name); });
        menu->addAction(tr("Print Pre&view…"), this, [this, name] { preview(name); });
        menu->addAction(tr("Save as P&DF…"), this, [this, name] { save(name, QStringLiteral("pdf")); })
            ->setObjectName(name + QStringLiteral("PdfAction"));
        menu->addAction(tr("Save as &ODT…"), this, [this, name] { save(name, QStringLiteral("odt")); })
            ->setObjectName(name + QStringLiteral("OdtAction"));
    }
    connect(this, &QMenu::aboutToShow, this, [this] {
        const Core::SchoolDocument *document = m_current();
        for (QAction *action : actions()) {
            action->setEnabled(document && document->isOpen());
        }
    });
    connect(this, &DocumentsMenu::writeFailed, this,
            [this](const QString &message) { QMessageBox::warning(parentWidget(), tr("Documents"), message); });
}

bool DocumentsMenu::build(const QString &name, Core::PrintedDocument *printed)
{
    const Core::SchoolDocument *document = m_current();
    if (!document || !document->isOpen()) {
        return false;
    }
    // Building takes milliseconds and reads the open file, which belongs to this thread.
    const Core::Result<Core::PrintedDocument> result = Core::PrintedDocumentRegistry::build(name, *document);
    if (!result) {
        Q_EMIT writeFailed(result.error());
        return false;
    }
    *printed = result.value();
    return true;
}

void DocumentsMenu::save(const QString &name, const QString &suffix)
{
    const Core::SchoolDocument *document = m_current();
    if (!document || !document->isOpen()) {
        return;
    }
    const QString suggested = QFileInfo(document->path()).dir().filePath(QFileInfo(document->path()).completeBaseName()
                                                                          + QLatin1Char('-') + name + QLatin1Char('.') + suffix);
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("OpenDocument texts (*.odt)");
    QString path = m_chooseFile(suggested, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    saveTo(name, path);
}

void DocumentsMenu::saveTo(const QString &name, const QString &path)
{
    auto printed = std::make_shared<Core::PrintedDocument>();
    if (!build(name, printed.get())) {
        return;
    }
    auto *progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 0, parentWidget());
    progress->setObjectName(QStringLiteral("documentProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcher<QString>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<QString>::cancel);
    // `printed` stays owned here, in the GUI thread where its text documents were made; the worker
    // only reads it, and is done with it before `finished`.
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path, printed] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            return;
        }
        const QString error = watcher->result();
        if (error.isEmpty()) {
            Q_EMIT fileWritten(path);
        } else {
            Q_EMIT writeFailed(error);
        }
    });
    const Core::PrintedDocument *document = printed.get();
    watcher->setFuture(QtConcurrent::run([document, path](QPromise<QString> &promise) {
        Core::PrintedDocumentFileWriter writer;
        const bool written = writer.write(*document, path, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        if (!writer.wasCancelled()) {
            promise.addResult(written ? QString() : writer.errorString());
        }
    }));
}

void DocumentsMenu::print(const QString &name)
{
    Core::PrintedDocument printed;
    if (!build(name, &printed)) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printed.title);
    QPrintDialog dialog(&printer, parentWidget());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Core::PrintedDocumentRenderer renderer(printed);
    if (!renderer.render(&printer)) {
        Q_EMIT writeFailed(renderer.errorString());
    }
}

void DocumentsMenu::preview(const QString &name)
{
    Core::PrintedDocument printed;
    if (!build(name, &printed)) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printed.title);
    QPrintPreviewDialog dialog(&printer, parentWidget());
    dialog.setObjectName(QStringLiteral("printPreview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&printed](QPrinter *target) {
        Core::PrintedDocumentRenderer renderer(printed);
        (void)renderer.render(target);
    });
    dialog.exec();
}

} // namespace Minh::Gui
