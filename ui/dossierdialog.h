#pragma once

#include "package/packageverifier.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Minh::Gui {

// "Open a received dossier": the office chooses a package and, optionally, the CA file or the
// pinned fingerprint it trusts; the verification runs in the background and the result lists
// the signature, signer, trust, every file, the level and the completeness findings.
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DossierDialog(QWidget *parent = nullptr);
    ~DossierDialog() override;

    void setPackage(const QString &path);
    // Starts verifying the chosen package with the trust given in the fields.
    void verify();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void verified(bool valid);

private:
    void show(const Core::PackageReport &report);

    QLineEdit *m_package;
    QLineEdit *m_ca;
    QLineEdit *m_pin;
    QPushButton *m_verify;
    QLabel *m_result;
    QLabel *m_details;
    QListWidget *m_files;
    QListWidget *m_findings;
    Core::TrustAnchors m_anchors;
    QFutureWatcher<Core::PackageReport> m_watcher;
};

} // namespace Minh::Gui
