#include "planroweditor.h"

#include "models/plantablemodel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Minh::Gui {

namespace {

using Model = Core::PlanTableModel;

// Three columns of boxes fit the plan's twelve fields on a 1366×768 screen without scrolling.
constexpr int Columns = 3;

// Shown as "no deadline"; a QDateEdit cannot be empty.
const QDate NoDeadline(2000, 1, 1);

} // namespace

PlanRowEditor::PlanRowEditor(Core::PlanTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_deadline(new QDateEdit(this))
{
    setObjectName(QStringLiteral("planRowEditor"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<int> columns{Model::ContentColumn,        Model::GoalColumn,
                             Model::ActionsColumn,        Model::SuccessIndicatorsColumn,
                             Model::TimelineColumn,       Model::OwnerColumn,
                             Model::ResourcesColumn,      Model::ExpectedEvidenceColumn,
                             Model::ProgressColumn,       Model::FollowUpSemester1Column,
                             Model::FollowUpYearEndColumn};
    int cell = 0;
    for (int column : columns) {
        auto *editor = new QPlainTextEdit(this);
        editor->setObjectName(QStringLiteral("planField_%1").arg(column));
        editor->setTabChangesFocus(true);
        editor->setMinimumHeight(48);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(Model::columnTitle(column).toHtmlEscaped()), this);
        label->setBuddy(editor);
        const int row = (cell / Columns) * 2;
        const int col = cell % Columns;
        grid->addWidget(label, row, col);
        grid->addWidget(editor, row + 1, col);
        connect(editor, &QPlainTextEdit::textChanged, this, [this, column, editor] {
            m_pending.insert(column, editor->toPlainText());
            m_saveTimer.start();
        });
        m_editors.insert(column, editor);
        ++cell;
    }
    m_deadline->setObjectName(QStringLiteral("planDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setMinimumDate(NoDeadline);
    m_deadline->setSpecialValueText(tr("No deadline"));
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto *deadlineLabel =
        new QLabel(QStringLiteral("<b>%1</b>").arg(Model::columnTitle(Model::DeadlineColumn).toHtmlEscaped()), this);
    deadlineLabel->setBuddy(m_deadline);
    const int row = (cell / Columns) * 2;
    grid->addWidget(deadlineLabel, row, cell % Columns);
    grid->addWidget(m_deadline, row + 1, cell % Columns, Qt::AlignTop | Qt::AlignLeft);
    connect(m_deadline, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_row.isValid()) {
            m_model->setData(m_row.sibling(m_row.row(), Model::DeadlineColumn), date == NoDeadline ? QDate() : date);
        }
    });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(700);
    connect(&m_saveTimer, &QTimer::timeout, this, &PlanRowEditor::flush);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanRowEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    showRow(-1);
}

void PlanRowEditor::showRow(int row)
{
    flush();
    m_row = row >= 0 ? QPersistentModelIndex(m_model->index(row, 0)) : QPersistentModelIndex();
    refresh();
}

void PlanRowEditor::flush()
{
    m_saveTimer.stop();
    if (!m_row.isValid() || m_pending.isEmpty()) {
        m_pending.clear();
        return;
    }
    const QHash<int, QString> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        m_model->setData(m_row.sibling(m_row.row(), it.key()), it.value());
    }
}

void PlanRowEditor::refresh()
{
    const bool valid = m_row.isValid();
    const bool editable = valid && (m_model->flags(m_row) & Qt::ItemIsEditable);
    setEnabled(valid);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        it.value()->setReadOnly(!editable);
        const QString stored = valid ? m_row.sibling(m_row.row(), it.key()).data(Qt::EditRole).toString() : QString();
        // An editor with typing not yet saved is left alone.
        if (!m_pending.contains(it.key()) && it.value()->toPlainText() != stored) {
            const QSignalBlocker blocker(it.value());
            it.value()->setPlainText(stored);
        }
    }
    const QSignalBlocker blocker(m_deadline);
    m_deadline->setReadOnly(!editable);
    const QString shown = valid ? m_row.sibling(m_row.row(), Model::DeadlineColumn).data().toString() : QString();
    const QDate deadline = valid && !shown.isEmpty()
                               ? m_row.sibling(m_row.row(), Model::DeadlineColumn).data(Qt::EditRole).toDate()
                               : NoDeadline;
    m_deadline->setDate(deadline);
}

} // namespace Minh::Gui
