#include "schooldocument.h"

#include "changelog.h"
#include "evidence/citationparser.h"
#include "evidence/evidencecodeformat.h"
#include "evidencerepository.h"
#include "storage/sql.h"
#include "texttables.h"
#include "util/text.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

// The evidence part of SchoolDocument: items with their codes, their files and citations.
namespace Minh::Core {

bool SchoolDocument::addEvidenceItem(EvidenceItem item)
{
    return addEvidence(std::move(item), {});
}

QString SchoolDocument::nextEvidenceCode(const QString &criterion, int box, int *sequence) const
{
    int next = 1;
    for (const EvidenceItem &e : m_evidence) {
        if (e.criterionCode == criterion) {
            next = std::max(next, e.sequence + 1);
        }
    }
    const EvidenceCodeFormat format(m_framework->regime().evidence.codeFormat);
    // Sequences recorded by Minh make this the next free code; the loop guards against codes that
    // were given explicitly.
    while (evidenceItem(format.code(box, criterion, next))) {
        ++next;
    }
    if (sequence) {
        *sequence = next;
    }
    return format.code(box, criterion, next);
}

bool SchoolDocument::importFiles(QSqlDatabase &db, qint64 itemId, const QStringList &paths,
                                 QList<EvidenceStore::Imported> *imported, const EvidenceStore::Progress &progress)
{
    EvidenceStore store(db);
    for (const QString &path : paths) {
        EvidenceStore::Imported result;
        if (!store.import(itemId, path, &result, progress)) {
            return fail(store.errorString());
        }
        if (imported) {
            imported->append(result);
        }
    }
    return true;
}

bool SchoolDocument::reloadEvidence()
{
    QString error;
    if (!EvidenceRepository::load(m_file.database(), &m_evidence, &error)) {
        indexEvidence();
        return fail(error);
    }
    indexEvidence();
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::reloadEvidenceItem(qint64 id)
{
    QList<EvidenceItem> loaded;
    QString error;
    if (!EvidenceRepository::loadOne(m_file.database(), id, &loaded, &error)) {
        return fail(error);
    }
    // m_evidence is in the order of the ids, as load() returns it.
    const auto at = std::lower_bound(m_evidence.begin(), m_evidence.end(), id,
                                     [](const EvidenceItem &item, qint64 wanted) { return item.id < wanted; });
    if (at != m_evidence.end() && at->id == id) {
        if (m_evidenceIdByCode.value(at->code) == id) {
            m_evidenceIdByCode.remove(at->code);
        }
        if (loaded.isEmpty()) {
            m_evidence.erase(at);
        } else {
            *at = loaded.constFirst();
        }
    } else if (!loaded.isEmpty()) {
        m_evidence.insert(at, loaded.constFirst());
    }
    if (!loaded.isEmpty()) {
        m_evidenceIdByCode.insert(loaded.constFirst().code, id);
    }
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::addEvidence(EvidenceItem item, const QStringList &paths, QList<EvidenceStore::Imported> *imported,
                                 const EvidenceStore::Progress &progress)
{
    if (!checkWritable()) {
        return false;
    }
    for (QString *text : {&item.code, &item.title, &item.issueInfo, &item.issuer, &item.notes, &item.schoolYears, &item.location}) {
        *text = Text::nfc(text->trimmed());
    }
    if (item.title.isEmpty()) {
        return fail(tr("An evidence item needs a title."));
    }
    if (!checkCriteria(QStringList{item.criterionCode} + item.citedBy, item.title)) {
        return false;
    }
    if (!item.code.isEmpty() && item.sequence <= 0) {
        // A code given explicitly still records its numbers, so later codes of the criterion follow it.
        const CitationParser parser(m_framework->regime().evidence.codeFormat);
        if (const auto parsed = parser.parseCode(item.code)) {
            item.code = parser.format(*parsed);
            item.sequence = parsed->sequence;
            item.box = item.box > 0 ? item.box : parsed->box;
        }
    }
    if (item.code.isEmpty()) {
        if (item.box <= 0) {
            item.box = m_framework->criterion(item.criterionCode)->standardNumber;
        }
        item.code = nextEvidenceCode(item.criterionCode, item.box, &item.sequence);
    }
    if (evidenceItem(item.code)) {
        return fail(tr("The code %1 is already used by another evidence item.").arg(item.code));
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !EvidenceRepository::add(db, m_author, &item, &error)) {
        return failWrite(error.isEmpty() ? transaction.errorString() : error);
    }
    if (!importFiles(db, item.id, paths, imported, progress)) {
        return false;
    }
    if (!transaction.commit()) {
        return failWrite(transaction.errorString());
    }
    return reloadEvidenceItem(item.id);
}

bool SchoolDocument::attachEvidenceFiles(const QString &code, const QStringList &paths,
                                         QList<EvidenceStore::Imported> *imported, const EvidenceStore::Progress &progress)
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
    if (!transaction.isActive()) {
        return failWrite(transaction.errorString());
    }
    if (!importFiles(db, item->id, paths, imported, progress)) {
        return false;
    }
    for (const QString &path : paths) {
        if (!ChangeLog::record(db, m_author, {QStringLiteral("evidence_file"), code, QString(), {}, QFileInfo(path).fileName()},
                               &error)) {
            return fail(error);
        }
    }
    if (!transaction.commit()) {
        return failWrite(transaction.errorString());
    }
    return reloadEvidenceItem(item->id);
}

bool SchoolDocument::setEvidenceKept(const QString &code, bool kept)
{
    if (!checkWritable()) {
        return false;
    }
    const EvidenceItem *item = evidenceItem(code);
    if (!item) {
        return fail(tr("There is no evidence item with the code %1.").arg(code));
    }
    if (item->kept == kept) {
        return true;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    QSqlQuery query(db);
    const bool written = transaction.isActive()
                         && Sql::run(query, QStringLiteral("UPDATE evidence_item SET kept = :kept WHERE id = :id"),
                                     {{"kept", kept ? 1 : 0}, {"id", item->id}}, &error)
                         && ChangeLog::record(db, m_author,
                                              {QStringLiteral("evidence_item"), code, QStringLiteral("kept"),
                                               item->kept ? QStringLiteral("1") : QStringLiteral("0"),
                                               kept ? QStringLiteral("1") : QStringLiteral("0")},
                                              &error)
                         && transaction.commit();
    if (!written) {
        return fail(error.isEmpty() ? transaction.errorString() : error);
    }
    return reloadEvidence();
}

bool SchoolDocument::citeEvidence(const QString &code, const QString &criterion)
{
    if (!checkWritable()) {
        return false;
    }
    const EvidenceItem *item = evidenceItem(code);
    if (!item) {
        return fail(tr("There is no evidence item with the code %1.").arg(code));
    }
    if (!checkCriteria({criterion}, code)) {
        return false;
    }
    if (item->criterionCode == criterion || item->citedBy.contains(criterion)) {
        return true;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    QSqlQuery query(db);
    const bool written = transaction.isActive()
                         && Sql::run(query,
                                     QStringLiteral("INSERT INTO evidence_citation (evidence_item_id, criterion_code) "
                                                    "VALUES (:id, :criterion)"),
                                     {{"id", item->id}, {"criterion", criterion}}, &error)
                         && ChangeLog::record(db, m_author,
                                              {QStringLiteral("evidence_citation"), code, QString(), {}, criterion}, &error)
                         && transaction.commit();
    if (!written) {
        return failWrite(error.isEmpty() ? transaction.errorString() : error);
    }
    return reloadEvidence();
}

const EvidenceItem *SchoolDocument::evidenceItem(const QString &code) const
{
    const auto found = m_evidenceIdByCode.constFind(code);
    if (found == m_evidenceIdByCode.cend()) {
        return nullptr;
    }
    const auto at = std::lower_bound(m_evidence.cbegin(), m_evidence.cend(), *found,
                                     [](const EvidenceItem &item, qint64 wanted) { return item.id < wanted; });
    return at != m_evidence.cend() && at->id == *found && at->code == code ? &*at : nullptr;
}

void SchoolDocument::indexEvidence()
{
    m_evidenceIdByCode.clear();
    m_evidenceIdByCode.reserve(m_evidence.size());
    for (const EvidenceItem &item : std::as_const(m_evidence)) {
        m_evidenceIdByCode.insert(item.code, item.id);
    }
}

bool SchoolDocument::renumberEvidence(const QList<EvidenceCodeChange> &changes)
{
    if (!checkWritable() || !writeRenumbering(changes)) {
        return false;
    }
    // Reopened once the write's queries are gone, so that the connection closes cleanly.
    if (!open(m_file.path())) {
        return false;
    }
    Q_EMIT textsChanged();
    return true;
}

bool SchoolDocument::writeRenumbering(const QList<EvidenceCodeChange> &changes)
{
    const CitationParser parser(m_framework->regime().evidence.codeFormat);
    QHash<QString, QString> renames;
    for (const EvidenceCodeChange &change : changes) {
        renames.insert(change.oldCode, change.newCode);
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    bool written = transaction.isActive();
    QSqlQuery query(db);
    // Two steps, because a new code may be the old code of another item (UNIQUE on code).
    for (const EvidenceCodeChange &change : changes) {
        written = written && Sql::run(query, QStringLiteral("UPDATE evidence_item SET code = 'renumbering:' || id WHERE id = :id"),
                                      {{"id", change.itemId}}, &error);
    }
    for (const EvidenceCodeChange &change : changes) {
        written = written
                  && Sql::run(query,
                              QStringLiteral("UPDATE evidence_item SET code = :code, box = :box, sequence = :sequence "
                                             "WHERE id = :id"),
                              {{"code", change.newCode}, {"box", change.box}, {"sequence", change.sequence}, {"id", change.itemId}},
                              &error)
                  && ChangeLog::record(db, m_author, {QStringLiteral("evidence_item"), change.newCode, QStringLiteral("code"),
                                                      change.oldCode, change.newCode},
                                       &error);
    }
    // Citations follow their items: every text the council wrote is rewritten in the same transaction.
    for (const TextTable &source : TextTables) {
        const QString table = source.table;
        const QString key = source.ownerColumn;
        QSqlQuery texts(db);
        written = written && Sql::run(texts, QStringLiteral("SELECT %1, field, content FROM %2").arg(key, table), {}, &error);
        QList<std::tuple<QString, QString, QString, QString>> updates;
        while (written && texts.next()) {
            const QString before = texts.value(2).toString();
            const QString after = parser.rewrite(before, renames);
            if (after != before) {
                updates.append({texts.value(0).toString(), texts.value(1).toString(), before, after});
            }
        }
        for (const auto &[owner, field, before, after] : updates) {
            written = written
                      && Sql::run(query, QStringLiteral("UPDATE %1 SET content = :content WHERE %2 = :owner AND field = :field").arg(table, key),
                                  {{"content", after}, {"owner", owner}, {"field", field}}, &error)
                      && ChangeLog::record(db, m_author, {table, owner, field, before, after}, &error);
        }
    }
    if (!written || !transaction.commit()) {
        return failWrite(error.isEmpty() ? transaction.errorString() : error);
    }
    return true;
}

} // namespace Minh::Core
