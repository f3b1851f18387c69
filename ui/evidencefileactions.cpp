#include "evidencefileactions.h"

#include "document/schooldocument.h"
#include "evidence/evidencetempfiles.h"
#include "evidence/safefilename.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QUrl>

#include <memory>

namespace Minh::Gui {

EvidenceFileActions::EvidenceFileActions(QObject *parent)
    : QObject(parent)
    , m_tempFiles(std::make_unique<Core::EvidenceTempFiles>())
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_inform([](const QString &) {})
{}

EvidenceFileActions::~EvidenceFileActions() = default;

void EvidenceFileActions::setDocument(Core::SchoolDocument *document)
{
    m_document = document;
    m_tempFiles->setSchoolPath(document ? document->path() : QString());
}

void EvidenceFileActions::open(const QString &code)
{
    const Core::EvidenceItem *item = m_document ? m_document->evidenceItem(code) : nullptr;
    if (!item) {
        return;
    }
    if (item->files.isEmpty()) {
        m_inform(tr("%1 has no files in the school file; it is kept at: %2")
                     .arg(code, item->location.isEmpty() ? tr("(no place given)") : item->location));
        return;
    }
    for (const Core::EvidenceFile &file : item->files) {
        auto *watcher = new QFutureWatcher<Core::ExtractedFile>(this);
        connect(watcher, &QFutureWatcher<Core::ExtractedFile>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (watcher->future().resultCount() == 0) {
                return;
            }
            const Core::ExtractedFile extracted = watcher->result();
            if (extracted.path.isEmpty()) {
                m_inform(extracted.error);
            } else if (!m_opener(QUrl::fromLocalFile(extracted.path))) {
                m_inform(tr("No program on this computer opens “%1”.").arg(QFileInfo(extracted.path).fileName()));
            }
        });
        watcher->setFuture(m_tempFiles->extract(*item, file));
    }
}

void EvidenceFileActions::extract(const QStringList &codes, const QString &folder)
{
    if (!m_document || folder.isEmpty()) {
        return;
    }
    if (!QDir().mkpath(folder)) {
        m_inform(tr("The folder “%1” cannot be created.").arg(folder));
        return;
    }
    // Names are chosen here, on the GUI thread, so that two files never get the same one.
    QSet<QString> taken;
    for (const QString &name :
         QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        taken.insert(name.toCaseFolded());
    }
    QList<QFuture<Core::ExtractedFile>> jobs;
    QStringList paperOnly;
    for (const QString &code : codes) {
        const Core::EvidenceItem *item = m_document->evidenceItem(code);
        if (!item) {
            continue;
        }
        if (item->files.isEmpty()) {
            paperOnly.append(code);
        }
        for (const Core::EvidenceFile &file : item->files) {
            const QString name =
                Core::SafeFileName::unique(Core::SafeFileName::forEvidence(item->code, item->title, file.fileName),
                                           Core::SafeFileName::extensionOf(file.fileName), &taken);
            jobs.append(m_tempFiles->write(file.contentId, QDir(folder).filePath(name)));
        }
    }
    auto written = std::make_shared<QStringList>();
    auto errors = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(jobs.size()));
    const auto finish = [this, written, errors, paperOnly, folder] {
        QStringList lines;
        if (!written->isEmpty()) {
            lines.append(tr("Files written to the folder “%1”: %2.").arg(folder).arg(written->size()));
        }
        if (!paperOnly.isEmpty()) {
            lines.append(
                tr("These items have no files in the school file: %1.").arg(paperOnly.join(QStringLiteral(", "))));
        }
        lines += *errors;
        m_inform(lines.join(QLatin1Char('\n')));
        Q_EMIT extracted(*written);
    };
    if (jobs.isEmpty()) {
        finish();
        return;
    }
    for (const QFuture<Core::ExtractedFile> &job : jobs) {
        auto *watcher = new QFutureWatcher<Core::ExtractedFile>(this);
        connect(watcher, &QFutureWatcher<Core::ExtractedFile>::finished, this,
                [watcher, written, errors, remaining, finish] {
                    watcher->deleteLater();
                    const Core::ExtractedFile result =
                        watcher->future().resultCount() > 0 ? watcher->result() : Core::ExtractedFile{};
                    if (!result.path.isEmpty()) {
                        written->append(result.path);
                    } else if (!result.error.isEmpty()) {
                        errors->append(result.error);
                    }
                    if (--*remaining == 0) {
                        finish();
                    }
                });
        watcher->setFuture(job);
    }
}

} // namespace Minh::Gui
