#include "../testsupport.h"
#include "document/demoschoolbuilder.h"
#include "document/documentsettings.h"
#include "pdftools.h"
#include "report/councildecisionbuilder.h"
#include "report/nd30blocks.h"
#include "report/pdfreportwriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

// The forms Minh prints, built for the demo school under both regimes and checked in the PDF
// text with pdftotext. Set MINH_FORMS_OUT to a folder to keep the PDFs for a look.
class TestPrintedForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dateLine_followsTheDecree();
    void councilDecision_listsMembersAndSettings_data();
    void councilDecision_listsMembersAndSettings();

private:
    QString writePdf(const PrintedDocument &printed, const QString &name);
    SchoolDocument *demo(const QString &frameworkId);

    QTemporaryDir m_dir;
    QHash<QString, SchoolDocument *> m_demos;
};

void TestPrintedForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

SchoolDocument *TestPrintedForms::demo(const QString &frameworkId)
{
    if (!m_demos.contains(frameworkId)) {
        auto *document = new SchoolDocument(this);
        // The builder keeps a reference to the framework: it must outlive the builder.
        const Framework framework = TestSupport::shippedFramework(frameworkId);
        DemoSchoolBuilder builder(framework);
        if (!builder.create(m_dir.filePath(frameworkId + QStringLiteral(".minh")), document)) {
            qWarning("%s", qPrintable(builder.errorString()));
            return nullptr;
        }
        m_demos.insert(frameworkId, document);
    }
    return m_demos.value(frameworkId);
}

QString TestPrintedForms::writePdf(const PrintedDocument &printed, const QString &name)
{
    const QString out = qEnvironmentVariable("MINH_FORMS_OUT");
    const QString path = (out.isEmpty() ? m_dir.path() : out) + QLatin1Char('/') + name + QStringLiteral(".pdf");
    PdfReportWriter writer;
    if (!writer.write(printed, path)) {
        qWarning("%s", qPrintable(writer.errorString()));
        return {};
    }
    // pdftotext joins the lines of a paragraph with line breaks; compare on single spaces.
    return PdfTools::text(path).simplified();
}

void TestPrintedForms::dateLine_followsTheDecree()
{
    QCOMPARE(Nd30Blocks::dateLine(QStringLiteral("Yên Thành"), QDate(2026, 2, 5)),
             QStringLiteral("Yên Thành, ngày 05 tháng 02 năm 2026"));
    QCOMPARE(Nd30Blocks::dateText(QDate(2018, 12, 28)), QStringLiteral("ngày 28 tháng 12 năm 2018"));
    QCOMPARE(Nd30Blocks::dateText(QDate(2025, 9, 8)), QStringLiteral("ngày 08 tháng 9 năm 2025"));
    QCOMPARE(Nd30Blocks::upper(QStringLiteral("Trường THCS Nguyễn Du")), QStringLiteral("TRƯỜNG THCS NGUYỄN DU"));
}

void TestPrintedForms::councilDecision_listsMembersAndSettings_data()
{
    QTest::addColumn<QString>("framework");
    QTest::newRow("2018") << QStringLiteral("tt18-2018");
    QTest::newRow("2026") << QStringLiteral("tt57-2026");
}

void TestPrintedForms::councilDecision_listsMembersAndSettings()
{
    QFETCH(QString, framework);
    SchoolDocument *document = demo(framework);
    QVERIFY(document);
    QVERIFY(document->setDocumentSetting(DocumentSettings::councilDecision(), QStringLiteral("number"),
                                         QStringLiteral("31/QĐ-THCS")));
    const QString text = writePdf(CouncilDecisionBuilder::build(*document), QStringLiteral("council-decision-") + framework);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    QVERIFY(text.contains(QStringLiteral("Số: 31/QĐ-THCS")));
    QVERIFY(text.contains(Nd30Blocks::upper(document->school().name)));
    QVERIFY(text.contains(QStringLiteral("Về việc thành lập Hội đồng tự đánh giá")));
    QVERIFY(text.contains(QStringLiteral("Thông tư số ") + document->framework().circular()));
    QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
    QVERIFY(text.contains(QStringLiteral("(Kèm theo Quyết định số 31/QĐ-THCS")));
    for (const CouncilMember &m : document->council()) {
        QVERIFY2(text.contains(m.fullName), qPrintable(m.fullName));
    }
}

QTEST_MAIN(TestPrintedForms)
#include "tst_printedforms.moc"
