#include "exportdialog.h"

#include "document/schooldocument.h"
#include "package/completenesscheck.h"
#include "package/schoolcertificate.h"

#include <QButtonGroup>
#include <QColor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Minh::Gui {

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
    }
    return edit;
}

// A path field with a "Choose…" button that opens a file dialog.
QWidget *pathRow(QLineEdit *edit, const QString &title, const QString &filter, bool save, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *choose = new QPushButton(ExportDialog::tr("Choose…"), row);
    choose->setObjectName(edit->objectName() + QStringLiteral("Choose"));
    layout->addWidget(choose);
    QObject::connect(choose, &QPushButton::clicked, row, [=] {
        const QString path = save ? QFileDialog::getSaveFileName(row, title, edit->text(), filter)
                                  : QFileDialog::getOpenFileName(row, title, edit->text(), filter);
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    return row;
}

} // namespace

ExportDialog::ExportDialog(Core::SchoolDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the signed dossier"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(new QLabel(tr("Completeness check:"), this));
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setToolTip(tr("Double-click a finding to go to where it is fixed."));
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT findingActivated(Core::CompletenessFinding::Place(item->data(Qt::UserRole + 1).toInt()),
                                item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_findings, 1);

    m_kind = new QButtonGroup(this);
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("signerP12Radio"), tr("A certificate file (.p12 / .pfx)")},
        {QStringLiteral("signerTokenRadio"), tr("A USB token (PKCS#11)")},
        {QStringLiteral("signerNewRadio"), tr("Create a school certificate")}};
    auto *kindRow = new QHBoxLayout;
    for (int i = 0; i < kinds.size(); ++i) {
        auto *radio = new QRadioButton(kinds.at(i).second, this);
        radio->setObjectName(kinds.at(i).first);
        m_kind->addButton(radio, i);
        kindRow->addWidget(radio);
    }
    layout->addLayout(kindRow);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(pkcs12Page());
    m_pages->addWidget(tokenPage());
    m_pages->addWidget(newCertificatePage());
    layout->addWidget(m_pages);
    connect(m_kind, &QButtonGroup::idClicked, m_pages, &QStackedWidget::setCurrentIndex);
    m_kind->button(0)->setChecked(true);

    auto *outputForm = new QFormLayout;
    m_output = lineEdit(QStringLiteral("outputPathEdit"), this);
    outputForm->addRow(tr("Package:"),
                       pathRow(m_output, tr("Save the signed dossier"), tr("Dossier (*.zip)"), true, this));
    layout->addLayout(outputForm);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_export = new QPushButton(tr("Sign and export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finished);
    fillFindings();
}

ExportDialog::~ExportDialog()
{
    // The job reads its own copy of the school file and writes through QSaveFile: cancelling and
    // waiting here leaves nothing behind.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *ExportDialog::pkcs12Page()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_p12Path = lineEdit(QStringLiteral("p12PathEdit"), page);
    m_p12Password = lineEdit(QStringLiteral("p12PasswordEdit"), page, true);
    form->addRow(tr("Certificate file:"),
                 pathRow(m_p12Path, tr("Choose a certificate file"), tr("Certificates (*.p12 *.pfx)"), false, page));
    form->addRow(tr("Password:"), m_p12Password);
    return page;
}

QWidget *ExportDialog::tokenPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_module = lineEdit(QStringLiteral("pkcs11ModuleEdit"), page);
    m_token = lineEdit(QStringLiteral("tokenLabelEdit"), page);
    m_keyLabel = lineEdit(QStringLiteral("keyLabelEdit"), page);
    m_pin = lineEdit(QStringLiteral("tokenPinEdit"), page, true);
    form->addRow(tr("PKCS#11 module:"),
                 pathRow(m_module, tr("Choose the token's PKCS#11 module"), tr("Modules (*.so *.dll)"), false, page));
    form->addRow(tr("Token label:"), m_token);
    form->addRow(tr("Key label (optional):"), m_keyLabel);
    form->addRow(tr("PIN:"), m_pin);
    return page;
}

QWidget *ExportDialog::newCertificatePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_newName = lineEdit(QStringLiteral("newCertNameEdit"), page);
    m_newName->setText(m_document->school().name);
    m_newPath = lineEdit(QStringLiteral("newCertPathEdit"), page);
    m_newPassword = lineEdit(QStringLiteral("newCertPasswordEdit"), page, true);
    m_newRepeat = lineEdit(QStringLiteral("newCertRepeatEdit"), page, true);
    form->addRow(tr("School:"), m_newName);
    form->addRow(tr("Save the certificate as:"),
                 pathRow(m_newPath, tr("Save the school certificate"), tr("Certificates (*.p12)"), true, page));
    form->addRow(tr("Password:"), m_newPassword);
    form->addRow(tr("Password again:"), m_newRepeat);
    return page;
}

