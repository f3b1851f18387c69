#include "evidence/thumbnailservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Minh::Core;
using Kind = ThumbnailResult::Kind;

namespace {

const QSize Box(120, 160);
// Generous for a loaded CI machine; no test depends on how fast anything is.
constexpr int WaitMilliseconds = 60'000;
const QString Thumbnailer = QStringLiteral(MINH_THUMBNAILER);

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffff;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xedb88320 & (0 - (crc & 1)));
        }
    }
    return ~crc;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i) {
        bytes[3 - i] = char(value >> (8 * i));
    }
    return bytes;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

// A well-formed PNG whose header claims a size no thumbnail should ever decode.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    const QByteArray header = bigEndian(width) + bigEndian(height) + QByteArray("\x08\x02\x00\x00\x00", 5);
    const QByteArray pixels = qCompress(QByteArray(64, '\0')).mid(4); // a zlib stream without Qt's length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", pixels) +
           pngChunk("IEND", {});
}

// A hand-written PDF with a correct cross-reference table, for the cases QPdfWriter cannot make.
QByteArray handWrittenPdf(const QList<QByteArray> &objects, const QByteArray &trailer)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets)) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailer +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray randomBytes(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(count, '\0');
    for (char &byte : bytes) {
        byte = char(random.bounded(256));
    }
    return bytes;
}

// A photo-like test image: dark upper half, white lower half.
QImage halfDark(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(0, 0, size.width(), size.height() / 2, Qt::black);
    return image;
}

int darkPixels(const QImage &image, const QRect &region)
{
    int dark = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            dark += qAlpha(pixel) > 128 && qGray(pixel) < 64 ? 1 : 0;
        }
    }
    return dark;
}

bool fitsAndFills(QSize size, QSize box)
{
    return size.width() <= box.width() && size.height() <= box.height() &&
           (size.width() >= box.width() - 1 || size.height() >= box.height() - 1);
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0;
}

ThumbnailResult resultOf(const QFuture<ThumbnailResult> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, WaitMilliseconds)) {
        return {{}, Kind::Error, QStringLiteral("(test) the request did not finish")};
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        return {{}, Kind::Error, QStringLiteral("(test) the request was cancelled")};
    }
    return future.result();
}

} // namespace

class TestThumbnailService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thumbnail_matchesContent_data();
    void thumbnail_matchesContent();
    void longPdf_rendersOnlyFirstPage();
    void typeIcon_colourFollowsFamily();
    void fileName_decidesIconForNamelessContent();
    void cache_returnsSameImageWithoutRunningAgain();
    void errors_areNotCached();
    void sameRequest_sharesOneRun();
    void hang_isKilledAfterTimeLimit();
    void cancel_killsThumbnailer();
    void destruction_killsThumbnailer();
    void crash_givesError();
    void missingThumbnailer_givesError();
    void defaultThumbnailerPath_followsEnvironment();
    void thumbnailer_rejectsBadArguments_data();
    void thumbnailer_rejectsBadArguments();
    void thumbnailer_printsKindAndWritesPng();
    void thumbnailer_errorIsOneLineWhateverLibrariesPrint();
    void thumbnailer_takesFileNamedLikeQtOption();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A request for a file of the test folder, under its own name, with the name as cache key.
    QFuture<ThumbnailResult> request(ThumbnailService &service, const QString &name, QSize size = Box) const
    {
        return service.thumbnail(name, path(name), name, size);
    }
    QString write(const QString &name, const QByteArray &content);
    QString script(const QString &name, const QString &body);
    QString countingThumbnailer(const QString &log);
    QString hangingThumbnailer(const QString &pidFile);
    // minh-thumbnailer run directly, in the test folder.
    struct Run
    {
        int exitCode = -1; // -1: did not finish
        QByteArray output;
        QByteArray error;
    };
    Run runThumbnailer(const QStringList &arguments) const;
    static int lineCount(const QString &file);
    static qint64 pidFrom(const QString &file);

    QTemporaryDir m_dir;
};

