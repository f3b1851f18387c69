#include "evidenceregistermodel.h"

#include "document/commands/setevidencefieldcommand.h"
#include "document/commands/setevidencekeptcommand.h"
#include "document/schooldocument.h"
#include "evidence/citationparser.h"

namespace Minh::Core {

EvidenceRegisterModel::EvidenceRegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EvidenceRegisterModel::setDocument(SchoolDocument *document)
{
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_codes.clear();
    m_sortKeys.clear();
    if (m_document && m_document->isOpen()) {
        setRows(documentCodes());
        collectTextCitations();
        connect(m_document, &SchoolDocument::recordsChanged, this, &EvidenceRegisterModel::evidenceChanged);
        connect(m_document, &SchoolDocument::textsChanged, this, &EvidenceRegisterModel::textsChanged);
    }
    endResetModel();
}

QStringList EvidenceRegisterModel::documentCodes() const
{
    QStringList codes;
    codes.reserve(m_document->evidence().size());
    for (const EvidenceItem &item : m_document->evidence()) {
        codes.append(item.code);
    }
    return codes;
}

// The sort keys are made here, once per change of the rows: a view sorting 2,000 rows asks for
// about 40,000 keys, and parsing a code each time made opening a big school take seconds.
void EvidenceRegisterModel::setRows(const QStringList &codes)
{
    m_codes = codes;
    m_sortKeys.clear();
    m_sortKeys.reserve(codes.size());
    const CitationParser parser(m_document->framework().regime().evidence.codeFormat);
    for (const QString &code : codes) {
        if (const auto parsed = parser.parseCode(code)) {
            m_sortKeys.append(QStringLiteral("%1.%2.%3.%4")
                                  .arg(parsed->standard, 4, 10, QLatin1Char('0'))
                                  .arg(parsed->criterion, 4, 10, QLatin1Char('0'))
                                  .arg(parsed->sequence, 6, 10, QLatin1Char('0'))
                                  .arg(parsed->box, 4, 10, QLatin1Char('0')));
        } else {
            m_sortKeys.append(QStringLiteral("~") + code); // codes from outside the scheme sort last
        }
    }
}

void EvidenceRegisterModel::evidenceChanged()
{
    const QStringList codes = documentCodes();
    // An edit of metadata keeps the rows, and with them the view's selection and scroll position.
    if (codes == m_codes) {
        if (!m_codes.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    setRows(codes);
    collectTextCitations();
    endResetModel();
}

void EvidenceRegisterModel::textsChanged()
{
    collectTextCitations();
    if (!m_codes.isEmpty()) {
        Q_EMIT dataChanged(index(0, CriteriaColumn), index(rowCount() - 1, CriteriaColumn));
    }
}

void EvidenceRegisterModel::collectTextCitations()
{
    m_textCitations.clear();
    const Framework &fw = m_document->framework();
    const CitationParser parser(fw.regime().evidence.codeFormat);
    for (const Criterion *criterion : fw.criteria()) {
        for (const TextField &field : fw.regime().criterionFields) {
            for (const Citation &citation : parser.parse(m_document->criterionText(criterion->code, field.key))) {
                QStringList &criteria = m_textCitations[citation.normalized];
                if (!criteria.contains(criterion->code)) {
                    criteria.append(criterion->code);
                }
            }
        }
    }
}

int EvidenceRegisterModel::rowOf(const QString &code) const
{
    return int(m_codes.indexOf(code));
}

int EvidenceRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int EvidenceRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList EvidenceRegisterModel::criteriaOf(int row) const
{
    const EvidenceItem *item = m_document->evidenceItem(m_codes.at(row));
    QStringList others = item->citedBy;
    for (const QString &criterion : m_textCitations.value(item->code)) {
        if (criterion != item->criterionCode && !others.contains(criterion)) {
            others.append(criterion);
        }
    }
    std::sort(others.begin(), others.end(), [](const QString &a, const QString &b) {
        const auto parts = [](const QString &code) {
            return std::pair(code.section(QLatin1Char('.'), 0, 0).toInt(), code.section(QLatin1Char('.'), 1).toInt());
        };
        return parts(a) < parts(b);
    });
    return QStringList{item->criterionCode} + others;
}

bool EvidenceRegisterModel::fieldOf(int column, EvidenceField *field)
{
    switch (column) {
    case TitleColumn:
        *field = EvidenceField::Title;
        return true;
    case IssueColumn:
        *field = EvidenceField::IssueInfo;
        return true;
    case IssuerColumn:
        *field = EvidenceField::Issuer;
        return true;
    case YearsColumn:
        *field = EvidenceField::SchoolYears;
        return true;
    case LocationColumn:
        *field = EvidenceField::Location;
        return true;
    default:
        return false;
    }
}

QVariant EvidenceRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EvidenceItem *item = m_document->evidenceItem(m_codes.at(index.row()));
    if (!item) {
        return {};
    }
    if (role == CodeRole) {
        return item->code;
    }
    EvidenceField field;
    const bool editable = fieldOf(index.column(), &field);
    if (role == SortRole) {
        switch (index.column()) {
        case CodeColumn:
            return m_sortKeys.at(index.row());
        case FilesColumn:
            return int(item->files.size());
        case CriteriaColumn:
            return m_sortKeys.at(index.row());
        default:
            return editable ? EvidenceFields::value(*item, field) : QVariant();
        }
    }
    if (index.column() == KeptColumn) {
        if (role == Qt::CheckStateRole) {
            return item->kept ? Qt::Checked : Qt::Unchecked;
        }
        if (role == SortRole) {
            return item->kept;
        }
        if (role == Qt::ToolTipRole) {
            return tr("Ticked: the item is kept on purpose although no text cites it, so the dossier accepts it.");
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == FilesColumn) {
        QStringList names;
        for (const EvidenceFile &file : item->files) {
            names.append(file.fileName);
        }
        return names.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case CodeColumn:
        return item->code;
    case FilesColumn:
        return int(item->files.size());
    case CriteriaColumn:
        return criteriaOf(index.row()).join(QStringLiteral(", "));
    default:
        return editable ? EvidenceFields::value(*item, field) : QVariant();
    }
}

QVariant EvidenceRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case IssueColumn:
        return tr("Number, date");
    case IssuerColumn:
        return tr("Issued by");
    case YearsColumn:
        return tr("School years");
    case LocationColumn:
        return tr("Kept at");
    case FilesColumn:
        return tr("Files");
    case CriteriaColumn:
        return tr("Criteria");
    case KeptColumn:
        return tr("Kept uncited");
    default:
        return {};
    }
}

Qt::ItemFlags EvidenceRegisterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    EvidenceField field;
    if (index.isValid() && m_document && !m_document->isReadOnly() && fieldOf(index.column(), &field)) {
        flags |= Qt::ItemIsEditable;
    }
    if (index.isValid() && index.column() == KeptColumn && m_document && !m_document->isReadOnly()) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool EvidenceRegisterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::CheckStateRole && index.column() == KeptColumn &&
        checkIndex(index, CheckIndexOption::IndexIsValid) && !m_document->isReadOnly()) {
        const QString code = m_codes.at(index.row());
        const bool kept = value.toInt() == Qt::Checked;
        if (m_document->evidenceItem(code)->kept != kept) {
            m_document->undoStack()->push(new SetEvidenceKeptCommand(m_document, code, kept));
        }
        return m_document->evidenceItem(code)->kept == kept;
    }
    EvidenceField field;
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !fieldOf(index.column(), &field) || m_document->isReadOnly()) {
        return false;
    }
    const QString code = m_codes.at(index.row());
    const QString text = value.toString();
    if (text.trimmed() == EvidenceFields::value(*m_document->evidenceItem(code), field)) {
        return true; // nothing changed: no empty undo step
    }
    if (field == EvidenceField::Title && text.trimmed().isEmpty()) {
        return false; // an item keeps a title
    }
    const int before = m_document->undoStack()->index();
    m_document->undoStack()->push(new SetEvidenceFieldCommand(m_document, code, field, text));
    return m_document->undoStack()->index() > before; // a failed edit is dropped from the stack
}

} // namespace Minh::Core
