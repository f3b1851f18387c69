#include "criteriatreemodel.h"

#include "criterionprogress.h"
#include "document/schooldocument.h"

namespace Minh::Core {

// Internal ids: 0 marks a standard row; a criterion row stores its standard's row + 1.
CriteriaTreeModel::CriteriaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CriteriaTreeModel::setDocument(SchoolDocument *document)
{
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_evaluation = document && document->isOpen() ? document->evaluate() : Evaluation();
    if (m_document) {
        connect(m_document, &SchoolDocument::judgementsChanged, this, &CriteriaTreeModel::reevaluate);
        // States depend on texts, evidence and the council too.
        connect(m_document, &SchoolDocument::textsChanged, this, &CriteriaTreeModel::reevaluate);
        connect(m_document, &SchoolDocument::recordsChanged, this, &CriteriaTreeModel::reevaluate);
    }
    endResetModel();
}

void CriteriaTreeModel::reevaluate()
{
    m_evaluation = m_document->evaluate();
    const int standards = rowCount();
    if (standards == 0) {
        return;
    }
    for (int s = 0; s < standards; ++s) {
        const QModelIndex standardIndex = index(s, 0);
        Q_EMIT dataChanged(index(s, LevelColumn), index(s, AssigneeColumn));
        const int criteria = rowCount(standardIndex);
        if (criteria > 0) {
            Q_EMIT dataChanged(index(0, LevelColumn, standardIndex), index(criteria - 1, AssigneeColumn, standardIndex));
        }
    }
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CriteriaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document || !m_document->isOpen()) {
        return 0;
    }
    const QList<Standard> &standards = m_document->framework().standards();
    if (!parent.isValid()) {
        return int(standards.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(standards.at(parent.row()).criteria.size());
}

int CriteriaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CriteriaTreeModel::levelText(int level)
{
    return level > 0 ? tr("Mức %1").arg(level) : tr("Not reached");
}

QVariant CriteriaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QList<Standard> &standards = m_document->framework().standards();
    const bool isStandard = index.internalId() == 0;
    const Standard &standard = standards.at(isStandard ? index.row() : int(index.internalId() - 1));
    if (isStandard) {
        const int level = m_evaluation.standards.value(standard.number);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn) {
                return tr("Standard %1: %2").arg(standard.number).arg(standard.title);
            }
            return index.column() == LevelColumn ? QVariant(levelText(level)) : QVariant();
        case CodeRole:
            return QString::number(standard.number);
        case LevelRole:
            return level;
        case IsStandardRole:
            return true;
        default:
            return {};
        }
    }
    const Criterion &criterion = standard.criteria.at(index.row());
    const CriterionResult *result = m_evaluation.criterion(criterion.code);
    const int level = result ? result->level : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return criterion.mandatory ? tr("%1 %2 (mandatory)").arg(criterion.code, criterion.title)
                                       : QStringLiteral("%1 %2").arg(criterion.code, criterion.title);
        case LevelColumn:
            return levelText(level);
        case StateColumn:
            return CriterionProgress::name(CriterionProgress::state(*m_document, criterion.code));
        case AssigneeColumn:
            return CriterionProgress::assignees(*m_document, criterion.code);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return criterion.title;
    case CodeRole:
        return criterion.code;
    case LevelRole:
        return level;
    case IsStandardRole:
        return false;
    case StateRole:
        return int(CriterionProgress::state(*m_document, criterion.code));
    default:
        return {};
    }
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Standard / criterion");
    case LevelColumn:
        return tr("Level");
    case StateColumn:
        return tr("State");
    case AssigneeColumn:
        return tr("Written by");
    default:
        return {};
    }
}

} // namespace Minh::Core
