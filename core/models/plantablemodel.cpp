#include "plantablemodel.h"

#include "document/commands/editplanitemcommand.h"
#include "document/commands/planrowcommand.h"
#include "document/schooldocument.h"
#include "rowchanges.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Minh::Core {

namespace {

QString *textField(PlanItem &p, int column)
{
    switch (column) {
    case PlanTableModel::ContentColumn:
        return &p.content;
    case PlanTableModel::GoalColumn:
        return &p.goal;
    case PlanTableModel::ActionsColumn:
        return &p.actions;
    case PlanTableModel::SuccessIndicatorsColumn:
        return &p.successIndicators;
    case PlanTableModel::TimelineColumn:
        return &p.timeline;
    case PlanTableModel::OwnerColumn:
        return &p.owner;
    case PlanTableModel::ResourcesColumn:
        return &p.resources;
    case PlanTableModel::ExpectedEvidenceColumn:
        return &p.expectedEvidence;
    case PlanTableModel::ProgressColumn:
        return &p.progress;
    case PlanTableModel::FollowUpSemester1Column:
        return &p.followUpSemester1;
    case PlanTableModel::FollowUpYearEndColumn:
        return &p.followUpYearEnd;
    default:
        return nullptr;
    }
}

int standardOf(const Framework &framework, const QString &criterion)
{
    for (const Standard &s : framework.standards()) {
        for (const Criterion &c : s.criteria) {
            if (c.code == criterion) {
                return s.number;
            }
        }
    }
    return 0;
}

} // namespace

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setDocument(SchoolDocument *document)
{
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_rows = document && document->isOpen() ? document->plan() : QList<PlanItem>();
    if (m_document) {
        connect(m_document, &SchoolDocument::recordsChanged, this, &PlanTableModel::documentChanged);
    }
    endResetModel();
}

void PlanTableModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PlanTableModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const PlanItem &p) { return p.isOverdue(m_today); }));
}

// The same rows in the same order only changed their fields: the view keeps its selection and
// scroll position. Anything else (added, removed, moved) resets.
void PlanTableModel::documentChanged()
{
    syncRows(
        m_rows, m_document->plan(),
        [this](const auto &assign) {
            beginResetModel();
            assign();
            endResetModel();
        },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::columnTitle(int column)
{
    switch (column) {
    case CriterionColumn:
        return tr("Criterion");
    case ContentColumn:
        return tr("Content to improve");
    case GoalColumn:
        return tr("Goal");
    case ActionsColumn:
        return tr("Actions");
    case SuccessIndicatorsColumn:
        return tr("Indicators of success");
    case TimelineColumn:
        return tr("Time");
    case DeadlineColumn:
        return tr("Deadline");
    case OwnerColumn:
        return tr("Responsible");
    case ResourcesColumn:
        return tr("Resources");
    case ExpectedEvidenceColumn:
        return tr("Expected evidence");
    case ProgressColumn:
        return tr("Progress");
    case DoneColumn:
        return tr("Done");
    case FollowUpSemester1Column:
        return tr("Follow-up, end of semester I");
    case FollowUpYearEndColumn:
        return tr("Follow-up, end of year");
    default:
        return {};
    }
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const PlanItem &p = m_rows.at(index.row());
    const bool overdue = p.isOverdue(m_today);
    switch (role) {
    case IdRole:
        return p.id;
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant();
    case Qt::ForegroundRole:
        return overdue && index.column() == DeadlineColumn ? QVariant(QBrush(QColor(0xa1, 0x1d, 0x1d))) : QVariant();
    case Qt::ToolTipRole:
        if (overdue) {
            return tr("Overdue: the deadline %1 has passed and the action is not marked done.")
                .arg(QLocale().toString(p.deadline, QLocale::ShortFormat));
        }
        return index.column() == CriterionColumn ? QVariant() : data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        return index.column() == DoneColumn ? QVariant(p.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CriterionColumn:
        if (!p.criterionCode.isEmpty() || role == Qt::EditRole) {
            return p.criterionCode;
        }
        return p.standardNumber > 0 ? tr("Standard %1").arg(p.standardNumber) : QString();
    case DeadlineColumn:
        if (role == Qt::EditRole) {
            return p.deadline.isValid() ? p.deadline : m_today;
        }
        return p.deadline.isValid() ? QLocale().toString(p.deadline, QLocale::ShortFormat) : QString();
    case DoneColumn:
        return {};
    default: {
        PlanItem copy = p;
        const QString *text = textField(copy, index.column());
        return text ? *text : QString();
    }
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    return orientation == Qt::Horizontal ? QVariant(columnTitle(section)) : QVariant(section + 1);
}

bool PlanTableModel::canEdit() const
{
    return m_document && m_document->isOpen() && !m_document->isReadOnly();
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && canEdit()) {
        flags |= index.column() == DoneColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return flags;
}

bool PlanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !canEdit()) {
        return false;
    }
    PlanItem after = m_rows.at(index.row());
    if (index.column() == DoneColumn) {
        if (role != Qt::CheckStateRole) {
            return false;
        }
        after.done = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == CriterionColumn) {
        const QString code = value.toString().trimmed();
        const Criterion *criterion = m_document->framework().criterion(code);
        if (!code.isEmpty() && !criterion) {
            return false;
        }
        after.criterionCode = code;
        if (criterion) {
            after.standardNumber = standardOf(m_document->framework(), code);
        }
    } else if (index.column() == DeadlineColumn) {
        after.deadline = value.toDate();
    } else if (QString *text = textField(after, index.column())) {
        *text = value.toString();
    }
    if (after == m_rows.at(index.row())) {
        return true;
    }
    auto *command = new EditPlanItemCommand(m_document, after, columnTitle(index.column()));
    return ReportingCommand::push(m_document->undoStack(), command);
}

bool PlanTableModel::addPlanRow(int row, const QString &criterion)
{
    if (!canEdit()) {
        return false;
    }
    PlanItem item;
    if (const Criterion *c = m_document->framework().criterion(criterion)) {
        item.criterionCode = c->code;
        item.standardNumber = standardOf(m_document->framework(), c->code);
        item.content = c->title;
    }
    auto *command = new PlanRowCommand(m_document, PlanRowCommand::Action::Add, item, row);
    return ReportingCommand::push(m_document->undoStack(), command);
}

bool PlanTableModel::removePlanRow(int row)
{
    if (!canEdit() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    auto *command = new PlanRowCommand(m_document, PlanRowCommand::Action::Remove, m_rows.at(row), row);
    return ReportingCommand::push(m_document->undoStack(), command);
}

bool PlanTableModel::movePlanRow(int from, int to)
{
    if (!canEdit() || from == to || from < 0 || to < 0 || from >= m_rows.size() || to >= m_rows.size()) {
        return false;
    }
    auto *command = new MovePlanItemCommand(m_document, from, to);
    return ReportingCommand::push(m_document->undoStack(), command);
}

} // namespace Minh::Core
