#include "planactivitiesmodel.h"

#include "document/commands/planactivitycommand.h"
#include "document/schooldocument.h"

namespace Minh::Core {

PlanActivitiesModel::PlanActivitiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanActivitiesModel::setDocument(SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::schoolDataChanged, this, &PlanActivitiesModel::refresh);
    }
    beginResetModel();
    m_rows = m_document && m_document->isOpen() ? int(m_document->planActivities().size()) : 0;
    endResetModel();
}

void PlanActivitiesModel::refresh()
{
    // Rows come and go with undo as well as with this model; compare with what views know.
    const int rows = int(m_document->planActivities().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

bool PlanActivitiesModel::addActivity()
{
    if (!m_document || m_document->isReadOnly()) {
        return false;
    }
    const qsizetype before = m_document->planActivities().size();
    // The stack deletes a command that failed; judge by the document, not the command.
    m_document->undoStack()->push(new PlanActivityCommand(m_document, std::nullopt, PlanActivity{}));
    return m_document->planActivities().size() == before + 1;
}

bool PlanActivitiesModel::removeActivity(int row)
{
    if (!m_document || m_document->isReadOnly() || row < 0 || row >= m_rows) {
        return false;
    }
    const qsizetype before = m_document->planActivities().size();
    m_document->undoStack()->push(new PlanActivityCommand(m_document, m_document->planActivities().at(row), std::nullopt));
    return m_document->planActivities().size() == before - 1;
}

int PlanActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PlanActivitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanActivitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const PlanActivity &a = m_document->planActivities().at(index.row());
    switch (index.column()) {
    case PeriodColumn:
        return a.period;
    case StartColumn:
        return role == Qt::EditRole && !a.startsOn.isValid() ? QVariant(QDate::currentDate()) : QVariant(a.startsOn);
    case EndColumn:
        return role == Qt::EditRole && !a.endsOn.isValid() ? QVariant(QDate::currentDate()) : QVariant(a.endsOn);
    case ActivityColumn:
        return a.activity;
    case OwnerColumn:
        return a.owner;
    default:
        return {};
    }
}

bool PlanActivitiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || m_document->isReadOnly()) {
        return false;
    }
    const PlanActivity before = m_document->planActivities().at(index.row());
    PlanActivity after = before;
    switch (index.column()) {
    case PeriodColumn:
        after.period = value.toString();
        break;
    case StartColumn:
        after.startsOn = value.toDate();
        break;
    case EndColumn:
        after.endsOn = value.toDate();
        break;
    case ActivityColumn:
        after.activity = value.toString();
        break;
    case OwnerColumn:
        after.owner = value.toString();
        break;
    default:
        return false;
    }
    if (after == before) {
        return true;
    }
    m_document->undoStack()->push(new PlanActivityCommand(m_document, before, after));
    const PlanActivity *stored = m_document->planActivity(before.id);
    return stored && stored->startsOn == after.startsOn && stored->endsOn == after.endsOn
           && stored->period == after.period.trimmed() && stored->activity == after.activity.trimmed()
           && stored->owner == after.owner.trimmed();
}

Qt::ItemFlags PlanActivitiesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_document && !m_document->isReadOnly() ? flags | Qt::ItemIsEditable : flags;
}

QVariant PlanActivitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("To");
    case ActivityColumn:
        return tr("Activity");
    case OwnerColumn:
        return tr("Responsible");
    default:
        return {};
    }
}

} // namespace Minh::Core
