#include "documentsettingsmodel.h"

#include "document/commands/setdocumentsettingcommand.h"
#include "document/schooldocument.h"

#include <QDate>

namespace Minh::Core {

DocumentSettingsModel::DocumentSettingsModel(const QString &printedDocument, QObject *parent)
    : QAbstractTableModel(parent)
    , m_printedDocument(printedDocument)
{
}

void DocumentSettingsModel::setDocument(SchoolDocument *document)
{
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_fields = m_document && m_document->isOpen() ? DocumentSettings::fields(m_printedDocument, m_document->framework())
                                                  : QList<DocumentSettings::Field>();
    if (m_document) {
        connect(m_document, &SchoolDocument::schoolDataChanged, this, [this] {
            if (rowCount() > 0) {
                Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, 1));
            }
        });
    }
    endResetModel();
}

int DocumentSettingsModel::rowOf(const QString &field) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == field) {
            return int(i);
        }
    }
    return -1;
}

int DocumentSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_fields.size());
}

int DocumentSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant DocumentSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document) {
        return {};
    }
    const DocumentSettings::Field &field = m_fields.at(index.row());
    if (index.column() == 0) {
        return role == Qt::DisplayRole ? QVariant(field.label) : QVariant();
    }
    const QString value = m_document->documentSetting(m_printedDocument, field.key);
    switch (role) {
    case Qt::DisplayRole:
        return field.input == DocumentSettings::Input::Choice && !value.isEmpty() ? DocumentSettings::kindName(value)
                                                                                  : value;
    case Qt::EditRole:
        if (field.input == DocumentSettings::Input::Date) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            return date.isValid() ? QVariant(date) : QVariant(QDate::currentDate());
        }
        return value;
    case FieldKeyRole:
        return field.key;
    case InputRole:
        return int(field.input);
    case ChoicesRole: {
        if (field.input != DocumentSettings::Input::Choice) {
            return {};
        }
        QVariantList choices;
        for (const QString &kind : DocumentSettings::kinds()) {
            choices.append(QStringList{kind, DocumentSettings::kindName(kind)});
        }
        return choices;
    }
    default:
        return {};
    }
}

bool DocumentSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const QString key = m_fields.at(index.row()).key;
    // Dates come from date editors as QDate and are stored as ISO dates.
    const QString text = value.userType() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString().trimmed();
    if (text == m_document->documentSetting(m_printedDocument, key)) {
        return true;
    }
    m_document->undoStack()->push(new SetDocumentSettingCommand(m_document, m_printedDocument, key, text));
    return m_document->documentSetting(m_printedDocument, key) == text;
}

Qt::ItemFlags DocumentSettingsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == 1 && m_document && !m_document->isReadOnly()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant DocumentSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == 0 ? tr("Setting") : tr("Value");
}

} // namespace Minh::Core
