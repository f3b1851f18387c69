#include "../clisupport.h"
#include "document/demoschoolbuilder.h"
#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "pdftools.h"
#include "report/odtreportwriter.h"
#include "report/outlinebuilder.h"
#include "report/pdfreportwriter.h"
#include "report/printeddocumentregistry.h"
#include "report/printedformat.h"
#include "../testframeworks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Minh::Core;

// The self-assessment report and the improvement plan of the demo school, under the 2018 regime
// (Phụ lục 6) and the 2026 regime (Biểu 1, Biểu 2), checked with poppler's tools and unzip.
class TestSelfAssessmentReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The demo school under `frameworkId`, made once per framework.
    SchoolDocument *demo(const QString &frameworkId, const QJsonObject &framework = {})
    {
        const QString key = frameworkId + (framework.isEmpty() ? QString() : QStringLiteral("-custom"));
        if (!m_schools.contains(key)) {
            auto *document = new SchoolDocument(this);
            const Framework parsed = framework.isEmpty() ? TestFrameworks::shipped(frameworkId) : TestFrameworks::parse(framework);
            DemoSchoolBuilder builder(parsed);
            if (!builder.create(m_dir.filePath(key + QStringLiteral(".minh")), document)) {
                qWarning() << builder.errorString();
                return nullptr;
            }
            m_schools.insert(key, document);
        }
        return m_schools.value(key);
    }

    QString writePdf(const QString &frameworkId, const QString &name)
    {
        const QString path = m_dir.filePath(frameworkId + QLatin1Char('-') + name + QStringLiteral(".pdf"));
        if (QFile::exists(path)) {
            return path;
        }
        SchoolDocument *document = demo(frameworkId);
        const Result<PrintedDocument> printed = PrintedDocumentRegistry::build(name, *document);
        if (!printed) {
            qWarning() << printed.error();
            return {};
        }
        PdfReportWriter writer;
        if (!writer.write(printed.value(), path)) {
            qWarning() << writer.errorString();
            return {};
        }
        return path;
    }

    QHash<QString, SchoolDocument *> m_schools;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("MINH_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << m_dir.path();
        }
    }

    void cleanupTestCase()
    {
        // Close the school files before their folder goes.
        qDeleteAll(m_schools);
        m_schools.clear();
    }

    void report_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("levelSentence");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("2018 Phụ lục 6") << QStringLiteral("tt18-2018") << QStringLiteral("Trường đạt Mức %1.")
                                        << QStringList{QStringLiteral("DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ"),
                                                       QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ"),
                                                       QStringLiteral("Phần I. CƠ SỞ DỮ LIỆU"), QStringLiteral("A. ĐẶT VẤN ĐỀ"),
                                                       QStringLiteral("II. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 4"),
                                                       QStringLiteral("Phần III. KẾT LUẬN CHUNG"), QStringLiteral("Phần IV. PHỤ LỤC")};
        QTest::newRow("2026 Biểu 1") << QStringLiteral("tt57-2026") << QStringLiteral("Cơ sở giáo dục đạt Mức %1.")
                                     << QStringList{QStringLiteral("Phần I. TỔNG QUAN"), QStringLiteral("THÔNG TIN DỮ LIỆU"),
                                                    QStringLiteral("Phần II. TỰ ĐÁNH GIÁ"), QStringLiteral("Phần III. KẾT LUẬN"),
                                                    QStringLiteral("Phần IV. PHỤ LỤC")};
    }

    void report()
    {
        QFETCH(QString, framework);
        QFETCH(QString, levelSentence);
        QFETCH(QStringList, headings);
        SchoolDocument *document = demo(framework);
        QVERIFY(document);
        const QString pdf = writePdf(framework, QStringLiteral("report"));
        QVERIFY(!pdf.isEmpty());
        // pdftotext breaks lines; compare with single spaces.
        const QString text = PdfTools::text(pdf).simplified();

        QVERIFY(text.contains(document->school().name));
        QVERIFY(text.contains(document->school().name.toUpper()));
        for (const QString &heading : headings) {
            QVERIFY2(text.contains(heading), qPrintable(heading));
        }
        // Exact indicator texts of the first and the last criterion, which may run on to a new page.
        const QString body = PdfTools::bodyText(pdf).remove(QChar(u'\f')).simplified();
        const QList<const Criterion *> criteria = document->framework().criteria();
        for (const Criterion *criterion : {criteria.first(), criteria.last()}) {
            const Indicator &indicator = criterion->indicators(1).first();
            QVERIFY2(body.contains(indicator.text.simplified()), qPrintable(indicator.text));
        }
        // Levels computed by LevelEngine.
        const Evaluation evaluation = document->evaluate();
        QVERIFY(evaluation.schoolLevel > 0);
        QVERIFY2(text.contains(levelSentence.arg(evaluation.schoolLevel)), qPrintable(levelSentence.arg(evaluation.schoolLevel)));
        // Texts the council wrote, with their evidence citations.
        const QString description = document->criterionText(criteria.first()->code,
                                                            document->framework().regime().criterionFields.first().key);
        QVERIFY(!description.isEmpty());
        QVERIFY(text.contains(description.simplified().left(80)));
        // The report's own texts (Đặt vấn đề, Kết luận chung…) print what the school wrote, the
        // first lines of each, and no dotted line stands in for any of them.
        for (const DocumentSettings::Field &field : DocumentSettings::fields(DocumentSettings::report(), document->framework())) {
            const QString written = document->documentSetting(DocumentSettings::report(), field.key);
            QVERIFY2(!written.isEmpty(), qPrintable(field.key));
            QVERIFY2(text.contains(written.section(QLatin1Char('\n'), 0, 0).simplified().left(60)), qPrintable(field.key));
        }
        // The Mức 4 texts, where the framework has Mức 4.
        for (const ExtraRequirement &requirement : document->framework().extraRequirements().requirements) {
            const QString written = document->extraRequirementText(requirement.number, QStringLiteral("strengths"));
            if (!written.isEmpty()) {
                QVERIFY2(text.contains(written.simplified().left(60)), qPrintable(written));
            }
        }
        // The 2026 Tổng quan names the school's level, not its code.
        if (framework == QLatin1String("tt57-2026")) {
            QVERIFY(text.contains(QStringLiteral("Loại hình và cấp học: Tiểu học")));
        }
        // Council members on the list, evidence on the appendix.
        QVERIFY(text.contains(document->council().first().fullName));
        QVERIFY(text.contains(document->evidence().first().code));

        for (const auto &[name, embedded] : PdfTools::fonts(pdf)) {
            QVERIFY2(embedded, qPrintable(name));
        }
    }

    void report_criterionResults2018()
    {
        SchoolDocument *document = demo(QStringLiteral("tt18-2018"));
        QVERIFY(document);
        const QString text = PdfTools::text(writePdf(QStringLiteral("tt18-2018"), QStringLiteral("report"))).simplified();
        const Evaluation evaluation = document->evaluate();
        for (const CriterionResult &result : evaluation.criteria) {
            const Criterion *criterion = document->framework().criterion(result.code);
            const QString expected = result.level > 0 ? QStringLiteral("Đạt Mức %1.").arg(result.level) : QStringLiteral("Không đạt.");
            const QString block = QStringLiteral("Tiêu chí %1: %2").arg(criterion->code, criterion->title.simplified());
            const qsizetype at = text.indexOf(block, text.lastIndexOf(QStringLiteral("I. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 1, 2 VÀ 3")));
            QVERIFY2(at >= 0, qPrintable(block));
            const qsizetype verdict = text.indexOf(QStringLiteral("Đánh giá tiêu chí: "), at);
            QVERIFY(verdict > at);
            QVERIFY2(text.mid(verdict + 19, expected.size()) == expected, qPrintable(result.code + QLatin1Char(' ') + expected));
        }
    }

    void report_noHeadingOrLabelEndsAPage_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::newRow("2018") << QStringLiteral("tt18-2018");
        QTest::newRow("2026") << QStringLiteral("tt57-2026");
    }

    void report_noHeadingOrLabelEndsAPage()
    {
        QFETCH(QString, framework);
        SchoolDocument *document = demo(framework);
        const Result<PrintedDocument> printed = PrintedDocumentRegistry::build(QStringLiteral("report"), *document);
        QVERIFY(printed);
        QSet<QString> keptWithNext;
        for (const PrintedSection &section : printed.value().sections) {
            for (QTextBlock block = section.content->begin(); block.isValid(); block = block.next()) {
                const QTextBlockFormat format = block.blockFormat();
                if ((format.headingLevel() > 0 || format.boolProperty(PrintedFormat::KeepWithNext)) && !block.text().isEmpty()) {
                    keptWithNext.insert(block.text().trimmed());
                }
            }
        }
        QVERIFY(keptWithNext.size() > 20);
        const QStringList pages = PdfTools::pages(writePdf(framework, QStringLiteral("report")));
        QVERIFY(pages.size() > 10);
        for (int i = 0; i < pages.size(); ++i) {
            // The table of contents lists the headings; pdftotext puts its page column apart.
            if (pages.at(i).contains(QStringLiteral("NỘI DUNG\n"))) {
                continue;
            }
            const QString last = PdfTools::lastLine(pages.at(i));
            QVERIFY2(!keptWithNext.contains(last), qPrintable(QStringLiteral("page %1 ends with “%2”").arg(i + 1).arg(last)));
        }
    }

    void report_tableOfContentsPointsToThePages()
    {
        const QString pdf = writePdf(QStringLiteral("tt57-2026"), QStringLiteral("report"));
        const QStringList pages = PdfTools::pages(pdf);
        const QString toc = PdfTools::text(pdf, 2, 3, true);
        for (const QString &heading : {QStringLiteral("Phần II. TỰ ĐÁNH GIÁ"), QStringLiteral("Phần III. KẾT LUẬN"),
                                       QStringLiteral("Phần IV. PHỤ LỤC")}) {
            const QRegularExpression entry(QRegularExpression::escape(heading) + QStringLiteral("\\s+(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
            const auto match = entry.match(toc);
            QVERIFY2(match.hasMatch(), qPrintable(heading));
            const int page = match.captured(1).toInt();
            QVERIFY(page >= 3 && page <= pages.size());
            QVERIFY2(pages.at(page - 1).contains(heading), qPrintable(heading));
        }
    }

    void plan2026_isLandscapeWithTheTenColumns()
    {
        SchoolDocument *document = demo(QStringLiteral("tt57-2026"));
        const QString pdf = writePdf(QStringLiteral("tt57-2026"), QStringLiteral("plan"));
        QVERIFY(!pdf.isEmpty());
        const int count = PdfTools::pageCount(pdf);
        QVERIFY(count >= 1);
        const QList<bool> landscape = PdfTools::landscapePages(pdf, count);
        QCOMPARE(landscape.size(), count);
        QVERIFY(!landscape.contains(false));
        const QString text = PdfTools::text(pdf).simplified();
        for (int column = 1; column <= 10; ++column) {
            QVERIFY(text.contains(QStringLiteral("(%1)").arg(column)));
        }
        for (const QString &title : {QStringLiteral("Cuối học kỳ I"), QStringLiteral("VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN")}) {
            QVERIFY2(text.contains(title), qPrintable(title));
        }
        // Column titles wrap inside their cells, where pdftotext mixes the lines of neighbours.
        const Result<PrintedDocument> printed = PrintedDocumentRegistry::build(QStringLiteral("plan"), *document);
        QVERIFY(printed);
        QString content;
        for (const PrintedSection &section : printed.value().sections) {
            content += section.content->toPlainText();
        }
        for (const QString &title : {QStringLiteral("Nội dung cải tiến"), QStringLiteral("Mục tiêu cải tiến"),
                                     QStringLiteral("Chỉ số đánh giá kết quả"), QStringLiteral("Nguồn lực bảo đảm"),
                                     QStringLiteral("Thông tin, dữ liệu hoặc minh chứng dự kiến"), QStringLiteral("Mức độ thực hiện")}) {
            QVERIFY2(content.contains(title), qPrintable(title));
        }
        QVERIFY(!document->plan().isEmpty());
        QVERIFY(!document->plan().first().content.isEmpty());
        QVERIFY(text.contains(document->plan().first().content.simplified().left(12)));
        // II. Căn cứ, VII. Tổ chức thực hiện, VIII. Cơ chế đánh giá: the school's own texts.
        for (const DocumentSettings::Field &field : DocumentSettings::fields(DocumentSettings::plan(), document->framework())) {
            const QString written = document->documentSetting(DocumentSettings::plan(), field.key);
            QVERIFY2(!written.isEmpty() && content.contains(written.section(QLatin1Char('\n'), 0, 0)), qPrintable(field.key));
        }
        // The column numbers are a header row: every page of the table repeats them.
        const QStringList pages = PdfTools::pages(pdf);
        for (const QString &page : pages) {
            if (page.contains(document->plan().last().owner.left(10)) || page.contains(document->plan().first().actions.left(10))) {
                QVERIFY(page.contains(QStringLiteral("(10)")));
            }
        }
    }

    void odt_hasTheSameContent()
    {
        SchoolDocument *document = demo(QStringLiteral("tt18-2018"));
        const Result<PrintedDocument> printed = PrintedDocumentRegistry::build(QStringLiteral("report"), *document);
        QVERIFY(printed);
        const QString path = m_dir.filePath(QStringLiteral("report.odt"));
        OdtReportWriter writer;
        QVERIFY2(writer.write(printed.value(), path), qPrintable(writer.errorString()));
        const QString content = PdfTools::odtContent(path);
        QVERIFY(content.contains(QStringLiteral("office:document-content")));
        QVERIFY(content.contains(document->school().name));
        QVERIFY(content.contains(QStringLiteral("Phần I. CƠ SỞ DỮ LIỆU")));
        const Criterion *first = document->framework().criteria().first();
        QVERIFY(content.contains(first->indicators(1).first().text.left(40)));
        QVERIFY(content.contains(QStringLiteral("Trường đạt Mức %1.").arg(document->evaluate().schoolLevel)));
    }

    void frameworkWithoutOutline_printsWithTheShippedOne()
    {
        // A framework copy stored in a school file before outlines existed.
        QJsonObject json = TestFrameworks::shippedJson(QStringLiteral("tt18-2018"));
        QJsonObject regime = json.value(QStringLiteral("regime")).toObject();
        regime.remove(QStringLiteral("documents"));
        json.insert(QStringLiteral("regime"), regime);
        SchoolDocument *document = demo(QStringLiteral("tt18-2018"), json);
        QVERIFY(document);
        QVERIFY(document->framework().regime().documents.isEmpty());
        const Result<PrintedDocument> printed = OutlineBuilder(*document).build(QStringLiteral("report"));
        QVERIFY2(printed, qPrintable(printed.error()));
        QString all;
        for (const PrintedSection &section : printed.value().sections) {
            all += section.content->toPlainText();
        }
        QVERIFY(all.contains(QStringLiteral("Phần I. CƠ SỞ DỮ LIỆU")));
    }

    void outline_isStrictData_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown block") << QStringLiteral("block") << QJsonValue(QStringLiteral("pie_chart"))
                                       << QStringLiteral("pie_chart");
        QTest::newRow("misspelt key") << QStringLiteral("heading_text") << QJsonValue(QStringLiteral("x"))
                                      << QStringLiteral("heading_text");
        QTest::newRow("labels not texts") << QStringLiteral("labels") << QJsonValue(QJsonObject{{QStringLiteral("mark"), 1}})
                                          << QStringLiteral("labels.mark");
    }

    void outline_isStrictData()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mention);
        QJsonObject json = TestFrameworks::shippedJson(QStringLiteral("tt57-2026"));
        QJsonObject regime = json.value(QStringLiteral("regime")).toObject();
        QJsonArray documents = regime.value(QStringLiteral("documents")).toArray();
        QJsonObject report = documents.at(0).toObject();
        QJsonArray parts = report.value(QStringLiteral("parts")).toArray();
        QJsonObject first = parts.at(0).toObject();
        first.insert(key, value);
        parts[0] = first;
        report.insert(QStringLiteral("parts"), parts);
        documents[0] = report;
        regime.insert(QStringLiteral("documents"), documents);
        json.insert(QStringLiteral("regime"), regime);
        const Result<Framework> parsed = FrameworkParser::parse(QJsonDocument(json).toJson(), QStringLiteral("bad.json"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(mention), qPrintable(parsed.error()));
        QVERIFY(parsed.error().contains(QStringLiteral("bad.json")));
    }

    void shippedOutlines_coverBothDocuments_data()
    {
        QTest::addColumn<QString>("framework");
        for (const char *id : {"tt17-2018", "tt18-2018", "tt19-2018", "tt57-2026", "tt57-2026-mn"}) {
            QTest::newRow(id) << QString::fromLatin1(id);
        }
    }

    void shippedOutlines_coverBothDocuments()
    {
        QFETCH(QString, framework);
        const Framework parsed = TestFrameworks::shipped(framework);
        QVERIFY(parsed.regime().document(QStringLiteral("report")));
        QVERIFY(parsed.regime().document(QStringLiteral("plan")));
        QCOMPARE(parsed.regime().document(QStringLiteral("plan"))->parts.first().landscape, true);
    }

    void unknownDocument_isRefusedByName()
    {
        SchoolDocument *document = demo(QStringLiteral("tt57-2026"));
        const Result<PrintedDocument> printed = PrintedDocumentRegistry::build(QStringLiteral("annual-budget"), *document);
        QVERIFY(!printed);
        QVERIFY(printed.error().contains(QStringLiteral("annual-budget")));
        QVERIFY(printed.error().contains(QStringLiteral("registration-letter")));
    }

    void cli_writesEveryDocument_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("suffix");
        for (const QString &name : PrintedDocumentRegistry::names()) {
            QTest::newRow(qPrintable(name + QStringLiteral(" pdf"))) << name << QStringLiteral("pdf");
        }
        QTest::newRow("report odt") << QStringLiteral("report") << QStringLiteral("odt");
    }

    void cli_writesEveryDocument()
    {
        QFETCH(QString, document);
        QFETCH(QString, suffix);
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        const QString school = m_dir.filePath(QStringLiteral("cli.minh"));
        if (!QFile::exists(school)) {
            QVERIFY(CliSupport::ok(CliSupport::run(home, home, {QStringLiteral("demo"), school})));
        }
        const QString out = m_dir.filePath(document + QLatin1Char('.') + suffix);
        const CliSupport::CliRun run = CliSupport::run(home, home, {QStringLiteral("report"), school, QStringLiteral("--document"), document,
                                                                    QStringLiteral("--out"), out});
        QVERIFY(CliSupport::ok(run));
        QVERIFY(run.out.contains(out));
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    void cli_refusesBadRequests()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        const QString school = m_dir.filePath(QStringLiteral("cli.minh"));
        if (!QFile::exists(school)) {
            QVERIFY(CliSupport::ok(CliSupport::run(home, home, {QStringLiteral("demo"), school})));
        }
        QVERIFY(CliSupport::rejected(CliSupport::run(home, home, {QStringLiteral("report"), school, QStringLiteral("--document"),
                                                                  QStringLiteral("budget"), QStringLiteral("--out"), QStringLiteral("x.pdf")}),
                                     {QStringLiteral("budget"), QStringLiteral("report, criterion-forms")}));
        QVERIFY(CliSupport::rejected(CliSupport::run(home, home, {QStringLiteral("report"), school, QStringLiteral("--out"),
                                                                  QStringLiteral("x.docx")}),
                                     {QStringLiteral("x.docx"), QStringLiteral(".pdf or .odt")}));
        QVERIFY(!QFile::exists(QDir(home).filePath(QStringLiteral("x.docx"))));
    }
};

QTEST_MAIN(TestSelfAssessmentReport)
#include "tst_selfassessmentreport.moc"
