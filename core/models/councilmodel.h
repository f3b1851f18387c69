#pragma once

#include "document/councilmember.h"

#include <QAbstractTableModel>

namespace Minh::Core {

class SchoolDocument;

// The self-assessment council as a table: name, position, role, duty, working group and the
// criteria each member writes. Edits go through the document's undo stack.
class CouncilModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        RoleColumn,
        DutyColumn,
        GroupColumn,
        CriteriaColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CriteriaRole // QStringList of criterion codes
    };

    explicit CouncilModel(QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // RoleColumn takes a CouncilRole as int.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Each pushes one undo command.
    bool addMember(int row, const QString &name);
    bool removeMember(int row);
    // Gives or takes one criterion from the member in `row`.
    bool setAssigned(int row, const QString &criterion, bool assigned);

    static QString roleName(CouncilRole role);
    static QString columnTitle(int column);

private:
    void documentChanged();
    bool canEdit() const;

    SchoolDocument *m_document = nullptr;
    QList<CouncilMember> m_rows;
};

} // namespace Minh::Core
