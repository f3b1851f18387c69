#pragma once

#include "package/packagedocuments.h"
#include "package/packageexportjob.h"

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// Exports the signed dossier: the completeness check's findings, the choice of signer (a .p12
// file and its password, a token and its PIN, or a new school certificate) and the package to
// write. The export runs in the background with progress and cancel; passwords and PINs are
// cleared from the fields once the job has them.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Core::SchoolDocument *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The printed documents to include, and the checks of their data (core/report provides both).
    void setDocuments(const Core::PackageDocuments &documents, const Core::CompletenessHooksFactory &hooksFor);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void exportFinished(bool ok);
    // A finding was double-clicked: go to where it is fixed (the window shows that place).
    void findingActivated(Minh::Core::CompletenessFinding::Place place, const QString &where);

protected:
    void reject() override;

private:
    QWidget *pkcs12Page();
    QWidget *tokenPage();
    QWidget *newCertificatePage();
    void fillFindings();
    void start();
    void finished();
    void setBusy(bool busy);
    QString validate(Core::SignerChoice *choice) const;

    Core::SchoolDocument *m_document;
    Core::PackageDocuments m_documents;
    Core::CompletenessHooksFactory m_hooksFor;
    QListWidget *m_findings;
    QButtonGroup *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_p12Path;
    QLineEdit *m_p12Password;
    QLineEdit *m_module;
    QLineEdit *m_token;
    QLineEdit *m_keyLabel;
    QLineEdit *m_pin;
    QLineEdit *m_newName;
    QLineEdit *m_newPath;
    QLineEdit *m_newPassword;
    QLineEdit *m_newRepeat;
    QLineEdit *m_output;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
    bool m_blocked = false;
    QFutureWatcher<Core::PackageExportOutcome> m_watcher;
};

} // namespace Minh::Gui
