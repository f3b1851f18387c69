#pragma once

#include "document/schoolfigurecatalog.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace Minh::Core {

class SchoolDocument;

// The school data tables as one editable grid: a row per figure of the school type's catalogue,
// preceded by a title row per table, and a column per school year of the regime's window.
// Edits push SetSchoolFigureCommand on the document's undo stack.
class SchoolFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        FigureKeyRole = Qt::UserRole + 1, // empty on title rows
        IsTitleRole
    };

    explicit SchoolFiguresModel(QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);
    QStringList schoolYears() const { return m_years; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key; // empty: the title of a table
        QString label;
    };

    void rebuild();

    QPointer<SchoolDocument> m_document;
    QList<Row> m_rows;
    QStringList m_years;
};

} // namespace Minh::Core
