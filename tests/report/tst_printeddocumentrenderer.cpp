#include "pdftools.h"
#include "report/documentcomposer.h"
#include "report/nd30blocks.h"
#include "report/odtreportwriter.h"
#include "report/pagestyle.h"
#include "report/pdfreportwriter.h"
#include "report/printeddocumentrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamReader>

using namespace Minh::Core;

// A document that provokes every page rule: a framed cover, a table of contents, many headings
// with paragraphs of varying length (some fall at a page bottom), a table over several pages and
// a landscape section.
static PrintedDocument sampleDocument()
{
    PrintedDocument document;
    document.title = QStringLiteral("Mẫu thử");

    PrintedSection cover;
    cover.content = PageStyle::newContent();
    cover.numbered = false;
    cover.framed = true;
    DocumentComposer(cover.content.get()).title(QStringLiteral("BÁO CÁO TỰ ĐÁNH GIÁ"), 20);
    document.sections.append(cover);

    PrintedSection body;
    body.content = PageStyle::newContent();
    DocumentComposer composer(body.content.get());
    composer.title(QStringLiteral("MỤC LỤC"));
    composer.tableOfContents(QStringLiteral("NỘI DUNG"), QStringLiteral("Trang"));
    composer.pageBreak();
    for (int h = 1; h <= 40; ++h) {
        composer.heading(2, QStringLiteral("Mục kiểm tra %1").arg(h));
        for (int p = 0; p < 1 + h % 3; ++p) {
            composer.paragraph(QStringLiteral("Nhà trường xây dựng kế hoạch giáo dục đúng hạn, đầy đủ nội dung. ")
                                   .repeated(3 + (h * 7 + p) % 9));
        }
    }
    composer.heading(1, QStringLiteral("Bảng dài"));
    QTextTable *table = composer.table({{QStringLiteral("TT"), 10}, {QStringLiteral("Tiêu đề cột lặp lại"), 90}});
    for (int row = 1; row <= 90; ++row) {
        composer.addRow(table, {QString::number(row), QStringLiteral("Dòng số %1").arg(row)});
    }
    document.sections.append(body);

    PrintedSection wide;
    wide.orientation = QPageLayout::Landscape;
    wide.content = PageStyle::newContent();
    DocumentComposer(wide.content.get()).heading(1, QStringLiteral("Kế hoạch ngang trang"));
    document.sections.append(wide);
    return document;
}

class TestPrintedDocumentRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the pages: MINH_KEEP_TEST_FILES=1 keeps them and prints where.
        if (!qEnvironmentVariableIsEmpty("MINH_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << m_dir.path();
        }
    }

    void pdf_hasRealTextAndEmbeddedFonts()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.pdf"));
        PdfReportWriter writer;
        QVERIFY2(writer.write(sampleDocument(), path), qPrintable(writer.errorString()));
        const QString text = PdfTools::text(path);
        QVERIFY(text.contains(QStringLiteral("BÁO CÁO TỰ ĐÁNH GIÁ")));
        QVERIFY(text.contains(QStringLiteral("Nhà trường xây dựng kế hoạch giáo dục đúng hạn")));
        const auto fonts = PdfTools::fonts(path);
        QVERIFY(!fonts.isEmpty());
        for (const auto &[name, embedded] : fonts) {
            QVERIFY2(embedded, qPrintable(name));
        }
    }

    // Nghị định 30: body paragraphs start 1 to 1.27 cm in. Measured on the PDF: the first word of
    // a paragraph against the first word of its second line.
    void paragraphs_startOneCentimetreIn()
    {
        PrintedDocument document;
        PrintedSection section;
        section.content = PageStyle::newContent();
        DocumentComposer(section.content.get())
            .paragraph(QStringLiteral("Thụt đầu dòng ") + QStringLiteral("Nhà trường xây dựng kế hoạch giáo dục đúng hạn. ").repeated(4));
        document.sections.append(section);
        const QString path = m_dir.filePath(QStringLiteral("indent.pdf"));
        PdfReportWriter writer;
        QVERIFY2(writer.write(document, path), qPrintable(writer.errorString()));
        const QString boxes = PdfTools::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        QMap<double, double> lineStarts; // yMin → smallest xMin of the line
        static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\""));
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const double x = m.captured(1).toDouble();
            const double y = m.captured(2).toDouble();
            lineStarts[y] = lineStarts.contains(y) ? std::min(lineStarts[y], x) : x;
        }
        QVERIFY(lineStarts.size() >= 2); // the first page has no number: lines only
        const QList<double> starts = lineStarts.values();
        const double indent = starts.at(0) - starts.at(1);
        QVERIFY2(indent > 28.0 && indent < 36.1, qPrintable(QString::number(indent))); // 1 to 1.27 cm, in points
    }

    void sections_keepTheirOrientation()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.pdf"));
        PdfReportWriter writer;
        QVERIFY(writer.write(sampleDocument(), path));
        const int count = PdfTools::pageCount(path);
        QCOMPARE(count, writer.pageCount());
        const QList<bool> landscape = PdfTools::landscapePages(path, count);
        QCOMPARE(landscape.size(), count);
        QVERIFY(!landscape.first());
        QVERIFY(landscape.last());
        QVERIFY(!landscape.at(count - 2));
        QVERIFY(PdfTools::text(path, count, count).contains(QStringLiteral("Kế hoạch ngang trang")));
    }

    void tableHeader_repeatsOnEveryPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.pdf"));
        PdfReportWriter writer;
        QVERIFY(writer.write(sampleDocument(), path));
        const QStringList pages = PdfTools::pages(path);
        int withRows = 0;
        for (const QString &page : pages) {
            if (page.contains(QStringLiteral("Dòng số "))) {
                ++withRows;
                QVERIFY2(page.contains(QStringLiteral("Tiêu đề cột lặp lại")), qPrintable(page.left(200)));
            }
        }
        QVERIFY(withRows >= 2);
    }

    void headings_neverEndAPage_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("kept with next") << true;
        QTest::newRow("not kept (the sample does provoke it)") << false;
    }

    void headings_neverEndAPage()
    {
        QFETCH(bool, keep);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&sink);
        PrintedDocumentRenderer renderer(sampleDocument(), {.keepHeadingsWithNext = keep});
        QVERIFY(renderer.render(&pdf));
        const QString path = m_dir.filePath(QStringLiteral("d.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sink.data());
        file.close();
        int alone = 0;
        for (const QString &page : PdfTools::pages(path)) {
            if (PdfTools::lastLine(page).startsWith(QStringLiteral("Mục kiểm tra"))) {
                ++alone;
            }
        }
        QCOMPARE(alone == 0, keep);
    }

    // Sections whose signature block falls at every height of the page bottom: the block's title
    // and the signer's name always share a page, since a form signed across two pages is void.
    void signatureBlock_isNeverSplit_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("kept together") << true;
        QTest::newRow("not kept (the sample does split one)") << false;
    }

    void signatureBlock_isNeverSplit()
    {
        QFETCH(bool, keep);
        PrintedDocument document;
        for (int lines = 24; lines <= 40; ++lines) {
            PrintedSection section;
            section.content = PageStyle::newContent();
            DocumentComposer composer(section.content.get());
            for (int i = 0; i < lines; ++i) {
                composer.paragraph(QStringLiteral("Dòng nội dung số %1.").arg(i + 1));
            }
            Nd30Blocks::Signature left;
            left.title = QStringLiteral("NGƯỜI LẬP");
            Nd30Blocks::Signature right;
            right.title = QStringLiteral("CHUKYTITLE%1").arg(lines);
            right.signer = QStringLiteral("CHUKYNAME%1").arg(lines);
            Nd30Blocks::twoSignatures(composer, left, right);
            document.sections.append(section);
        }
        const QString path = m_dir.filePath(QStringLiteral("signatures.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QPdfWriter pdf(&file);
            PrintedDocumentRenderer renderer(document, {.keepHeadingsWithNext = keep});
            QVERIFY(renderer.render(&pdf));
        }
        int split = 0;
        const QStringList pages = PdfTools::pages(path);
        for (int lines = 24; lines <= 40; ++lines) {
            for (const QString &page : pages) {
                if (page.contains(QStringLiteral("CHUKYTITLE%1").arg(lines))
                    && !page.contains(QStringLiteral("CHUKYNAME%1").arg(lines))) {
                    ++split;
                }
            }
        }
        QCOMPARE(split == 0, keep);
    }

    void tableOfContents_givesThePageOfEachHeading()
    {
        const QString path = m_dir.filePath(QStringLiteral("e.pdf"));
        PdfReportWriter writer;
        QVERIFY(writer.write(sampleDocument(), path));
        const QString toc = PdfTools::text(path, 2, 3, true);
        QVERIFY(toc.contains(QStringLiteral("NỘI DUNG")));
        const QStringList pages = PdfTools::pages(path);
        for (const QString &heading : {QStringLiteral("Mục kiểm tra 7"), QStringLiteral("Mục kiểm tra 31"),
                                       QStringLiteral("Bảng dài"), QStringLiteral("Kế hoạch ngang trang")}) {
            const QRegularExpression entry(QRegularExpression::escape(heading) + QStringLiteral("\\s+(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
            const auto match = entry.match(toc);
            QVERIFY2(match.hasMatch(), qPrintable(heading));
            const int page = match.captured(1).toInt();
            QVERIFY(page > 2 && page <= pages.size());
            QVERIFY2(pages.at(page - 1).contains(heading + QLatin1Char('\n')), qPrintable(heading));
        }
    }

    void cancel_leavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("f.pdf"));
        PdfReportWriter writer;
        QVERIFY(!writer.write(sampleDocument(), path, [](int done, int) { return done < 2; }));
        QVERIFY(writer.wasCancelled());
        QVERIFY(!QFile::exists(path));
    }

    void odt_hasTheSameTexts()
    {
        const QString path = m_dir.filePath(QStringLiteral("g.odt"));
        OdtReportWriter writer;
        QVERIFY2(writer.write(sampleDocument(), path), qPrintable(writer.errorString()));
        const QString content = PdfTools::odtContent(path);
        QVERIFY(content.contains(QStringLiteral("BÁO CÁO TỰ ĐÁNH GIÁ")));
        QVERIFY(content.contains(QStringLiteral("Dòng số 90")));
        QVERIFY(content.contains(QStringLiteral("Kế hoạch ngang trang")));
        // The landscape section starts on a landscape master page; A4 and the report font throughout.
        QVERIFY(content.contains(QStringLiteral("<text:p text:style-name=\"MinhSectionLandscape\"/>")));
        QVERIFY(!content.contains(QStringLiteral("fo:font-family=\"Sans\"")));
        QVERIFY(content.contains(QStringLiteral("fo:font-family=\"%1\"").arg(PageStyle::fontFamily())));
        const QString styles = PdfTools::odtContent(path, QStringLiteral("styles.xml"));
        QVERIFY(styles.contains(QStringLiteral("fo:page-width=\"297mm\" fo:page-height=\"210mm\" style:print-orientation=\"landscape\"")));
        QVERIFY(styles.contains(QStringLiteral("fo:margin-left=\"30mm\"")));
        QVERIFY(PdfTools::run(QStringLiteral("unzip"), {QStringLiteral("-t"), path}).contains(QStringLiteral("No errors")));
    }

    void odt_mimetype_atOffset38()
    {
        // OpenDocument: "mimetype" first, stored, without extra field, its content at byte 38.
        const QString path = m_dir.filePath(QStringLiteral("h.odt"));
        OdtReportWriter writer;
        QVERIFY2(writer.write(sampleDocument(), path), qPrintable(writer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(128);
        QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    }

    void odt_numberedPages_haveAPageNumberField()
    {
        const QString path = m_dir.filePath(QStringLiteral("i.odt"));
        OdtReportWriter writer;
        QVERIFY2(writer.write(sampleDocument(), path), qPrintable(writer.errorString()));
        const QHash<QString, MasterPage> masters =
            masterPages(PdfTools::odtContent(path, QStringLiteral("styles.xml")));
        // As in the PDF: numbered pages show the page number in the header; covers do not.
        for (const QString &numbered : {QStringLiteral("Standard"), QStringLiteral("Landscape")}) {
            QVERIFY2(masters.value(numbered).pageNumber, qPrintable(numbered));
        }
        for (const QString &plain : {QStringLiteral("MinhPortraitPlain"), QStringLiteral("MinhLandscapePlain"),
                                     QStringLiteral("MinhPortraitFirst"), QStringLiteral("MinhLandscapeFirst")}) {
            QVERIFY2(masters.contains(plain) && !masters.value(plain).pageNumber, qPrintable(plain));
        }
        // The first page has no number, the next ones have.
        QCOMPARE(masters.value(QStringLiteral("MinhPortraitFirst")).next, QStringLiteral("Standard"));
        QCOMPARE(masters.value(QStringLiteral("MinhLandscapeFirst")).next, QStringLiteral("Landscape"));
        // The cover, then the numbered portrait body, then the landscape plan.
        static const QRegularExpression start(QStringLiteral("<text:p text:style-name=\"(MinhSection\\w+)\"/>"));
        QStringList sections;
        for (auto it = start.globalMatch(PdfTools::odtContent(path)); it.hasNext();) {
            sections.append(it.next().captured(1));
        }
        QCOMPARE(sections,
                 QStringList({QStringLiteral("MinhSectionPortraitPlain"), QStringLiteral("MinhSectionPortrait"),
                              QStringLiteral("MinhSectionLandscape")}));
    }

    void odt_numberedFirstSection_firstPageUnnumbered()
    {
        PrintedDocument document;
        PrintedSection form;
        form.content = PageStyle::newContent();
        DocumentComposer(form.content.get()).paragraph(QStringLiteral("Quyết định"));
        document.sections.append(form);
        const QString path = m_dir.filePath(QStringLiteral("j.odt"));
        OdtReportWriter writer;
        QVERIFY2(writer.write(document, path), qPrintable(writer.errorString()));
        QVERIFY(PdfTools::odtContent(path).contains(
            QStringLiteral("<text:p text:style-name=\"MinhSectionPortraitFirst\"/>")));
    }

    void odt_tableOfContents_isAnIndexOfMarks()
    {
        const QString path = m_dir.filePath(QStringLiteral("k.odt"));
        OdtReportWriter writer;
        QVERIFY2(writer.write(sampleDocument(), path), qPrintable(writer.errorString()));
        const QString content = PdfTools::odtContent(path);
        QVERIFY(!content.contains(QStringLiteral("MINH-")));
        // Every listed heading carries an index mark, and the index is made of the marks only.
        QCOMPARE(content.count(QStringLiteral("<text:toc-mark ")), 42);
        QVERIFY(content.contains(
            QStringLiteral("<text:toc-mark text:string-value=\"Mục kiểm tra 7\" text:outline-level=\"2\"/>")));
        QVERIFY(content.contains(QStringLiteral("text:use-outline-level=\"false\" text:use-index-marks=\"true\"")));
        QCOMPARE(content.count(QStringLiteral("<text:table-of-content ")), 1);
        // Its first content is Minh's own: every entry with a page number after the table of contents.
        const QString body =
            content.section(QStringLiteral("<text:index-body>"), 1).section(QStringLiteral("</text:index-body>"), 0, 0);
        static const QRegularExpression entry(QStringLiteral("<text:p text:style-name=\"Contents_20_(\\d)\">"
                                                             "([^<]+)<text:tab/>(\\d+)</text:p>"));
        int entries = 0;
        for (auto it = entry.globalMatch(body); it.hasNext(); ++entries) {
            const QRegularExpressionMatch match = it.next();
            QVERIFY2(match.captured(3).toInt() > 2, qPrintable(match.captured(0)));
        }
        QCOMPARE(entries, 42);
        QVERIFY(content.contains(QStringLiteral("NỘI DUNG<text:tab/>Trang</text:p><text:table-of-content ")));
    }

private:
    struct MasterPage
    {
        QString next;
        bool pageNumber = false;
    };

    // The master pages of styles.xml: whether the header shows the current page's number.
    static QHash<QString, MasterPage> masterPages(const QString &styles)
    {
        QHash<QString, MasterPage> masters;
        QXmlStreamReader xml(styles);
        QString current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"master-page") {
                current = xml.attributes().value(QStringLiteral("style:name")).toString();
                masters[current].next = xml.attributes().value(QStringLiteral("style:next-style-name")).toString();
            } else if (xml.isStartElement() && xml.name() == u"page-number" && !current.isEmpty()) {
                masters[current].pageNumber = xml.attributes().value(QStringLiteral("text:select-page")) == u"current";
            }
        }
        return masters;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintedDocumentRenderer)
#include "tst_printeddocumentrenderer.moc"
