#include "../report/pdftools.h"
#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "documentsmenu.h"
#include "framework/frameworkcatalog.h"
#include "report/printeddocumentregistry.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh;

// The Documents menu writes files in the background through the same writers as minh-cli.
class TestDocumentsMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menu_offersEveryDocument()
    {
        Core::SchoolDocument document;
        Gui::DocumentsMenu menu([&document] { return &document; }, nullptr);
        for (const QString &name : Core::PrintedDocumentRegistry::names()) {
            QVERIFY2(menu.findChild<QAction *>(name + QStringLiteral("PdfAction")), qPrintable(name));
            QVERIFY(menu.findChild<QAction *>(name + QStringLiteral("OdtAction")));
        }
    }

    void saveAsPdf_writesInTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Core::FrameworkCatalog catalog(dir.filePath(QStringLiteral("frameworks")));
        Core::SchoolDocument document;
        Core::DemoSchoolBuilder builder(catalog.find(QStringLiteral("tt57-2026"))->framework);
        QVERIFY(builder.create(dir.filePath(QStringLiteral("demo.minh")), &document));
        Gui::DocumentsMenu menu([&document] { return &document; }, nullptr);
        const QString out = dir.filePath(QStringLiteral("plan.pdf"));
        menu.setFileChooser([&out](const QString &suggested, const QString &) {
            return suggested.endsWith(QStringLiteral("-plan.pdf")) ? out : QString();
        });
        QSignalSpy written(&menu, &Gui::DocumentsMenu::fileWritten);
        menu.findChild<QAction *>(QStringLiteral("planPdfAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 120000);
        QCOMPARE(written.first().first().toString(), out);
        QVERIFY(PdfTools::text(out).contains(document.school().name));
    }
};

QTEST_MAIN(TestDocumentsMenu)
#include "tst_documentsmenu.moc"
