#pragma once

#include "document/documentsettings.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Minh::Core {

class SchoolDocument;

// The settings of one printed document (number, date, signer, addressee, Nơi nhận…) as a two
// column list: the field's name and its value. Edits push SetDocumentSettingCommand.
class DocumentSettingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        FieldKeyRole = Qt::UserRole + 1,
        InputRole,   // DocumentSettings::Input as int
        ChoicesRole  // for Input::Choice: QVariantList of {key, name} pairs as QStringList
    };

    explicit DocumentSettingsModel(const QString &printedDocument, QObject *parent = nullptr);

    void setDocument(SchoolDocument *document);
    QString printedDocument() const { return m_printedDocument; }
    int rowOf(const QString &field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_printedDocument;
    QList<DocumentSettings::Field> m_fields;
    QPointer<SchoolDocument> m_document;
};

} // namespace Minh::Core
