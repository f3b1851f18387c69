#include "criterionevidenceview.h"

#include "document/commands/citeevidencecommand.h"
#include "document/commands/removeevidencecommand.h"
#include "document/schooldocument.h"
#include "evidence/evidencetempfiles.h"
#include "evidence/thumbnailservice.h"
#include "evidencefileactions.h"
#include "evidenceimportcontroller.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

constexpr int IconSide = 40;
// Items flow in columns of this size, so that a short pane still shows several of them.
constexpr QSize Cell(272, 48);
constexpr int CodeRole = Qt::UserRole + 1;

// A thumbnail centred on a square, so that rows line up whatever the picture's shape.
QIcon squareIcon(const QImage &image)
{
    QPixmap square(IconSide, IconSide);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    const QImage scaled = image.scaled(IconSide, IconSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    painter.drawImage((IconSide - scaled.width()) / 2, (IconSide - scaled.height()) / 2, scaled);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.drawRect((IconSide - scaled.width()) / 2, (IconSide - scaled.height()) / 2, scaled.width() - 1,
                     scaled.height() - 1);
    return QIcon(square);
}

} // namespace

CriterionEvidenceView::CriterionEvidenceView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add files…"), this))
    , m_openButton(new QPushButton(tr("Open"), this))
    , m_unlink(new QPushButton(tr("Remove"), this))
    , m_files(new EvidenceFileActions(this))
    , m_thumbnails(new Core::ThumbnailService(Core::ThumbnailService::defaultThumbnailerPath(), this))
{
    setObjectName(QStringLiteral("criterionEvidence"));
    setAcceptDrops(true);
    m_inform = [this](const QString &message) { QMessageBox::information(this, tr("Evidence"), message); };
    m_files->setInform([this](const QString &message) { m_inform(message); });
    m_chooseFiles = [this] { return QFileDialog::getOpenFileNames(this, tr("Add files as evidence")); };
    m_importer = new EvidenceImportController(this, [this](const QString &message) { m_inform(message); });

    m_list->setObjectName(QStringLiteral("criterionEvidenceList"));
    m_list->setIconSize(QSize(IconSide, IconSide));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setGridSize(Cell);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heading->setObjectName(QStringLiteral("criterionEvidenceHeading"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    m_hint->setText(tr("Drop files here from the file manager to add them as evidence of this criterion. "
                       "Double-click an item to open it."));
    m_add->setObjectName(QStringLiteral("addEvidenceButton"));
    m_openButton->setObjectName(QStringLiteral("openEvidenceButton"));
    m_unlink->setObjectName(QStringLiteral("removeEvidenceButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_add);
    top->addWidget(m_openButton);
    top->addWidget(m_unlink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_add, &QPushButton::clicked, this, [this] { addFiles(m_chooseFiles()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openItem(selectedCode()); });
    connect(m_unlink, &QPushButton::clicked, this, &CriterionEvidenceView::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *row) { openItem(row->data(CodeRole).toString()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CriterionEvidenceView::updateButtons);
    auto *remove = new QAction(tr("Remove"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &CriterionEvidenceView::removeSelected);
    updateButtons();
}

CriterionEvidenceView::~CriterionEvidenceView() = default;

void CriterionEvidenceView::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_code.clear();
    m_files->setDocument(document);
    m_icons.clear();
    connect(document, &Core::SchoolDocument::recordsChanged, this, &CriterionEvidenceView::refresh);
    refresh();
}

void CriterionEvidenceView::showCriterion(const QString &code)
{
    m_code = code;
    refresh();
}

void CriterionEvidenceView::refresh()
{
    ++m_generation;
    const QString selected = selectedCode();
    m_list->clear();
    const bool open = m_document && m_document->isOpen() && m_document->framework().criterion(m_code);
    if (!open) {
        m_heading->clear();
        updateButtons();
        return;
    }
    int own = 0;
    int cited = 0;
    // The criterion's own items first, then those it cites, each in the order they were made.
    for (const bool owned : {true, false}) {
        for (const Core::EvidenceItem &item : m_document->evidence()) {
            if (owned ? item.criterionCode != m_code : !item.citedBy.contains(m_code)) {
                continue;
            }
            (owned ? own : cited) += 1;
            // Said first on the second line, where the cell's width cannot cut it off.
            const QString where = owned ? QString() : tr("cited, from criterion %1 · ").arg(item.criterionCode);
            const QString files =
                item.files.isEmpty()
                    ? tr("no file, kept at: %1").arg(item.location.isEmpty() ? tr("(no place given)") : item.location)
                : item.files.size() == 1
                    ? item.files.constFirst().fileName
                    : tr("%1 and %2 more files").arg(item.files.constFirst().fileName).arg(item.files.size() - 1);
            auto *row =
                new QListWidgetItem(QStringLiteral("%1  %2\n%3%4").arg(item.code, item.title, where, files), m_list);
            row->setData(CodeRole, item.code);
            // The cell's size, so that long titles are cut with "…" instead of running into the next item.
            row->setSizeHint(Cell - QSize(6, 2));
            row->setToolTip(QStringLiteral("%1 %2\n%3").arg(item.code, item.title, item.issueInfo));
            row->setIcon(
                style()->standardIcon(item.files.isEmpty() ? QStyle::SP_FileDialogInfoView : QStyle::SP_FileIcon));
            if (const auto icon =
                    item.files.isEmpty() ? m_icons.cend() : m_icons.constFind(item.files.constFirst().sha256);
                icon != m_icons.cend()) {
                row->setIcon(*icon);
            } else if (!item.files.isEmpty()) {
                requestThumbnail(item);
            }
            if (item.code == selected) {
                m_list->setCurrentItem(row);
            }
        }
    }
    m_heading->setText(own + cited == 0
                           ? tr("<b>Evidence</b>: none yet")
                           : tr("<b>Evidence</b>: %1 of this criterion, %2 cited from others").arg(own).arg(cited));
    updateButtons();
}

void CriterionEvidenceView::requestThumbnail(const Core::EvidenceItem &item)
{
    const Core::EvidenceFile file = item.files.constFirst();
    const QString code = item.code;
    const int generation = m_generation;
    // Which row to update is looked up again when the picture arrives: the list may have been rebuilt.
    const auto rowFor = [this, code, generation]() -> QListWidgetItem * {
        if (generation != m_generation) {
            return nullptr;
        }
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(CodeRole).toString() == code) {
                return m_list->item(i);
            }
        }
        return nullptr;
    };
    auto *extraction = new QFutureWatcher<Core::ExtractedFile>(this);
    connect(extraction, &QFutureWatcher<Core::ExtractedFile>::finished, this, [this, extraction, file, rowFor] {
        extraction->deleteLater();
        if (extraction->isCanceled() || extraction->future().resultCount() == 0) {
            return;
        }
        const Core::ExtractedFile extracted = extraction->result();
        if (extracted.path.isEmpty()) {
            if (QListWidgetItem *target = rowFor()) {
                target->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                target->setToolTip(target->toolTip() + QLatin1Char('\n') + extracted.error);
            }
            return;
        }
        auto *drawing = new QFutureWatcher<Core::ThumbnailResult>(this);
        connect(drawing, &QFutureWatcher<Core::ThumbnailResult>::finished, this,
                [this, drawing, rowFor, sha256 = file.sha256] {
                    drawing->deleteLater();
                    QListWidgetItem *target = rowFor();
                    if (!target || drawing->isCanceled() || drawing->future().resultCount() == 0) {
                        return;
                    }
                    const Core::ThumbnailResult result = drawing->result();
                    if (result.kind != Core::ThumbnailResult::Kind::Error && !result.image.isNull()) {
                        target->setIcon(squareIcon(result.image));
                        m_icons.insert(sha256, target->icon());
                    }
                });
        drawing->setFuture(m_thumbnails->thumbnail(file.sha256, extracted.path, file.fileName,
                                                   QSize(IconSide, IconSide) * devicePixelRatio()));
    });
    extraction->setFuture(m_files->tempFiles()->extract(item, file));
}

void CriterionEvidenceView::openItem(const QString &code)
{
    m_files->open(code);
}

void CriterionEvidenceView::setOpener(Opener opener)
{
    m_files->setOpener(std::move(opener));
}

void CriterionEvidenceView::setInform(Inform inform)
{
    m_inform = std::move(inform);
}

void CriterionEvidenceView::removeSelected()
{
    const Core::EvidenceItem *item = m_document ? m_document->evidenceItem(selectedCode()) : nullptr;
    if (!item || m_document->isReadOnly()) {
        return;
    }
    // An item cited from another criterion only loses the link; an own item is deleted. Both are
    // undo steps, so no question is asked.
    if (item->criterionCode == m_code) {
        m_document->undoStack()->push(new Core::RemoveEvidenceCommand(m_document, *item));
    } else {
        m_document->undoStack()->push(new Core::CiteEvidenceCommand(m_document, item->code, m_code, false));
    }
}

void CriterionEvidenceView::addFiles(const QStringList &paths)
{
    if (!paths.isEmpty() && m_document) {
        static_cast<void>(m_importer->start(m_document, m_code, paths));
    }
}

QString CriterionEvidenceView::selectedCode() const
{
    const QListWidgetItem *row = m_list->currentItem();
    return row ? row->data(CodeRole).toString() : QString();
}

void CriterionEvidenceView::updateButtons()
{
    const bool writable = m_document && m_document->isOpen() && !m_document->isReadOnly() && !m_code.isEmpty();
    const Core::EvidenceItem *item =
        m_document && m_document->isOpen() ? m_document->evidenceItem(selectedCode()) : nullptr;
    m_add->setEnabled(writable);
    m_openButton->setEnabled(item);
    m_unlink->setEnabled(writable && item);
    if (item && item->criterionCode != m_code) {
        m_unlink->setText(tr("Unlink"));
        m_unlink->setToolTip(tr("This item belongs to criterion %1; only its link to this criterion is removed.")
                                 .arg(item->criterionCode));
    } else {
        m_unlink->setText(tr("Remove"));
        m_unlink->setToolTip(item && !item->citedBy.isEmpty()
                                 ? tr("Deletes the item; criteria %1 cite it too. Ctrl+Z brings it back.")
                                       .arg(item->citedBy.join(QStringLiteral(", ")))
                                 : tr("Deletes the item from the school file. Ctrl+Z brings it back."));
    }
}

QStringList CriterionEvidenceView::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                paths.append(url.toLocalFile());
            }
        }
    }
    return paths;
}

void CriterionEvidenceView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document && !m_document->isReadOnly() && !m_code.isEmpty() && !localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

void CriterionEvidenceView::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    addFiles(paths);
}

} // namespace Minh::Gui
