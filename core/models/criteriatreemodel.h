#pragma once

#include "evaluation/evaluation.h"

#include <QAbstractItemModel>

namespace Minh::Core {

class SchoolDocument;

// Standards with their criteria, each with its computed level and whether all of its indicators
// are judged. Read-only; recomputes the evaluation whenever the document's judgements change.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        LevelColumn,
        StateColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        LevelRole,
        IsStandardRole,
        StateRole // CriterionProgress::State as int
    };

    explicit CriteriaTreeModel(QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);
    const Evaluation &evaluation() const { return m_evaluation; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelText(int level);

private:
    void reevaluate();

    SchoolDocument *m_document = nullptr;
    Evaluation m_evaluation;
};

} // namespace Minh::Core
