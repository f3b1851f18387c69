#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QUrl;

namespace Minh::Core {
class EvidenceTempFiles;
class SchoolDocument;
} // namespace Minh::Core

namespace Minh::Gui {

// Opening an item's files with the computer's own programs, and copying items' files into a folder
// the user chooses. The files are written from the school file in the background; the seams let
// tests see what would be opened or said without launching anything.
class EvidenceFileActions : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &url)>;
    using Inform = std::function<void(const QString &message)>;

    explicit EvidenceFileActions(QObject *parent = nullptr);
    ~EvidenceFileActions() override;

    void setDocument(Core::SchoolDocument *document);
    Core::EvidenceTempFiles *tempFiles() const { return m_tempFiles.get(); }

    void open(const QString &code);
    // Writes the files of the items into `folder`, named "<code> <title>.<ext>", never over a file
    // already there. Says when it is done.
    void extract(const QStringList &codes, const QString &folder);

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setInform(Inform inform) { m_inform = std::move(inform); }

Q_SIGNALS:
    void extracted(const QStringList &paths);

private:
    Core::SchoolDocument *m_document = nullptr;
    std::unique_ptr<Core::EvidenceTempFiles> m_tempFiles;
    Opener m_opener;
    Inform m_inform;
};

} // namespace Minh::Gui
