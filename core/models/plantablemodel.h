#pragma once

#include "document/planitem.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Minh::Core {

class SchoolDocument;

// The improvement plan as a table: one row per plan item, the regime's columns plus the deadline,
// the done mark and the two follow-up notes. Edits go through the document's undo stack; rows
// whose deadline has passed while not done are marked overdue.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CriterionColumn,
        ContentColumn,
        GoalColumn,
        ActionsColumn,
        SuccessIndicatorsColumn,
        TimelineColumn,
        DeadlineColumn,
        OwnerColumn,
        ResourcesColumn,
        ExpectedEvidenceColumn,
        ProgressColumn,
        DoneColumn,
        FollowUpSemester1Column,
        FollowUpYearEndColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole
    };

    explicit PlanTableModel(QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);
    // The day overdue is measured against; today unless a test says otherwise.
    void setToday(QDate today);
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Each pushes one undo command; false (and the document's errorString()) when it cannot be done.
    bool addPlanRow(int row, const QString &criterion);
    bool removePlanRow(int row);
    bool movePlanRow(int from, int to);

    static QString columnTitle(int column);

private:
    void documentChanged();
    bool canEdit() const;

    SchoolDocument *m_document = nullptr;
    QList<PlanItem> m_rows; // what the view shows; follows the document on every change
    QDate m_today = QDate::currentDate();
};

} // namespace Minh::Core
