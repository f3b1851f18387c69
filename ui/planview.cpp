#include "planview.h"

#include "document/schooldocument.h"
#include "models/plantablemodel.h"
#include "planroweditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Minh::Gui {

using Model = Core::PlanTableModel;

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new Model(this))
    , m_table(new QTableView(this))
    , m_editor(new PlanRowEditor(m_model, this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("&Add a row"), this))
    , m_remove(new QPushButton(tr("Remove the row"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
{
    setObjectName(QStringLiteral("planView"));
    m_table->setObjectName(QStringLiteral("planTable"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_add->setObjectName(QStringLiteral("planAddRow"));
    m_remove->setObjectName(QStringLiteral("planRemoveRow"));
    m_up->setObjectName(QStringLiteral("planMoveUp"));
    m_down->setObjectName(QStringLiteral("planMoveDown"));
    m_add->setToolTip(tr("Adds a row for the criterion chosen on the left (Insert)"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_up->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Up")));
    m_down->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Down")));
    m_up->setToolTip(tr("Moves the row up (Ctrl+Alt+Up)"));
    m_down->setToolTip(tr("Moves the row down (Ctrl+Alt+Down)"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // The table shows what tells rows apart; the editor below shows everything.
    for (int column = 0; column < Model::ColumnCount; ++column) {
        const bool shown = column == Model::CriterionColumn || column == Model::ContentColumn ||
                           column == Model::DeadlineColumn || column == Model::OwnerColumn ||
                           column == Model::ProgressColumn || column == Model::DoneColumn;
        m_table->setColumnHidden(column, !shown);
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Model::ContentColumn, QHeaderView::Stretch);
    header->resizeSection(Model::CriterionColumn, 80);
    header->resizeSection(Model::DeadlineColumn, 95);
    header->resizeSection(Model::OwnerColumn, 170);
    header->resizeSection(Model::ProgressColumn, 130);
    header->resizeSection(Model::DoneColumn, 60);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_summary);

    auto *editorArea = new QScrollArea(this);
    editorArea->setWidget(m_editor);
    editorArea->setWidgetResizable(true);
    editorArea->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("planSplitter"));
    split->addWidget(m_table);
    split->addWidget(editorArea);
    split->setSizes({200, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    // Delete removes the chosen row while the table has the focus; undo brings it back.
    auto *remove = new QAction(m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &PlanView::removeRow);
    m_remove->setToolTip(tr("Removes the chosen row (Delete); Undo brings it back"));

    connect(m_add, &QPushButton::clicked, this, &PlanView::addRow);
    connect(m_remove, &QPushButton::clicked, this, &PlanView::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanView::currentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        currentChanged();
    });
    currentChanged();
}

void PlanView::setDocument(Core::SchoolDocument *document)
{
    m_editor->flush();
    m_document = document;
    m_model->setDocument(document);
}

void PlanView::flush()
{
    m_editor->flush();
}

int PlanView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanView::selectItem(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Model::IdRole).toLongLong() == id) {
            m_table->setCurrentIndex(m_model->index(row, Model::ContentColumn));
            return;
        }
    }
}

void PlanView::addRow()
{
    m_editor->flush();
    const int row = currentRow() + 1 > 0 ? currentRow() + 1 : m_model->rowCount();
    if (m_model->addPlanRow(row, m_criterion)) {
        m_table->setCurrentIndex(m_model->index(row, Model::ContentColumn));
        // The content starts as the criterion's title; the goal is what the council writes first.
        if (auto *goal = m_editor->findChild<QWidget *>(QStringLiteral("planField_%1").arg(Model::GoalColumn))) {
            goal->setFocus();
        }
    }
}

void PlanView::removeRow()
{
    m_editor->flush();
    const int row = currentRow();
    if (row >= 0 && m_model->removePlanRow(row) && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), Model::ContentColumn));
    }
}

void PlanView::moveRow(int delta)
{
    m_editor->flush();
    const int row = currentRow();
    if (row >= 0 && m_model->movePlanRow(row, row + delta)) {
        m_table->setCurrentIndex(m_model->index(row + delta, Model::ContentColumn));
    }
}

void PlanView::currentChanged()
{
    const int row = currentRow();
    m_editor->showRow(row);
    const bool editable = m_document && m_document->isOpen() && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(row >= 0 && editable);
    m_up->setEnabled(row > 0 && editable);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount() && editable);
}

void PlanView::updateSummary()
{
    const int overdue = m_model->overdueCount();
    m_summary->setText(overdue > 0 ? QStringLiteral("<span style='color:#a11d1d'><b>%1</b></span>")
                                         .arg(tr("%n action(s) overdue", nullptr, overdue).toHtmlEscaped())
                                   : tr("No action is overdue."));
}

} // namespace Minh::Gui
