#include "evidencerepository.h"
#include "schooldocument.h"
#include "storage/sql.h"
#include "util/text.h"

// The evidence edits behind the undo commands: removing and restoring items, citations and metadata.
namespace Minh::Core {

bool SchoolDocument::removeEvidence(const QString &code)
{
    if (!checkWritable()) {
        return false;
    }
    const EvidenceItem *item = evidenceItem(code);
    if (!item) {
        return fail(tr("There is no evidence item with the code %1.").arg(code));
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !EvidenceRepository::remove(db, m_author, *item, &error) || !transaction.commit()) {
        return fail(error.isEmpty() ? transaction.errorString() : error);
    }
    return reloadEvidence();
}

bool SchoolDocument::restoreEvidence(const EvidenceItem &item)
{
    if (!checkWritable()) {
        return false;
    }
    if (evidenceItem(item.code)) {
        return fail(tr("The code %1 is already used by another evidence item.").arg(item.code));
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !EvidenceRepository::restore(db, m_author, item, &error) || !transaction.commit()) {
        return fail(error.isEmpty() ? transaction.errorString() : error);
    }
    return reloadEvidence();
}

bool SchoolDocument::uncite(const QString &code, const QString &criterion)
{
    if (!checkWritable()) {
        return false;
    }
    const EvidenceItem *item = evidenceItem(code);
    if (!item) {
        return fail(tr("There is no evidence item with the code %1.").arg(code));
    }
    if (!item->citedBy.contains(criterion)) {
        return true;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !EvidenceRepository::setCited(db, m_author, *item, criterion, false, &error) ||
        !transaction.commit()) {
        return fail(error.isEmpty() ? transaction.errorString() : error);
    }
    return reloadEvidence();
}

bool SchoolDocument::setEvidenceField(const QString &code, EvidenceField field, const QString &value)
{
    if (!checkWritable()) {
        return false;
    }
    const EvidenceItem *item = evidenceItem(code);
    if (!item) {
        return fail(tr("There is no evidence item with the code %1.").arg(code));
    }
    const QString text = Text::nfc(value.trimmed());
    if (field == EvidenceField::Title && text.isEmpty()) {
        return fail(tr("An evidence item needs a title."));
    }
    if (EvidenceFields::value(*item, field) == text) {
        return true;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !EvidenceRepository::setField(db, m_author, *item, field, text, &error) ||
        !transaction.commit()) {
        return fail(error.isEmpty() ? transaction.errorString() : error);
    }
    return reloadEvidence();
}

} // namespace Minh::Core
