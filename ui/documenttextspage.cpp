#include "documenttextspage.h"

#include "models/documentsettingsmodel.h"
#include "util/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Minh::Gui {

DocumentTextsPage::DocumentTextsPage(Core::DocumentSettingsModel *model, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(model->printedDocument() + QStringLiteral("TextsPage"));
    m_list->setObjectName(QStringLiteral("documentTextsList"));
    m_list->setModel(model);
    m_list->setModelColumn(0);
    m_list->setWordWrap(true);
    m_list->setSpacing(3); // wrapped headings stay apart
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_editor->setObjectName(QStringLiteral("documentTextEditor"));
    m_editor->setReadOnly(readOnly);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Write here what this part of the document says. Empty parts print as a dotted line "
                                    "for writing by hand."));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(700);
    connect(&m_saveTimer, &QTimer::timeout, this, &DocumentTextsPage::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_row >= 0) {
            m_pending = true;
            m_saveTimer.start();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showText(current.row()); });
    // After undo or redo the stored text differs from the editor's, unless typing is pending.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_pending) {
            load();
        }
    });

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Parts the school writes"), this));
    left->addWidget(m_list);
    layout->addLayout(left, 2);
    layout->addWidget(m_editor, 5);
    if (model->rowCount() > 0) {
        m_list->setCurrentIndex(model->index(0, 0));
    } else {
        m_editor->setEnabled(false);
    }
}

void DocumentTextsPage::showText(int row)
{
    if (row == m_row) {
        return;
    }
    flush();
    m_row = row;
    if (m_list->currentIndex().row() != row) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
    load();
}

void DocumentTextsPage::load()
{
    const QString stored = m_row >= 0 ? m_model->index(m_row, 1).data(Qt::EditRole).toString() : QString();
    // The file keeps the text trimmed and in NFC: an editor differing only so is left alone, so
    // that saving while typing does not move the cursor.
    if (Core::Text::nfc(m_editor->toPlainText().trimmed()) != stored) {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(stored);
    }
}

void DocumentTextsPage::flush()
{
    m_saveTimer.stop();
    if (!m_pending || m_row < 0) {
        return;
    }
    m_pending = false;
    m_model->setData(m_model->index(m_row, 1), m_editor->toPlainText());
}

} // namespace Minh::Gui
