#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Minh::Core {

class SchoolDocument;

// The timeline of the self-assessment plan: one row per activity, editable in place. Edits, new
// rows and removals push PlanActivityCommand, so each can be undone.
class PlanActivitiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        StartColumn,
        EndColumn,
        ActivityColumn,
        OwnerColumn,
        ColumnCount
    };

    explicit PlanActivitiesModel(QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);
    // Appends an empty activity (undoable); false when the file is read-only or the write failed.
    bool addActivity();
    bool removeActivity(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    QPointer<SchoolDocument> m_document;
    int m_rows = 0;
};

} // namespace Minh::Core
