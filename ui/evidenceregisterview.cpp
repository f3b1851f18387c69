#include "evidenceregisterview.h"

#include "document/schooldocument.h"
#include "evidencefileactions.h"
#include "evidencehealthpanel.h"
#include "evidenceregisterfilter.h"
#include "models/evidenceregistermodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Minh::Gui {

using Model = Core::EvidenceRegisterModel;

EvidenceRegisterView::EvidenceRegisterView(QWidget *parent)
    : QWidget(parent)
    , m_model(new Model(this))
    , m_filter(new EvidenceRegisterFilter(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_extract(new QPushButton(tr("Copy files to a folder…"), this))
    , m_health(new EvidenceHealthPanel(this))
    , m_files(new EvidenceFileActions(this))
{
    setObjectName(QStringLiteral("evidenceRegister"));
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Copy the evidence files to which folder?"));
    };
    m_files->setInform([this](const QString &message) { QMessageBox::information(this, tr("Evidence"), message); });
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Filter: code, title, issuer, criterion…"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("evidenceCount"));
    m_open->setObjectName(QStringLiteral("registerOpenButton"));
    m_extract->setObjectName(QStringLiteral("registerExtractButton"));

    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Model::CodeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Model::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Model::FilesColumn, QHeaderView::ResizeToContents);
    // Sized for a 1366-pixel screen with the criteria tree beside: the title gets what is left,
    // so the other columns show only the start of long values (every cell shows its whole text
    // as a tooltip); wider, they left the title a few letters.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(Model::CodeColumn, 12 * digit);
    header->resizeSection(Model::IssueColumn, 12 * digit);
    header->resizeSection(Model::IssuerColumn, 10 * digit);
    header->resizeSection(Model::YearsColumn, 10 * digit);
    header->resizeSection(Model::LocationColumn, 8 * digit);
    header->resizeSection(Model::CriteriaColumn, 9 * digit);
    header->setMinimumSectionSize(4 * digit);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(m_open);
    top->addWidget(m_extract);
    auto *tablePart = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(top);
    tableLayout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Double-click a cell to change it; Ctrl+Z takes the change back."), this);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    tableLayout->addWidget(hint);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePart);
    splitter->addWidget(m_health);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setWords(text);
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        for (const QString &code : selectedCodes()) {
            m_files->open(code);
        }
    });
    connect(m_extract, &QPushButton::clicked, this, &EvidenceRegisterView::extractSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvidenceRegisterView::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EvidenceRegisterView::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EvidenceRegisterView::updateButtons);
    connect(m_health, &EvidenceHealthPanel::itemRequested, this, &EvidenceRegisterView::selectItem);
    connect(m_health, &EvidenceHealthPanel::criterionRequested, this, &EvidenceRegisterView::criterionRequested);
    updateButtons();
}

void EvidenceRegisterView::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_model->setDocument(document);
    m_files->setDocument(document);
    m_health->setDocument(document);
    // The check follows the edits while the register is on screen; hidden, it waits for the next showing.
    const auto recheck = [this] {
        if (isVisible()) {
            m_health->recheck();
        }
    };
    connect(document, &Core::SchoolDocument::recordsChanged, this, recheck);
    connect(document, &Core::SchoolDocument::textsChanged, this, recheck);
    connect(document, &Core::SchoolDocument::judgementsChanged, this, recheck);
    updateButtons();
}

void EvidenceRegisterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_health->recheck();
}

void EvidenceRegisterView::selectItem(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0) {
        return;
    }
    QModelIndex shown = m_filter->mapFromSource(m_model->index(row, Model::CodeColumn));
    if (!shown.isValid()) {
        m_search->clear();
        shown = m_filter->mapFromSource(m_model->index(row, Model::CodeColumn));
    }
    m_table->setCurrentIndex(shown);
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    m_table->setFocus();
}

QStringList EvidenceRegisterView::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(Model::CodeColumn)) {
        codes.append(index.data(Model::CodeRole).toString());
    }
    return codes;
}

void EvidenceRegisterView::extractSelected()
{
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) {
        return;
    }
    const QString folder = m_chooseFolder();
    if (!folder.isEmpty()) {
        m_files->extract(codes, folder);
    }
}

void EvidenceRegisterView::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_open->setEnabled(any);
    m_extract->setEnabled(any);
    m_count->setText(m_filter->rowCount() == m_model->rowCount()
                         ? tr("Items: %1").arg(m_model->rowCount())
                         : tr("Items: %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace Minh::Gui
