// The export dialog and the received-dossier dialog, driven by objectName offscreen: a school
// certificate made and used in the background, progress to the end, the result verified in the
// other dialog, tampering shown, and the main window's two File menu entries.

#include "../testsupport.h"
#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "dossierdialog.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh;

class TestDossierDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportDialog_newSchoolCertificate_exports();
    void exportDialog_passwordsDiffer_explains();
    void exportDialog_incompleteSchool_cannotExport();
    void dossierDialog_signedPackage_valid();
    void dossierDialog_tamperedPackage_showsChangedFile();
    void mainWindow_hasDossierActions();

private:
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget) {
            qWarning("no widget %s", name);
        }
        return widget;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::optional<Core::Framework> m_framework;
    Core::SchoolDocument m_demo;
    QString m_fingerprint;
};

void TestDossierDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_framework = TestSupport::shippedFramework(QStringLiteral("tt57-2026"));
    Core::DemoSchoolBuilder builder(*m_framework);
    QVERIFY(builder.create(path(QStringLiteral("demo.minh")), &m_demo));
}

void TestDossierDialogs::exportDialog_newSchoolCertificate_exports()
{
    Gui::ExportDialog dialog(&m_demo);
    auto *exportButton = child<QPushButton>(&dialog, "exportButton");
    QVERIFY(exportButton && exportButton->isEnabled());
    child<QRadioButton>(&dialog, "signerNewRadio")->click();
    QCOMPARE(child<QLineEdit>(&dialog, "newCertNameEdit")->text(), m_demo.school().name);
    child<QLineEdit>(&dialog, "newCertPathEdit")->setText(path(QStringLiteral("school.p12")));
    child<QLineEdit>(&dialog, "newCertPasswordEdit")->setText(QStringLiteral("school-password"));
    child<QLineEdit>(&dialog, "newCertRepeatEdit")->setText(QStringLiteral("school-password"));
    child<QLineEdit>(&dialog, "outputPathEdit")->setText(path(QStringLiteral("dossier.zip")));
    QSignalSpy finished(&dialog, &Gui::ExportDialog::exportFinished);
    exportButton->click();
    // The secrets left the fields as soon as the job had them.
    QVERIFY(child<QLineEdit>(&dialog, "newCertPasswordEdit")->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const QString status = child<QLabel>(&dialog, "statusLabel")->text();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(status));
    QVERIFY(QFile::exists(path(QStringLiteral("dossier.zip"))));
    QVERIFY(QFile::exists(path(QStringLiteral("school.p12"))));
    QCOMPARE(child<QProgressBar>(&dialog, "exportProgress")->value(), 1000);
    m_fingerprint = status.section(QLatin1Char(' '), -1);
    QCOMPARE(m_fingerprint.size(), 64);
}

void TestDossierDialogs::exportDialog_passwordsDiffer_explains()
{
    Gui::ExportDialog dialog(&m_demo);
    child<QRadioButton>(&dialog, "signerNewRadio")->click();
    child<QLineEdit>(&dialog, "newCertPathEdit")->setText(path(QStringLiteral("other.p12")));
    child<QLineEdit>(&dialog, "newCertPasswordEdit")->setText(QStringLiteral("school-password"));
    child<QLineEdit>(&dialog, "newCertRepeatEdit")->setText(QStringLiteral("school-passwort"));
    child<QLineEdit>(&dialog, "outputPathEdit")->setText(path(QStringLiteral("other.zip")));
    child<QPushButton>(&dialog, "exportButton")->click();
    QCOMPARE(child<QLabel>(&dialog, "statusLabel")->text(), QStringLiteral("The two passwords differ."));
    QVERIFY(!dialog.isRunning());
    QVERIFY(!QFile::exists(path(QStringLiteral("other.p12"))));
}

void TestDossierDialogs::exportDialog_incompleteSchool_cannotExport()
{
    TestSupport::School school;
    QVERIFY(school.create());
    Gui::ExportDialog dialog(&school.document);
    QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
    auto *findings = child<QListWidget>(&dialog, "findingsList");
    QVERIFY(findings->count() > 0);
    QVERIFY(findings->item(0)->text().startsWith(QStringLiteral("Error: ")));
    // Each finding leads to its place: activating it names the place and the code.
    QSignalSpy activated(&dialog, &Gui::ExportDialog::findingActivated);
    Q_EMIT findings->itemActivated(findings->item(0));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).value<Core::CompletenessFinding::Place>(),
             Core::CompletenessFinding::Place::Criterion);
    QVERIFY(findings->item(0)->text().contains(activated.first().at(1).toString()));
    QVERIFY(school.document.framework().criterion(activated.first().at(1).toString()));
}

void TestDossierDialogs::dossierDialog_signedPackage_valid()
{
    Gui::DossierDialog dialog;
    dialog.setPackage(path(QStringLiteral("dossier.zip")));
    child<QLineEdit>(&dialog, "pinEdit")->setText(m_fingerprint);
    QSignalSpy verified(&dialog, &Gui::DossierDialog::verified);
    child<QPushButton>(&dialog, "verifyButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 60000);
    QVERIFY2(verified.at(0).at(0).toBool(), qPrintable(child<QLabel>(&dialog, "verifyResultLabel")->text()));
    QVERIFY(child<QLabel>(&dialog, "verifyDetailsLabel")
                ->text()
                .contains(QStringLiteral("trusted: the pinned fingerprint")));
    auto *files = child<QListWidget>(&dialog, "verifyFilesList");
    QVERIFY(files->count() > 3);
    for (int i = 0; i < files->count(); ++i) {
        QVERIFY(files->item(i)->text().startsWith(QStringLiteral("OK")));
    }
}

void TestDossierDialogs::dossierDialog_tamperedPackage_showsChangedFile()
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(MINH_TEST_DATA "/package/tamper.py"), path(QStringLiteral("dossier.zip")),
                  path(QStringLiteral("tampered.zip")), QStringLiteral("flip"), QStringLiteral("data/framework.json")});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    Gui::DossierDialog dialog;
    dialog.setPackage(path(QStringLiteral("tampered.zip")));
    QSignalSpy verified(&dialog, &Gui::DossierDialog::verified);
    dialog.verify();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 60000);
    QVERIFY(!verified.at(0).at(0).toBool());
    QVERIFY(child<QLabel>(&dialog, "verifyResultLabel")->text().startsWith(QStringLiteral("Not valid")));
    const auto changed = child<QListWidget>(&dialog, "verifyFilesList")
                             ->findItems(QStringLiteral("changed — data/framework.json"), Qt::MatchExactly);
    QCOMPARE(changed.size(), 1);
}

void TestDossierDialogs::mainWindow_hasDossierActions()
{
    Gui::MainWindow window;
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportDossierAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("openDossierAction")));
}

QTEST_MAIN(TestDossierDialogs)
#include "tst_dossierdialogs.moc"
