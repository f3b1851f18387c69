#pragma once

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Minh::Core {

struct ThumbnailResult
{
    enum class Kind
    {
        Rendered, // the first page of a PDF, or the image itself
        TypeIcon, // a drawn icon for a type Minh cannot render
        Error,
    };

    QImage image;
    Kind kind = Kind::Error;
    QString error; // translated, names the file; set when kind is Error
};

// Thumbnails of evidence files for the UI. The drawing happens in minh-thumbnailer, a helper
// process, because PDF and image decoders are large attack surfaces: a hostile file can crash or
// hang the helper but not Minh. Each request waits for the helper on a worker thread, kills it
// after the time limit, and caches what it drew in memory (errors are not cached, so a file that
// failed once is tried again).
class ThumbnailService : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeLimit = 10'000;

    explicit ThumbnailService(QString thumbnailerPath = defaultThumbnailerPath(), QObject *parent = nullptr);
    // Stops the helpers still running and cancels the futures of unfinished requests.
    ~ThumbnailService() override;

    // Returns at once. `cacheKey` identifies the content (e.g. the evidence file's hash), `path`
    // is where to read it and `fileName` its original name, which decides the type icon and names
    // the file in errors. Requests for the same key and size share one helper run. Cancelling the
    // future stops the helper (and cancels it for every caller sharing it).
    QFuture<ThumbnailResult> thumbnail(const QString &cacheKey, const QString &path, const QString &fileName,
                                       QSize size);

    int timeLimit() const { return m_timeLimit; }
    void setTimeLimit(int milliseconds);

    // MINH_THUMBNAILER if set, else minh-thumbnailer next to the running program.
    static QString defaultThumbnailerPath();

private:
    struct Request;

    void run(const Request &request);
    ThumbnailResult runThumbnailer(const Request &request);
    void finish(const Request &request, const ThumbnailResult &result);
    ThumbnailResult failure(const Request &request, const QString &problem) const;

    const QString m_thumbnailerPath;
    std::atomic<int> m_timeLimit = DefaultTimeLimit;
    std::atomic<bool> m_stopping = false;
    std::atomic<quint64> m_outputCounter = 0;
    QTemporaryDir m_outputDir;
    QMutex m_mutex; // guards m_cache and m_running
    QCache<QString, ThumbnailResult> m_cache;
    QHash<QString, std::shared_ptr<QPromise<ThumbnailResult>>> m_running;
    // Last, so that it is destroyed (and waits for its workers) before everything they use.
    QThreadPool m_pool;
};

} // namespace Minh::Core
