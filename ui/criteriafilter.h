#pragma once

#include <QSortFilterProxyModel>

namespace Minh::Gui {

// Narrows the criteria tree to one state and/or the criteria of some council members (one member,
// or a working group); standards stay while any of their criteria does.
class CriteriaFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CriteriaFilter(QObject *parent = nullptr);

    // -1: any state; otherwise a CriterionProgress::State.
    void setState(int state);
    // Criteria written by any of these members; empty: anyone.
    void setMembers(const QStringList &names);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsCriterion(const QModelIndex &index) const;

    int m_state = -1;
    QStringList m_members;
};

} // namespace Minh::Gui
