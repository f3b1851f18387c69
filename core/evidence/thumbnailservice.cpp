#include "thumbnailservice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QProcess>
#include <QThread>

#include <algorithm>

namespace Minh::Core {

namespace {

Q_LOGGING_CATEGORY(lcMinhThumbnail, "minh.thumbnail", QtWarningMsg)

// About 250 thumbnails of 256 × 256 pixels.
constexpr int CacheKilobytes = 64 * 1024;
// How soon a cancelled request, or a service being destroyed, stops its helper.
constexpr int PollMilliseconds = 100;
// The helper's error line is shown to the user; a runaway one is cut.
constexpr int MaximumProblemLength = 300;

QString sizedKey(const QString &cacheKey, QSize size)
{
    return cacheKey + QLatin1Char('\n') + QString::number(size.width()) + QLatin1Char('x') +
           QString::number(size.height());
}

// Qt 6.6 has QtFuture::makeReadyValueFuture(); 6.4's makeReadyFuture() is deprecated there.
QFuture<ThumbnailResult> readyFuture(const ThumbnailResult &result)
{
    QPromise<ThumbnailResult> promise;
    QFuture<ThumbnailResult> future = promise.future();
    promise.start();
    promise.addResult(result);
    promise.finish();
    return future;
}

QString lastLine(const QByteArray &output)
{
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed().left(MaximumProblemLength);
}

} // namespace

struct ThumbnailService::Request
{
    QString key; // cacheKey and size
    QString path;
    QString fileName;
    QSize size;
    std::shared_ptr<QPromise<ThumbnailResult>> promise;
};

ThumbnailService::ThumbnailService(QString thumbnailerPath, QObject *parent)
    : QObject(parent)
    , m_thumbnailerPath(std::move(thumbnailerPath))
{
    m_cache.setMaxCost(CacheKilobytes);
    // A worker only waits for its helper process; the helpers are what use the processors.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

ThumbnailService::~ThumbnailService()
{
    m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
    // The requests that never started: destroying their last promise cancels their futures.
    m_running.clear();
}

QFuture<ThumbnailResult> ThumbnailService::thumbnail(const QString &cacheKey, const QString &path,
                                                     const QString &fileName, QSize size)
{
    const QString key = sizedKey(cacheKey, size);
    QMutexLocker lock(&m_mutex);
    if (const ThumbnailResult *cached = m_cache.object(key)) {
        return readyFuture(*cached);
    }
    if (const auto running = m_running.constFind(key); running != m_running.cend() && !(*running)->isCanceled()) {
        return (*running)->future();
    }
    auto promise = std::make_shared<QPromise<ThumbnailResult>>();
    promise->start();
    m_running.insert(key, promise);
    m_pool.start([this, request = Request{key, path, fileName, size, promise}] { run(request); });
    return promise->future();
}

void ThumbnailService::setTimeLimit(int milliseconds)
{
    m_timeLimit = std::max(1, milliseconds);
}

QString ThumbnailService::defaultThumbnailerPath()
{
    const QString configured = qEnvironmentVariable("MINH_THUMBNAILER");
    if (!configured.isEmpty()) {
        return configured;
    }
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("minh-thumbnailer.exe");
#else
    const QString name = QStringLiteral("minh-thumbnailer");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void ThumbnailService::run(const Request &request)
{
    if (request.promise->isCanceled() || m_stopping) {
        finish(request, {});
        return;
    }
    finish(request, runThumbnailer(request));
}

ThumbnailResult ThumbnailService::runThumbnailer(const Request &request)
{
    if (!m_outputDir.isValid()) {
        qCWarning(lcMinhThumbnail) << "no temporary folder:" << m_outputDir.errorString();
        return failure(request, tr("Minh cannot create a temporary folder."));
    }
    const QString output = m_outputDir.filePath(QStringLiteral("%1.png").arg(++m_outputCounter));
    // Created here, in the worker thread, because a QProcess belongs to the thread that made it.
    QProcess process;
    process.setProgram(m_thumbnailerPath);
    process.setArguments({request.path, output, QString::number(request.size.width()),
                          QString::number(request.size.height()), request.fileName});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted()) {
        qCWarning(lcMinhThumbnail) << "cannot start" << m_thumbnailerPath << process.errorString();
        return failure(request, tr("The preview program “%1” cannot be started.").arg(m_thumbnailerPath));
    }

    const QDeadlineTimer deadline(m_timeLimit.load());
    while (!process.waitForFinished(PollMilliseconds) && process.state() != QProcess::NotRunning) {
        const bool cancelled = request.promise->isCanceled() || m_stopping;
        if (cancelled || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            QFile::remove(output);
            if (cancelled) {
                return {};
            }
            qCWarning(lcMinhThumbnail) << "killed after" << m_timeLimit.load() << "ms:" << request.path;
            return ThumbnailResult{{},
                                   ThumbnailResult::Kind::Error,
                                   tr("The preview of “%1” took too long and was stopped.").arg(request.fileName)};
        }
    }

    if (process.exitStatus() == QProcess::CrashExit) {
        qCWarning(lcMinhThumbnail) << "the preview program crashed on" << request.path;
        return failure(request, tr("The preview program stopped unexpectedly."));
    }
    const QString problem = lastLine(process.readAllStandardError());
    if (process.exitCode() != 0) {
        qCWarning(lcMinhThumbnail) << "exit code" << process.exitCode() << "for" << request.path << problem;
        return failure(request, problem.isEmpty() ? tr("The preview program failed.") : problem);
    }

    const QByteArray kind = process.readAllStandardOutput().trimmed();
    QImageReader reader(output, "png");
    ThumbnailResult result{reader.read(), ThumbnailResult::Kind::Error, {}};
    QFile::remove(output);
    const bool fits = result.image.width() <= request.size.width() && result.image.height() <= request.size.height();
    if (kind == "render") {
        result.kind = ThumbnailResult::Kind::Rendered;
    } else if (kind == "icon") {
        result.kind = ThumbnailResult::Kind::TypeIcon;
    }
    // A helper from another build or a damaged installation must not show a wrong picture.
    if (result.image.isNull() || !fits || result.kind == ThumbnailResult::Kind::Error) {
        qCWarning(lcMinhThumbnail) << "unusable output" << kind << result.image.size() << "for" << request.path;
        return failure(request, tr("The preview program gave no usable picture."));
    }
    return result;
}

void ThumbnailService::finish(const Request &request, const ThumbnailResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        // A cancelled request may have been replaced by a newer one for the same key.
        if (m_running.value(request.key) == request.promise) {
            m_running.remove(request.key);
        }
        // Cached before the future finishes, so that a caller who asks again finds it.
        if (result.kind != ThumbnailResult::Kind::Error) {
            const qsizetype kilobytes = result.image.sizeInBytes() / 1024 + 1;
            m_cache.insert(request.key, new ThumbnailResult(result), kilobytes);
        }
    }
    if (m_stopping) {
        request.promise->future().cancel();
    }
    request.promise->addResult(result); // ignored once cancelled
    request.promise->finish();
}

ThumbnailResult ThumbnailService::failure(const Request &request, const QString &problem) const
{
    return ThumbnailResult{
        {}, ThumbnailResult::Kind::Error, tr("The preview of “%1” cannot be made: %2").arg(request.fileName, problem)};
}

} // namespace Minh::Core
