#include "criteriafilter.h"

#include "models/criteriatreemodel.h"

#include <algorithm>

namespace Minh::Gui {

CriteriaFilter::CriteriaFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false);
}

void CriteriaFilter::setState(int state)
{
    m_state = state;
    invalidateFilter();
}

void CriteriaFilter::setMembers(const QStringList &names)
{
    m_members = names;
    invalidateFilter();
}

bool CriteriaFilter::acceptsCriterion(const QModelIndex &index) const
{
    if (m_state >= 0 && index.data(Core::CriteriaTreeModel::StateRole).toInt() != m_state) {
        return false;
    }
    if (!m_members.isEmpty()) {
        const QModelIndex assignees = index.siblingAtColumn(Core::CriteriaTreeModel::AssigneeColumn);
        const QStringList writers = assignees.data().toString().split(QStringLiteral(", "));
        return std::any_of(writers.cbegin(), writers.cend(), [this](const QString &w) { return m_members.contains(w); });
    }
    return true;
}

bool CriteriaFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!index.data(Core::CriteriaTreeModel::IsStandardRole).toBool()) {
        return acceptsCriterion(index);
    }
    for (int row = 0; row < sourceModel()->rowCount(index); ++row) {
        if (acceptsCriterion(sourceModel()->index(row, 0, index))) {
            return true;
        }
    }
    return false;
}

} // namespace Minh::Gui
