#pragma once

#include "document/evidencefield.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace Minh::Core {

class SchoolDocument;

// Every evidence item of the school as a table: code, title, issue data, issuer, school years,
// where the paper is kept, files and the criteria that use it. Metadata are edited in place;
// setData() pushes an undo command rather than writing, so Ctrl+Z takes an edit back.
class EvidenceRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        IssueColumn,
        IssuerColumn,
        YearsColumn,
        LocationColumn,
        FilesColumn,
        CriteriaColumn,
        KeptColumn, // kept on purpose although no text cites it (a check box)
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // the item's code, in every column
        SortRole                     // a key that sorts codes by their numbers, not as text
    };

    explicit EvidenceRegisterModel(QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);
    // The row of the item with `code`, or -1.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void evidenceChanged();
    void textsChanged();
    void collectTextCitations();
    QStringList documentCodes() const;
    // Sets the rows and their sort keys (standard, criterion, sequence, box of each code).
    void setRows(const QStringList &codes);
    QStringList criteriaOf(int row) const;
    static bool fieldOf(int column, EvidenceField *field);

    SchoolDocument *m_document = nullptr;
    QStringList m_codes;                         // the rows, as the document lists its items
    QStringList m_sortKeys;                      // of each row, for SortRole on the code columns
    QHash<QString, QStringList> m_textCitations; // code → criteria whose texts cite it
};

} // namespace Minh::Core
