#include "councilmodel.h"

#include "document/commands/councilmembercommand.h"
#include "document/schooldocument.h"
#include "rowchanges.h"

namespace Minh::Core {

CouncilModel::CouncilModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CouncilModel::setDocument(SchoolDocument *document)
{
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_rows = document && document->isOpen() ? document->council() : QList<CouncilMember>();
    if (m_document) {
        connect(m_document, &SchoolDocument::recordsChanged, this, &CouncilModel::documentChanged);
    }
    endResetModel();
}

// Same members in the same order: update in place so the view keeps its selection.
void CouncilModel::documentChanged()
{
    syncRows(
        m_rows, m_document->council(),
        [this](const auto &assign) {
            beginResetModel();
            assign();
            endResetModel();
        },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int CouncilModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CouncilModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CouncilModel::roleName(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return tr("Chair");
    case CouncilRole::ViceChair:
        return tr("Vice-chair");
    case CouncilRole::Secretary:
        return tr("Secretary");
    case CouncilRole::Member:
        return tr("Member");
    }
    return {};
}

QString CouncilModel::columnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Full name");
    case PositionColumn:
        return tr("Position");
    case RoleColumn:
        return tr("Role");
    case DutyColumn:
        return tr("Duty");
    case GroupColumn:
        return tr("Group");
    case CriteriaColumn:
        return tr("Writes criteria");
    default:
        return {};
    }
}

QVariant CouncilModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const CouncilMember &m = m_rows.at(index.row());
    if (role == IdRole) {
        return m.id;
    }
    if (role == CriteriaRole) {
        return m.criteria;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return m.fullName;
    case PositionColumn:
        return m.position;
    case RoleColumn:
        return role == Qt::EditRole ? QVariant(int(m.role)) : QVariant(roleName(m.role));
    case DutyColumn:
        return m.duty;
    case GroupColumn:
        return m.workingGroup;
    case CriteriaColumn:
        return m.criteria.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant CouncilModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    return orientation == Qt::Horizontal ? QVariant(columnTitle(section)) : QVariant(section + 1);
}

bool CouncilModel::canEdit() const
{
    return m_document && m_document->isOpen() && !m_document->isReadOnly();
}

Qt::ItemFlags CouncilModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // The criteria are chosen in the assignment list, not typed.
    if (index.isValid() && canEdit() && index.column() != CriteriaColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool CouncilModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || !canEdit()) {
        return false;
    }
    CouncilMember after = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (value.toString().trimmed().isEmpty()) {
            return false; // a member without a name cannot be told apart in the tree
        }
        after.fullName = value.toString().trimmed();
        break;
    case PositionColumn:
        after.position = value.toString();
        break;
    case RoleColumn: {
        const int r = value.toInt();
        if (r < int(CouncilRole::Chair) || r > int(CouncilRole::Member)) {
            return false;
        }
        after.role = CouncilRole(r);
        break;
    }
    case DutyColumn:
        after.duty = value.toString();
        break;
    case GroupColumn:
        after.workingGroup = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after == m_rows.at(index.row())) {
        return true;
    }
    auto *command = new EditCouncilMemberCommand(m_document, after, columnTitle(index.column()));
    return ReportingCommand::push(m_document->undoStack(), command);
}

bool CouncilModel::addMember(int row, const QString &name)
{
    if (!canEdit()) {
        return false;
    }
    CouncilMember member;
    member.fullName = name;
    auto *command = new CouncilMemberCommand(m_document, CouncilMemberCommand::Action::Add, member, row);
    return ReportingCommand::push(m_document->undoStack(), command);
}

bool CouncilModel::removeMember(int row)
{
    if (!canEdit() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    auto *command = new CouncilMemberCommand(m_document, CouncilMemberCommand::Action::Remove, m_rows.at(row), row);
    return ReportingCommand::push(m_document->undoStack(), command);
}

bool CouncilModel::setAssigned(int row, const QString &criterion, bool assigned)
{
    if (!canEdit() || row < 0 || row >= m_rows.size() || !m_document->framework().criterion(criterion)) {
        return false;
    }
    CouncilMember after = m_rows.at(row);
    if (after.criteria.contains(criterion) == assigned) {
        return true;
    }
    if (assigned) {
        after.criteria.append(criterion);
    } else {
        after.criteria.removeAll(criterion);
    }
    // Criteria keep the framework's order, whatever order they were ticked in.
    QStringList ordered;
    for (const Criterion *c : m_document->framework().criteria()) {
        if (after.criteria.contains(c->code)) {
            ordered.append(c->code);
        }
    }
    after.criteria = ordered;
    auto *command = new EditCouncilMemberCommand(m_document, after,
                                                 assigned ? tr("writes criterion %1").arg(criterion)
                                                          : tr("no longer writes criterion %1").arg(criterion));
    return ReportingCommand::push(m_document->undoStack(), command);
}

} // namespace Minh::Core
