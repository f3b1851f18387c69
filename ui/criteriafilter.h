#pragma once

#include <QSortFilterProxyModel>

namespace Minh::Gui {

// Narrows the criteria tree to one state and/or one council member's criteria; standards stay
// while any of their criteria does.
class CriteriaFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CriteriaFilter(QObject *parent = nullptr);

    // -1: any state; otherwise a CriterionProgress::State.
    void setState(int state);
    // Empty: anyone.
    void setMember(const QString &name);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsCriterion(const QModelIndex &index) const;

    int m_state = -1;
    QString m_member;
};

} // namespace Minh::Gui