QString TestThumbnailService::write(const QString &name, const QByteArray &content)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write test file %s", qPrintable(file.fileName()));
    }
    return file.fileName();
}

QString TestThumbnailService::script(const QString &name, const QString &body)
{
    const QString file = write(name, (QStringLiteral("#!/bin/sh\n") + body).toUtf8());
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return file;
}

// Runs the real thumbnailer and appends a line to `log` each time, to count the runs.
QString TestThumbnailService::countingThumbnailer(const QString &log)
{
    return script(QStringLiteral("counting.sh"),
                  QStringLiteral("echo run >> '%1'\nexec '%2' \"$@\"\n").arg(log, Thumbnailer));
}

// Writes its process id (exec keeps it for sleep) and never finishes on its own.
QString TestThumbnailService::hangingThumbnailer(const QString &pidFile)
{
    return script(QStringLiteral("hanging.sh"), QStringLiteral("echo $$ > '%1'\nexec sleep 600\n").arg(pidFile));
}

TestThumbnailService::Run TestThumbnailService::runThumbnailer(const QStringList &arguments) const
{
    QProcess thumbnailer;
    thumbnailer.setWorkingDirectory(m_dir.path());
    thumbnailer.start(Thumbnailer, arguments);
    if (!thumbnailer.waitForFinished(WaitMilliseconds) || thumbnailer.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {thumbnailer.exitCode(), thumbnailer.readAllStandardOutput(), thumbnailer.readAllStandardError()};
}

int TestThumbnailService::lineCount(const QString &file)
{
    QFile log(file);
    return log.open(QIODevice::ReadOnly) ? int(log.readAll().count('\n')) : 0;
}

qint64 TestThumbnailService::pidFrom(const QString &file)
{
    QFile pid(file);
    return pid.open(QIODevice::ReadOnly) ? pid.readAll().trimmed().toLongLong() : 0;
}

void TestThumbnailService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(Thumbnailer).isExecutable(), MINH_THUMBNAILER);

    {
        QPdfWriter writer(path(QStringLiteral("page.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        // Dark "lines of text" on white, in the upper half of the page.
        for (int line = 0; line < 8; ++line) {
            painter.fillRect(page.width() / 10, page.height() / 10 + line * page.height() / 20, page.width() * 8 / 10,
                             page.height() / 40, Qt::black);
        }
    }
    {
        // Page 1 is portrait and dark at the top; pages 2 to 200 are landscape and dark at the
        // bottom, so the thumbnail shows which page was drawn.
        QPdfWriter writer(path(QStringLiteral("book.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QRect page = painter.viewport();
        painter.fillRect(0, 0, page.width(), page.height() / 4, Qt::black);
        writer.setPageOrientation(QPageLayout::Landscape);
        for (int number = 2; number <= 200; ++number) {
            QVERIFY(writer.newPage());
            page = painter.viewport();
            painter.fillRect(0, page.height() * 3 / 4, page.width(), page.height() / 4, Qt::black);
        }
    }
    QVERIFY(halfDark(QSize(640, 480)).save(path(QStringLiteral("photo.png"))));
    QVERIFY(halfDark(QSize(640, 480)).save(path(QStringLiteral("photo.jpg"))));
    QFile::copy(path(QStringLiteral("photo.png")), path(QStringLiteral("really-a-png.jpg")));
    QFile::copy(path(QStringLiteral("page.pdf")), path(QStringLiteral("really-a-pdf.bin")));
    QFile::copy(path(QStringLiteral("page.pdf")), path(QStringLiteral("Kế hoạch.pdf")));
    write(QStringLiteral("report.docx"), randomBytes(4000, 1));
    write(QStringLiteral("clip.mp4"), randomBytes(4000, 2));
    write(QStringLiteral("scan.pdf"), randomBytes(4000, 3));
    write(QStringLiteral("budget.xlsx"), randomBytes(4000, 4));
    write(QStringLiteral("nameless"), randomBytes(4000, 5));
    write(QStringLiteral("broken.pdf"), "%PDF-1.7\n" + randomBytes(4000, 6));
    QFile png(path(QStringLiteral("photo.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    write(QStringLiteral("truncated.png"), png.read(png.size() / 2));
    write(QStringLiteral("huge.png"), pngDeclaring(100000, 100000));
    write(QStringLiteral("empty.txt"), {});
    const QByteArray catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    write(QStringLiteral("locked.pdf"),
          handWrittenPdf({catalog, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
                          "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + randomBytes(32, 7).toHex() + "> /U <" +
                              randomBytes(32, 8).toHex() + "> >>"},
                         "/Encrypt 4 0 R /ID [<" + randomBytes(16, 9).toHex() + "> <" + randomBytes(16, 9).toHex() +
                             ">]"));
    write(QStringLiteral("blank.pdf"), handWrittenPdf({catalog, "<< /Type /Pages /Kids [] /Count 0 >>"}, {}));
}

void TestThumbnailService::thumbnail_matchesContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("problem");

    QTest::newRow("pdf") << QStringLiteral("page.pdf") << Kind::Rendered << QString();
    QTest::newRow("png") << QStringLiteral("photo.png") << Kind::Rendered << QString();
    QTest::newRow("jpeg") << QStringLiteral("photo.jpg") << Kind::Rendered << QString();
    QTest::newRow("png named .jpg") << QStringLiteral("really-a-png.jpg") << Kind::Rendered << QString();
    QTest::newRow("pdf named .bin") << QStringLiteral("really-a-pdf.bin") << Kind::Rendered << QString();
    QTest::newRow("docx") << QStringLiteral("report.docx") << Kind::TypeIcon << QString();
    QTest::newRow("mp4") << QStringLiteral("clip.mp4") << Kind::TypeIcon << QString();
    QTest::newRow("pdf name, other content") << QStringLiteral("scan.pdf") << Kind::TypeIcon << QString();
    QTest::newRow("corrupt pdf") << QStringLiteral("broken.pdf") << Kind::Error << QStringLiteral("damaged");
    QTest::newRow("locked pdf") << QStringLiteral("locked.pdf") << Kind::Error << QStringLiteral("password");
    QTest::newRow("pdf without pages") << QStringLiteral("blank.pdf") << Kind::Error << QStringLiteral("no pages");
    QTest::newRow("truncated png") << QStringLiteral("truncated.png") << Kind::Error << QStringLiteral("damaged");
    QTest::newRow("huge png") << QStringLiteral("huge.png") << Kind::Error
                              << QStringLiteral("too large to preview (100000 × 100000 pixels)");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << Kind::Error << QStringLiteral("empty");
}

void TestThumbnailService::thumbnail_matchesContent()
{
    QFETCH(QString, fileName);
    QFETCH(Kind, kind);
    QFETCH(QString, problem);

    ThumbnailService service(Thumbnailer);
    const ThumbnailResult result = resultOf(request(service, fileName));
    QVERIFY2(result.kind == kind, qPrintable(result.error));
    switch (kind) {
    case Kind::Rendered:
        QVERIFY2(fitsAndFills(result.image.size(), Box),
                 qPrintable(QStringLiteral("%1×%2").arg(result.image.width()).arg(result.image.height())));
        QVERIFY(darkPixels(result.image, result.image.rect()) > result.image.width());
        QVERIFY(darkPixels(result.image, result.image.rect()) < result.image.width() * result.image.height() * 3 / 4);
        break;
    case Kind::TypeIcon:
        QCOMPARE(result.image.size(), Box);
        break;
    case Kind::Error:
        QVERIFY(result.image.isNull());
        QVERIFY2(result.error.contains(QStringLiteral("“%1”").arg(fileName)), qPrintable(result.error));
        QVERIFY2(result.error.contains(problem), qPrintable(result.error));
        break;
    }
}

void TestThumbnailService::longPdf_rendersOnlyFirstPage()
{
    ThumbnailService service(Thumbnailer);
    const ThumbnailResult result = resultOf(request(service, QStringLiteral("book.pdf")));
    QVERIFY2(result.kind == Kind::Rendered, qPrintable(result.error));
    const QImage &image = result.image;
    QVERIFY(fitsAndFills(image.size(), Box));
    QVERIFY(image.height() > image.width()); // portrait, like page 1 only
    QVERIFY(darkPixels(image, QRect(0, 0, image.width(), image.height() / 5)) > 0);
    QCOMPARE(darkPixels(image, QRect(0, image.height() / 2, image.width(), image.height() / 2)), 0);
}

void TestThumbnailService::typeIcon_colourFollowsFamily()
{
    ThumbnailService service(Thumbnailer);
    const ThumbnailResult document = resultOf(request(service, QStringLiteral("report.docx")));
    const ThumbnailResult spreadsheet = resultOf(request(service, QStringLiteral("budget.xlsx")));
    QVERIFY2(document.kind == Kind::TypeIcon, qPrintable(document.error));
    QVERIFY2(spreadsheet.kind == Kind::TypeIcon, qPrintable(spreadsheet.error));
    // The label band crosses the middle of the icon.
    const QPoint middle(Box.width() / 2, Box.height() * 3 / 5);
    QVERIFY(document.image.pixel(middle) != spreadsheet.image.pixel(middle));
}

void TestThumbnailService::fileName_decidesIconForNamelessContent()
{
    ThumbnailService service(Thumbnailer);
    const QString content = path(QStringLiteral("nameless"));
    const ThumbnailResult asWord =
        resultOf(service.thumbnail(QStringLiteral("a"), content, QStringLiteral("Biên bản.docx"), Box));
    const ThumbnailResult asExcel =
        resultOf(service.thumbnail(QStringLiteral("b"), content, QStringLiteral("Bảng điểm.xlsx"), Box));
    const ThumbnailResult reference = resultOf(request(service, QStringLiteral("budget.xlsx")));
    QVERIFY2(asWord.kind == Kind::TypeIcon, qPrintable(asWord.error));
    QVERIFY2(asExcel.kind == Kind::TypeIcon, qPrintable(asExcel.error));
    QCOMPARE(asExcel.image, reference.image);
    QVERIFY(asWord.image != asExcel.image);
}

void TestThumbnailService::cache_returnsSameImageWithoutRunningAgain()
{
    const QString log = path(QStringLiteral("cache.log"));
    ThumbnailService service(countingThumbnailer(log));
    const QString photo = QStringLiteral("photo.png");
    const ThumbnailResult first = resultOf(request(service, photo));
    QVERIFY2(first.kind == Kind::Rendered, qPrintable(first.error));
    QCOMPARE(lineCount(log), 1);

    const QFuture<ThumbnailResult> again = request(service, photo);
    QVERIFY(again.isFinished()); // from the cache, without waiting for anything
    const ThumbnailResult second = resultOf(again);
    QVERIFY(second.kind == Kind::Rendered);
    QCOMPARE(second.image.cacheKey(), first.image.cacheKey());
    QCOMPARE(lineCount(log), 1);

    // The size is part of the key.
    const ThumbnailResult smaller = resultOf(request(service, photo, QSize(32, 32)));
    QVERIFY2(smaller.kind == Kind::Rendered, qPrintable(smaller.error));
    QVERIFY(fitsAndFills(smaller.image.size(), QSize(32, 32)));
    QCOMPARE(lineCount(log), 2);
}

void TestThumbnailService::errors_areNotCached()
{
    const QString log = path(QStringLiteral("errors.log"));
    ThumbnailService service(countingThumbnailer(log));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const ThumbnailResult result = resultOf(request(service, QStringLiteral("broken.pdf")));
        QVERIFY2(result.kind == Kind::Error, qPrintable(result.error));
        QCOMPARE(lineCount(log), attempt);
    }
}

void TestThumbnailService::sameRequest_sharesOneRun()
{
    const QString log = path(QStringLiteral("shared.log"));
    ThumbnailService service(countingThumbnailer(log));
    const QFuture<ThumbnailResult> first = request(service, QStringLiteral("page.pdf"));
    const QFuture<ThumbnailResult> second = request(service, QStringLiteral("page.pdf"));
    const ThumbnailResult a = resultOf(first);
    const ThumbnailResult b = resultOf(second);
    QVERIFY2(a.kind == Kind::Rendered, qPrintable(a.error));
    QCOMPARE(b.image, a.image);
    QCOMPARE(lineCount(log), 1);
}

void TestThumbnailService::hang_isKilledAfterTimeLimit()
{
    const QString pidFile = path(QStringLiteral("hang.pid"));
    ThumbnailService service(hangingThumbnailer(pidFile));
    service.setTimeLimit(500);
    const QFuture<ThumbnailResult> future = request(service, QStringLiteral("Kế hoạch.pdf"));
    QVERIFY(!future.isFinished()); // the caller never waits for the helper

    const ThumbnailResult result = resultOf(future);
    QVERIFY(result.kind == Kind::Error);
    QCOMPARE(result.error, QStringLiteral("The preview of “Kế hoạch.pdf” took too long and was stopped."));
    const qint64 pid = pidFrom(pidFile);
    QVERIFY2(pid > 0, "the hanging script did not start");
    QVERIFY(!processExists(pid));
}

void TestThumbnailService::cancel_killsThumbnailer()
{
    const QString pidFile = path(QStringLiteral("cancel.pid"));
    ThumbnailService service(hangingThumbnailer(pidFile));
    service.setTimeLimit(WaitMilliseconds * 2);
    QFuture<ThumbnailResult> future = request(service, QStringLiteral("page.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(pidFrom(pidFile) > 0, WaitMilliseconds);
    const qint64 pid = pidFrom(pidFile);
    QVERIFY(processExists(pid));

    future.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), WaitMilliseconds);
    QVERIFY(future.isCanceled());
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), WaitMilliseconds);
}

void TestThumbnailService::destruction_killsThumbnailer()
{
    const QString pidFile = path(QStringLiteral("destroy.pid"));
    auto service = std::make_unique<ThumbnailService>(hangingThumbnailer(pidFile));
    service->setTimeLimit(WaitMilliseconds * 2);
    const QFuture<ThumbnailResult> future = request(*service, QStringLiteral("page.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(pidFrom(pidFile) > 0, WaitMilliseconds);

    QElapsedTimer destruction;
    destruction.start();
    service.reset();
    // Without the stop, the destructor would have waited for the time limit to kill the helper.
    QVERIFY(destruction.elapsed() < WaitMilliseconds * 2);
    QVERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
    QVERIFY(!processExists(pidFrom(pidFile)));
}

void TestThumbnailService::crash_givesError()
{
    ThumbnailService service(script(QStringLiteral("crashing.sh"), QStringLiteral("kill -SEGV $$\n")));
    const ThumbnailResult result = resultOf(request(service, QStringLiteral("page.pdf")));
    QVERIFY(result.kind == Kind::Error);
    QCOMPARE(result.error,
             QStringLiteral("The preview of “page.pdf” cannot be made: The preview program stopped unexpectedly."));
}

void TestThumbnailService::missingThumbnailer_givesError()
{
    const QString missing = path(QStringLiteral("no-such-thumbnailer"));
    ThumbnailService service(missing);
    const ThumbnailResult result = resultOf(request(service, QStringLiteral("page.pdf")));
    QVERIFY(result.kind == Kind::Error);
    QCOMPARE(result.error,
             QStringLiteral("The preview of “page.pdf” cannot be made: The preview program “%1” cannot be started.")
                 .arg(missing));
}

void TestThumbnailService::defaultThumbnailerPath_followsEnvironment()
{
    const QByteArray saved = qgetenv("MINH_THUMBNAILER");
    qputenv("MINH_THUMBNAILER", "/opt/minh/bin/minh-thumbnailer");
    QCOMPARE(ThumbnailService::defaultThumbnailerPath(), QStringLiteral("/opt/minh/bin/minh-thumbnailer"));
    qunsetenv("MINH_THUMBNAILER");
    QCOMPARE(ThumbnailService::defaultThumbnailerPath(),
             QCoreApplication::applicationDirPath() + QStringLiteral("/minh-thumbnailer"));
    if (!saved.isNull()) {
        qputenv("MINH_THUMBNAILER", saved);
    }
}

void TestThumbnailService::thumbnailer_rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("sizeArguments");
    QTest::newRow("too narrow") << QStringList{QStringLiteral("15"), QStringLiteral("128")};
    QTest::newRow("too tall") << QStringList{QStringLiteral("128"), QStringLiteral("1025")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("wide"), QStringLiteral("128")};
    QTest::newRow("missing height") << QStringList{QStringLiteral("128")};
}

void TestThumbnailService::thumbnailer_rejectsBadArguments()
{
    QFETCH(QStringList, sizeArguments);
    const QString output = path(QStringLiteral("bad-arguments.png"));
    const Run run = runThumbnailer(QStringList{path(QStringLiteral("photo.png")), output} + sizeArguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.output.isEmpty());
    QCOMPARE(run.error.count('\n'), 1);
    QVERIFY(!QFile::exists(output));
}

void TestThumbnailService::thumbnailer_printsKindAndWritesPng()
{
    const QString output = path(QStringLiteral("kind.png"));
    const Run photo =
        runThumbnailer({path(QStringLiteral("photo.jpg")), output, QStringLiteral("64"), QStringLiteral("64")});
    QCOMPARE(photo.exitCode, 0);
    QCOMPARE(photo.output, QByteArray("render\n"));
    QCOMPARE(QImage(output, "PNG").size(), QSize(64, 48));

    const Run clip =
        runThumbnailer({path(QStringLiteral("clip.mp4")), output, QStringLiteral("64"), QStringLiteral("80")});
    QCOMPARE(clip.exitCode, 0);
    QCOMPARE(clip.output, QByteArray("icon\n"));
    QCOMPARE(QImage(output, "PNG").size(), QSize(64, 80));

    const Run limits =
        runThumbnailer({path(QStringLiteral("clip.mp4")), output, QStringLiteral("16"), QStringLiteral("1024")});
    QCOMPARE(limits.exitCode, 0);
    QCOMPARE(QImage(output, "PNG").size(), QSize(16, 1024));
}

// libpng prints "libpng error: …" itself; the helper's contract is still one line.
void TestThumbnailService::thumbnailer_errorIsOneLineWhateverLibrariesPrint()
{
    const QString output = path(QStringLiteral("truncated-out.png"));
    const Run run =
        runThumbnailer({path(QStringLiteral("truncated.png")), output, QStringLiteral("64"), QStringLiteral("64")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.error.count('\n'), 1);
    QVERIFY2(run.error.startsWith("The image is damaged"), run.error.constData());
    QVERIFY(!QFile::exists(output));
}

void TestThumbnailService::thumbnailer_takesFileNamedLikeQtOption()
{
    QFile::copy(path(QStringLiteral("report.docx")), path(QStringLiteral("-reverse")));
    const Run run = runThumbnailer(
        {QStringLiteral("-reverse"), QStringLiteral("option.png"), QStringLiteral("64"), QStringLiteral("64")});
    QVERIFY2(run.exitCode == 0, run.error.constData());
    QVERIFY(QFile::exists(path(QStringLiteral("option.png"))));
}

QTEST_GUILESS_MAIN(TestThumbnailService)
#include "tst_thumbnailservice.moc"
