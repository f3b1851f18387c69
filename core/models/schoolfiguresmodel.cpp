#include "schoolfiguresmodel.h"

#include "document/commands/setschoolfigurecommand.h"
#include "document/schooldocument.h"

#include <QFont>

namespace Minh::Core {

SchoolFiguresModel::SchoolFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SchoolFiguresModel::setDocument(SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::schoolChanged, this, &SchoolFiguresModel::rebuild);
        // Any figure may change (undo, another view): repaint the values, the rows stay.
        connect(m_document, &SchoolDocument::schoolDataChanged, this, [this] {
            if (rowCount() > 0 && columnCount() > 1) {
                Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
            }
        });
    }
    rebuild();
}

void SchoolFiguresModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_years.clear();
    if (m_document && m_document->isOpen()) {
        m_years = m_document->dataSchoolYears();
        int number = 0;
        for (const SchoolFigureSection &section : SchoolFigureCatalog::sections(m_document->school().schoolType)) {
            m_rows.append({QString(), QStringLiteral("%1. %2").arg(++number).arg(section.title)});
            for (const SchoolFigureRow &row : section.rows) {
                m_rows.append({row.key, row.label});
            }
        }
    }
    endResetModel();
}

int SchoolFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchoolFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_years.size());
}

QVariant SchoolFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == 0) {
            return row.label;
        }
        return row.key.isEmpty() ? QString() : m_document->schoolFigure(m_years.at(index.column() - 1), row.key);
    case Qt::FontRole:
        if (row.key.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant() : QVariant(Qt::AlignCenter);
    case FigureKeyRole:
        return row.key;
    case IsTitleRole:
        return row.key.isEmpty();
    default:
        return {};
    }
}

bool SchoolFiguresModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const QString year = m_years.at(index.column() - 1);
    const QString key = m_rows.at(index.row()).key;
    const QString text = value.toString().trimmed();
    if (text == m_document->schoolFigure(year, key)) {
        return true;
    }
    // The stack deletes a merged or failed command: judge by what the document holds.
    m_document->undoStack()->push(new SetSchoolFigureCommand(m_document, year, key, text));
    return m_document->schoolFigure(year, key) == text;
}

Qt::ItemFlags SchoolFiguresModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() > 0 && !m_rows.at(index.row()).key.isEmpty() && m_document && !m_document->isReadOnly()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant SchoolFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == 0) {
        return tr("Figure");
    }
    return section - 1 < m_years.size() ? tr("School year %1").arg(m_years.at(section - 1)) : QVariant();
}

} // namespace Minh::Core