void ExportDialog::setDocuments(const Core::PackageDocuments &documents, const Core::CompletenessHooksFactory &hooksFor)
{
    m_documents = documents;
    m_hooksFor = hooksFor;
    fillFindings();
}

void ExportDialog::fillFindings()
{
    m_findings->clear();
    const QList<Core::CompletenessFinding> findings =
        Core::CompletenessCheck::check(*m_document, m_hooksFor ? m_hooksFor(*m_document) : Core::CompletenessHooks{});
    m_blocked = Core::CompletenessCheck::hasErrors(findings);
    for (const Core::CompletenessFinding &f : findings) {
        const bool error = f.severity == Core::CompletenessFinding::Severity::Error;
        auto *item =
            new QListWidgetItem(error ? tr("Error: %1").arg(f.message) : tr("Warning: %1").arg(f.message), m_findings);
        item->setData(Qt::UserRole, f.where);
        item->setData(Qt::UserRole + 1, int(f.place));
        item->setForeground(error ? QColor(Qt::darkRed) : QColor(Qt::darkYellow));
    }
    if (findings.isEmpty()) {
        m_findings->addItem(tr("The dossier is complete."));
    }
    m_export->setEnabled(!m_blocked);
    m_status->setText(m_blocked ? tr("Correct the errors above before signing.") : QString());
}

QString ExportDialog::validate(Core::SignerChoice *choice) const
{
    using Kind = Core::SignerChoice::Kind;
    choice->kind = Kind(m_kind->checkedId());
    if (m_output->text().trimmed().isEmpty()) {
        return tr("Choose where to save the package.");
    }
    switch (choice->kind) {
    case Kind::Pkcs12:
        choice->path = m_p12Path->text().trimmed();
        choice->secret = m_p12Password->text().toUtf8();
        return choice->path.isEmpty() ? tr("Choose the certificate file.") : QString();
    case Kind::Pkcs11:
        choice->modulePath = m_module->text().trimmed();
        choice->tokenLabel = m_token->text().trimmed();
        choice->keyLabel = m_keyLabel->text().trimmed();
        choice->secret = m_pin->text().toUtf8();
        return choice->modulePath.isEmpty() || choice->tokenLabel.isEmpty()
                   ? tr("Give the PKCS#11 module and the token label.")
                   : QString();
    case Kind::NewSchoolCertificate:
        choice->schoolName = m_newName->text().trimmed();
        choice->path = m_newPath->text().trimmed();
        choice->secret = m_newPassword->text().toUtf8();
        if (choice->path.isEmpty()) {
            return tr("Choose where to save the school certificate.");
        }
        if (m_newPassword->text() != m_newRepeat->text()) {
            return tr("The two passwords differ.");
        }
        if (m_newPassword->text().size() < Core::SchoolCertificate::MinimumPasswordLength) {
            return tr("The password must have at least %1 characters.")
                .arg(Core::SchoolCertificate::MinimumPasswordLength);
        }
        return QFileInfo::exists(choice->path) ? tr("“%1” exists already; choose another name.").arg(choice->path)
                                               : QString();
    }
    return {};
}

void ExportDialog::start()
{
    Core::SignerChoice choice;
    const QString problem = validate(&choice);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    for (QLineEdit *secret : {m_p12Password, m_pin, m_newPassword, m_newRepeat}) {
        secret->clear();
    }
    setBusy(true);
    m_status->setText(tr("Signing and writing the package…"));
    m_watcher.setFuture(QtConcurrent::run(&Core::PackageExportJob::run, m_document->path(), choice,
                                          m_output->text().trimmed(), m_documents, m_hooksFor));
}

void ExportDialog::finished()
{
    setBusy(false);
    const bool ok = !m_watcher.isCanceled() && m_watcher.future().resultCount() > 0 && m_watcher.result().ok;
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_status->setText(tr("The export was cancelled; nothing was written."));
    } else if (ok) {
        const Core::CertificateInfo &signer = m_watcher.result().signer;
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("The dossier was signed by %1 and saved as “%2”. Certificate fingerprint (SHA-256): %3")
                              .arg(signer.subject, m_output->text().trimmed(), signer.sha256));
    } else {
        m_status->setText(m_watcher.result().error);
    }
    Q_EMIT exportFinished(ok);
}

void ExportDialog::setBusy(bool busy)
{
    m_export->setEnabled(!busy && !m_blocked);
    m_pages->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
    if (busy) {
        m_progress->setValue(0);
    }
}

void ExportDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Minh::Gui
