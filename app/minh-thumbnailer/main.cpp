#include "imagedecoder.h"
#include "pdfpagerenderer.h"
#include "typeicon.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QSaveFile>

#include <poppler-qt6.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cstdio>

// minh-thumbnailer INPUT OUTPUT.png WIDTH HEIGHT [FILENAME]
//
// Renders one thumbnail in a process of its own, so that a hostile PDF or image can crash or hang
// only this helper: Minh's ThumbnailService time-limits it and reads the result. Prints "render"
// or "icon" and exits 0, or prints one line to stderr and exits 2. The line is shown to the user
// inside a translated sentence that names the file, so it describes only the problem.

using Minh::Core::Result;
using namespace Minh::Thumbnailer;

namespace {

constexpr int MinimumSide = 16;
constexpr int MaximumSide = 1024;
constexpr int ErrorExit = 2;
// "%PDF-" may follow a few bytes of junk; PDF readers accept it anywhere in the first kilobyte.
constexpr qint64 PdfHeaderWindow = 1024;

struct Thumbnail
{
    QImage image;
    const char *kind = nullptr;
};

// Where the one-line error goes. Libraries write their own diagnostics to stderr (libpng prints
// "libpng error: …" before Qt sees the failure), so on Unix stderr itself is pointed at
// /dev/null and the error line goes to a duplicate of the original descriptor.
std::FILE *errorChannel = stderr;

void silenceLibraries()
{
#ifdef Q_OS_UNIX
    const int original = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY);
    if (original < 0 || null < 0) {
        return;
    }
    if (std::FILE *channel = ::fdopen(original, "w"); channel && ::dup2(null, STDERR_FILENO) >= 0) {
        errorChannel = channel;
    }
    ::close(null);
#endif
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
}

int fail(const QString &message)
{
    std::fputs((message + QLatin1Char('\n')).toUtf8().constData(), errorChannel);
    std::fflush(errorChannel);
    return ErrorExit;
}

int side(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= MinimumSide && value <= MaximumSide ? value : 0;
}

Result<Thumbnail> rendered(Result<QImage> image)
{
    if (!image) {
        return Result<Thumbnail>::failure(image.error());
    }
    return Thumbnail{std::move(image).value(), "render"};
}

Result<Thumbnail> make(QFile &input, const QString &fileName, QSize box)
{
    if (input.peek(PdfHeaderWindow).contains("%PDF-")) {
        return rendered(PdfPageRenderer::render(input.fileName(), box));
    }
    if (ImageDecoder::canDecode(&input)) {
        return rendered(ImageDecoder::decode(&input, box));
    }
    return Thumbnail{TypeIcon::paint(fileName, &input, box), "icon"};
}

} // namespace

int main(int argc, char *argv[])
{
    // Read the arguments before QGuiApplication sees them: it would swallow a file named like one
    // of its own options ("-reverse", "-platform"). Qt 6 decodes argv as UTF-8 on Unix; a Windows
    // port would read GetCommandLineW() instead.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // No screen is needed, also when Minh runs on a desktop.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    silenceLibraries();
    int appArgc = 1;
    QGuiApplication app(appArgc, argv);

    if (arguments.size() < 4 || arguments.size() > 5) {
        return fail(QStringLiteral("Usage: minh-thumbnailer INPUT OUTPUT.png WIDTH HEIGHT [FILENAME]"));
    }
    const QString inputPath = arguments.at(0);
    const QString outputPath = arguments.at(1);
    const QSize box(side(arguments.at(2)), side(arguments.at(3)));
    const QString fileName = arguments.size() == 5 ? arguments.at(4) : QFileInfo(inputPath).fileName();
    if (box.isEmpty()) {
        return fail(QStringLiteral("The width and height must be whole numbers from %1 to %2.")
                        .arg(MinimumSide)
                        .arg(MaximumSide));
    }

    const QFileInfo inputInfo(inputPath);
    if (!inputInfo.exists()) {
        return fail(QStringLiteral("The file does not exist."));
    }
    // A folder, a device or a pipe could block the reader or never end.
    if (!inputInfo.isFile()) {
        return fail(QStringLiteral("It is not a regular file."));
    }
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("The file cannot be read (%1).").arg(input.errorString()));
    }
    if (input.size() == 0) {
        return fail(QStringLiteral("The file is empty."));
    }
    QImageReader::setAllocationLimit(ImageDecoder::AllocationLimitMegabytes);
    const auto thumbnail = make(input, fileName, box);
    if (!thumbnail) {
        return fail(thumbnail.error());
    }

    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || !thumbnail->image.save(&output, "PNG") || !output.commit()) {
        return fail(QStringLiteral("The thumbnail cannot be saved (%1).").arg(output.errorString()));
    }
    std::fputs(thumbnail->kind, stdout);
    std::fputc('\n', stdout);
    return 0;
}
