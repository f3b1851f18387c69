#include "dossierdialog.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Minh::Gui {

namespace {

QWidget *pathRow(QLineEdit *edit, const QString &title, const QString &filter, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *choose = new QPushButton(DossierDialog::tr("Choose…"), row);
    choose->setObjectName(edit->objectName() + QStringLiteral("Choose"));
    layout->addWidget(choose);
    QObject::connect(choose, &QPushButton::clicked, row, [=] {
        const QString path = QFileDialog::getOpenFileName(row, title, edit->text(), filter);
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    return row;
}

} // namespace

DossierDialog::DossierDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dossierDialog"));
    setWindowTitle(tr("A received dossier"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("dossierPathEdit"));
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caFileEdit"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setPlaceholderText(tr("SHA-256 fingerprint of the school's certificate"));
    form->addRow(tr("Dossier:"),
                 pathRow(m_package, tr("Open a received dossier"), tr("Dossier (*.zip *.asice)"), this));
    form->addRow(tr("Trusted CA (optional):"),
                 pathRow(m_ca, tr("Choose the CA certificates"), tr("Certificates (*.pem *.crt)"), this));
    form->addRow(tr("Pinned fingerprint (optional):"), m_pin);
    layout->addLayout(form);
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    layout->addWidget(m_verify, 0, Qt::AlignRight);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResultLabel"));
    m_result->setWordWrap(true);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    layout->addWidget(m_result);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verifyDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("verifyFilesList"));
    layout->addWidget(m_files, 2);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("verifyFindingsList"));
    layout->addWidget(m_findings, 1);
    connect(m_verify, &QPushButton::clicked, this, &DossierDialog::verify);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_verify->setEnabled(true);
        if (m_watcher.future().resultCount() > 0) {
            show(m_watcher.result());
        }
    });
    resize(720, 640);
}

DossierDialog::~DossierDialog()
{
    m_watcher.waitForFinished();
}

void DossierDialog::setPackage(const QString &path)
{
    m_package->setText(path);
}

void DossierDialog::verify()
{
    if (m_watcher.isRunning() || m_package->text().trimmed().isEmpty()) {
        return;
    }
    m_anchors = {m_ca->text().trimmed(), m_pin->text().trimmed()};
    if (!m_anchors.pinnedSha256.isEmpty() &&
        Core::CertificateInfo::normalizedFingerprint(m_anchors.pinnedSha256).isEmpty()) {
        m_result->setText(tr("The pinned fingerprint must be 64 hexadecimal digits (colons allowed)."));
        return;
    }
    m_verify->setEnabled(false);
    m_result->setText(tr("Verifying…"));
    m_details->clear();
    m_files->clear();
    m_findings->clear();
    // Reading only: the verification never writes, so it can run while the user keeps working.
    m_watcher.setFuture(QtConcurrent::run([path = m_package->text().trimmed(), anchors = m_anchors] {
        return Core::PackageVerifier::verify(path, anchors);
    }));
}

void DossierDialog::show(const Core::PackageReport &report)
{
    const bool valid = report.isValid(m_anchors);
    if (!report.readable) {
        m_result->setText(tr("The dossier cannot be read: %1").arg(report.problem));
    } else {
        m_result->setText(valid ? tr("Valid: signed, unchanged, complete, and the level matches its data.")
                                : tr("Not valid: %1").arg(report.problem));
    }
    m_result->setStyleSheet(valid ? QStringLiteral("color: darkgreen") : QStringLiteral("color: darkred"));
    Q_EMIT verified(valid);
    if (!report.readable) {
        return;
    }
    const Core::SignatureCheck &s = report.signature;
    const QString trust = s.trust == Core::SignatureCheck::Trust::Pinned ? tr("trusted: the pinned fingerprint")
                          : s.trust == Core::SignatureCheck::Trust::CertificateAuthority
                              ? tr("trusted: chains to the CA")
                              : tr("untrusted: %1").arg(s.trustProblem);
    QStringList lines;
    lines << tr("School: %1").arg(report.schoolName) << tr("Signature: %1").arg(s.intact ? tr("intact") : s.problem)
          << tr("Signer: %1 (issued by %2)").arg(s.signer.subject, s.signer.issuer)
          << tr("Certificate SHA-256: %1").arg(s.signer.sha256)
          << tr("Valid from %1 to %2")
                 .arg(QLocale().toString(s.signer.notBefore.toLocalTime(), QLocale::ShortFormat),
                      QLocale().toString(s.signer.notAfter.toLocalTime(), QLocale::ShortFormat))
          << tr("Signed on %1").arg(QLocale().toString(s.signingTime.toLocalTime(), QLocale::ShortFormat))
          << tr("Trust: %1").arg(trust);
    if (report.recomputedLevel) {
        lines << tr("School level stated: %1; recomputed with the included framework: %2")
                     .arg(report.statedLevel ? QString::number(*report.statedLevel) : tr("none"))
                     .arg(*report.recomputedLevel);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
    using Status = Core::PackageReport::File::Status;
    for (const Core::PackageReport::File &f : report.files) {
        const QString status = f.status == Status::Ok        ? tr("OK")
                               : f.status == Status::Changed ? tr("changed")
                               : f.status == Status::Missing ? tr("missing")
                                                             : tr("unexpected (not signed)");
        m_files->addItem(QStringLiteral("%1 — %2").arg(status, f.name));
    }
    for (const Core::CompletenessFinding &f : report.completeness) {
        m_findings->addItem(f.severity == Core::CompletenessFinding::Severity::Error
                                ? tr("Error: %1").arg(f.message)
                                : tr("Warning: %1").arg(f.message));
    }
}

} // namespace Minh::Gui
