#include "../clisupport.h"
#include "../report/pdftools.h"
#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "report/nd30blocks.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;
using CliSupport::CliRun;

// minh-cli report --document <form>: each form of the demo school under both regimes, checked in
// the PDF text (pdftotext) and, for one, in the ODT's content.
class TestCliForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forms_writePdfWithTheSchoolsData_data();
    void forms_writePdfWithTheSchoolsData();
    void councilDecision_writesOdtWithTheSameContent();

private:
    CliRun cli(const QStringList &arguments) { return CliSupport::run(m_dir.path(), m_dir.filePath(QStringLiteral("data")), arguments); }
    QString demo(const QString &framework);

    QTemporaryDir m_dir;
};

void TestCliForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestCliForms::demo(const QString &framework)
{
    const QString path = m_dir.filePath(framework + QStringLiteral(".minh"));
    if (!QFileInfo::exists(path)) {
        if (!CliSupport::ok(cli({QStringLiteral("demo"), path, QStringLiteral("--framework"), framework}))) {
            return {};
        }
        // The school edits the registration letter: another kind and the office of 2025.
        SchoolDocument document;
        if (!document.open(path)
            || !document.setDocumentSetting(DocumentSettings::registrationLetter(), QStringLiteral("kind"),
                                            DocumentSettings::kindNationalStandard())
            || !document.setDocumentSetting(DocumentSettings::registrationLetter(), QStringLiteral("addressee"),
                                            QStringLiteral("Ủy ban nhân dân xã Hòa Bình"))
            || !document.setDocumentSetting(DocumentSettings::councilDecision(), QStringLiteral("number"),
                                            QStringLiteral("07/QĐ-THKĐ"))) {
            qWarning("%s", qPrintable(document.errorString()));
            return {};
        }
    }
    return path;
}

void TestCliForms::forms_writePdfWithTheSchoolsData_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("name");
    for (const QString &framework : {QStringLiteral("tt18-2018"), QStringLiteral("tt57-2026")}) {
        for (const QString &name : {QStringLiteral("criterion-forms"), QStringLiteral("evidence-list"),
                                    QStringLiteral("self-assessment-plan"), QStringLiteral("council-decision"),
                                    QStringLiteral("registration-letter")}) {
            QTest::addRow("%s %s", qPrintable(framework), qPrintable(name)) << framework << name;
        }
    }
}

void TestCliForms::forms_writePdfWithTheSchoolsData()
{
    QFETCH(QString, framework);
    QFETCH(QString, name);
    const QString school = demo(framework);
    QVERIFY(!school.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(framework, name));
    const CliRun run = cli({QStringLiteral("report"), school, QStringLiteral("--document"), name, QStringLiteral("--out"), out});
    QVERIFY(CliSupport::ok(run));
    QVERIFY(run.out.contains(QStringLiteral("Wrote")));
    const QString text = PdfTools::text(out).simplified();
    QVERIFY(!text.isEmpty());

    SchoolDocument document;
    QVERIFY(document.open(school, SchoolFile::Access::ReadOnly));
    QVERIFY2(text.contains(document.school().name) || text.contains(Nd30Blocks::upper(document.school().name)),
             qPrintable(name));
    if (name == QLatin1String("council-decision")) {
        QVERIFY(text.contains(QStringLiteral("Số: 07/QĐ-THKĐ")));
        for (const CouncilMember &m : document.council()) {
            QVERIFY2(text.contains(m.fullName), qPrintable(m.fullName));
        }
    } else if (name == QLatin1String("evidence-list")) {
        for (const EvidenceItem &item : document.evidence()) {
            QVERIFY2(text.contains(item.code), qPrintable(item.code));
            QVERIFY2(text.contains(item.title.section(QLatin1Char(' '), 0, 2)), qPrintable(item.title));
        }
    } else if (name == QLatin1String("registration-letter")) {
        QVERIFY(text.contains(QStringLiteral("Kính gửi: Ủy ban nhân dân xã Hòa Bình")));
        QVERIFY(text.contains(QStringLiteral("công nhận trường đạt chuẩn quốc gia.")));
        QVERIFY(!text.contains(QStringLiteral("công nhận trường đạt kiểm định")));
    } else if (name == QLatin1String("criterion-forms")) {
        const Criterion *last = document.framework().criteria().constLast();
        QVERIFY(text.contains(QStringLiteral("Tiêu chí ") + last->code));
        QVERIFY(text.contains(last->indicators(1).constFirst().text.simplified()));
    } else if (name == QLatin1String("self-assessment-plan")) {
        QVERIFY(text.contains(document.planActivities().constFirst().activity.left(40)));
    }
    // Real text in embedded fonts.
    const auto fonts = PdfTools::fonts(out);
    QVERIFY(!fonts.isEmpty());
    for (const auto &[font, embedded] : fonts) {
        QVERIFY2(embedded, qPrintable(font));
    }
}

void TestCliForms::councilDecision_writesOdtWithTheSameContent()
{
    const QString school = demo(QStringLiteral("tt18-2018"));
    QVERIFY(!school.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("decision.odt"));
    QVERIFY(CliSupport::ok(cli({QStringLiteral("report"), school, QStringLiteral("--document"), QStringLiteral("council-decision"),
                                QStringLiteral("--out"), out})));
    const QString content = PdfTools::odtContent(out);
    QVERIFY(content.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(content.contains(QStringLiteral("07/QĐ-THKĐ")));
    QVERIFY(content.contains(QStringLiteral("Nguyễn Thị Thu Hương")));
}

QTEST_GUILESS_MAIN(TestCliForms)
#include "tst_cli_forms.moc"
