#include "evidencerepository.h"

#include "changelog.h"
#include "storage/sql.h"
#include "util/timestamps.h"

#include <QSqlQuery>

#include <limits>

namespace Minh::Core {

bool EvidenceRepository::load(const QSqlDatabase &db, QList<EvidenceItem> *items, QString *error)
{
    return loadRange(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), items, error);
}

bool EvidenceRepository::loadOne(const QSqlDatabase &db, qint64 id, QList<EvidenceItem> *items, QString *error)
{
    return loadRange(db, id, id, items, error);
}

bool EvidenceRepository::loadRange(const QSqlDatabase &db, qint64 first, qint64 last, QList<EvidenceItem> *items,
                                   QString *error)
{
    items->clear();
    QSqlQuery query(db);
    // Every query filters on the item's id through an index (the rowid, the citations' primary key,
    // evidence_file's unique key), so that one item costs the same in a school of 10 or 10,000.
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, code, title, issue_info, issuer, notes, school_years, location, box, "
                                 "criterion_code, created_at, sequence, kept FROM evidence_item "
                                 "WHERE id BETWEEN :first AND :last ORDER BY id"),
                  {{"first", first}, {"last", last}}, error)) {
        return false;
    }
    while (query.next()) {
        EvidenceItem e;
        e.id = query.value(0).toLongLong();
        e.code = query.value(1).toString();
        e.title = query.value(2).toString();
        e.issueInfo = query.value(3).toString();
        e.issuer = query.value(4).toString();
        e.notes = query.value(5).toString();
        e.schoolYears = query.value(6).toString();
        e.location = query.value(7).toString();
        e.box = query.value(8).toInt();
        e.criterionCode = query.value(9).toString();
        e.createdAt = query.value(10).toString();
        e.sequence = query.value(11).toInt();
        e.kept = query.value(12).toBool();
        items->append(e);
    }
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < items->size(); ++i) {
        index.insert(items->at(i).id, i);
    }
    QSqlQuery citations(db);
    if (!Sql::run(citations,
                  QStringLiteral("SELECT evidence_item_id, criterion_code FROM evidence_citation "
                                 "WHERE evidence_item_id BETWEEN :first AND :last"),
                  {{"first", first}, {"last", last}}, error)) {
        return false;
    }
    while (citations.next()) {
        const auto it = index.constFind(citations.value(0).toLongLong());
        if (it != index.constEnd()) {
            (*items)[*it].citedBy.append(citations.value(1).toString());
        }
    }
    QSqlQuery files(db);
    if (!Sql::run(files,
                  QStringLiteral("SELECT f.id, f.evidence_item_id, f.content_id, f.file_name, c.sha256, c.size, f.added_at "
                                 "FROM evidence_file AS f JOIN evidence_content AS c ON c.id = f.content_id "
                                 "WHERE f.evidence_item_id BETWEEN :first AND :last ORDER BY f.id"),
                  {{"first", first}, {"last", last}}, error)) {
        return false;
    }
    while (files.next()) {
        const auto it = index.constFind(files.value(1).toLongLong());
        if (it != index.constEnd()) {
            (*items)[*it].files.append({files.value(0).toLongLong(), files.value(2).toLongLong(), files.value(3).toString(),
                                        files.value(4).toString(), files.value(5).toLongLong(), files.value(6).toString()});
        }
    }
    return true;
}

bool EvidenceRepository::add(QSqlDatabase &db, const QString &author, EvidenceItem *item, QString *error)
{
    item->createdAt = Timestamps::nowUtc();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("INSERT INTO evidence_item (code, title, issue_info, issuer, notes, school_years, "
                                 "location, box, sequence, criterion_code, created_at, kept) VALUES (:code, :title, :issue, :issuer, "
                                 ":notes, :years, :location, :box, :sequence, :criterion, :created, :kept)"),
                  {{"code", item->code},
                   {"title", item->title},
                   {"issue", item->issueInfo},
                   {"issuer", item->issuer},
                   {"notes", item->notes},
                   {"years", item->schoolYears},
                   {"location", item->location},
                   {"box", item->box > 0 ? QVariant(item->box) : QVariant()},
                   {"sequence", item->sequence},
                   {"criterion", item->criterionCode},
                   {"created", item->createdAt},
                   {"kept", item->kept ? 1 : 0}},
                  error)) {
        return false;
    }
    item->id = query.lastInsertId().toLongLong();
    for (const QString &code : std::as_const(item->citedBy)) {
        QSqlQuery cite(db);
        if (!Sql::run(cite,
                      QStringLiteral("INSERT INTO evidence_citation (evidence_item_id, criterion_code) VALUES (:id, :code)"),
                      {{"id", item->id}, {"code", code}}, error)) {
            return false;
        }
    }
    return ChangeLog::record(db, author, {QStringLiteral("evidence_item"), item->code, QString(), {}, item->title}, error);
}

} // namespace Minh::Core

namespace Minh::Core {

bool EvidenceRepository::remove(QSqlDatabase &db, const QString &author, const EvidenceItem &item, QString *error)
{
    QSqlQuery query(db);
    // Files and citations go with the item (ON DELETE CASCADE).
    return Sql::run(query, QStringLiteral("DELETE FROM evidence_item WHERE id = :id"), {{"id", item.id}}, error)
           && ChangeLog::record(db, author, {QStringLiteral("evidence_item"), item.code, QString(), item.title, {}}, error);
}

bool EvidenceRepository::restore(QSqlDatabase &db, const QString &author, const EvidenceItem &item, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("INSERT INTO evidence_item (id, code, title, issue_info, issuer, notes, school_years, "
                                 "location, box, sequence, criterion_code, created_at) VALUES (:id, :code, :title, :issue, "
                                 ":issuer, :notes, :years, :location, :box, :sequence, :criterion, :created)"),
                  {{"id", item.id},
                   {"code", item.code},
                   {"title", item.title},
                   {"issue", item.issueInfo},
                   {"issuer", item.issuer},
                   {"notes", item.notes},
                   {"years", item.schoolYears},
                   {"location", item.location},
                   {"box", item.box > 0 ? QVariant(item.box) : QVariant()},
                   {"sequence", item.sequence},
                   {"criterion", item.criterionCode},
                   {"created", item.createdAt}},
                  error)) {
        return false;
    }
    for (const QString &criterion : item.citedBy) {
        if (!Sql::run(query,
                      QStringLiteral("INSERT INTO evidence_citation (evidence_item_id, criterion_code) VALUES (:id, :code)"),
                      {{"id", item.id}, {"code", criterion}}, error)) {
            return false;
        }
    }
    for (const EvidenceFile &file : item.files) {
        if (!Sql::run(query,
                      QStringLiteral("INSERT INTO evidence_file (id, evidence_item_id, content_id, file_name, added_at) "
                                     "VALUES (:id, :item, :content, :name, :at)"),
                      {{"id", file.id}, {"item", item.id}, {"content", file.contentId}, {"name", file.fileName}, {"at", file.addedAt}},
                      error)) {
            return false;
        }
    }
    return ChangeLog::record(db, author, {QStringLiteral("evidence_item"), item.code, QString(), {}, item.title}, error);
}

bool EvidenceRepository::setField(QSqlDatabase &db, const QString &author, const EvidenceItem &item, EvidenceField field,
                                  const QString &value, QString *error)
{
    const QString column = EvidenceFields::column(field);
    QSqlQuery query(db);
    // The column name comes from the enum above, never from the user.
    return Sql::run(query, QStringLiteral("UPDATE evidence_item SET %1 = :value WHERE id = :id").arg(column),
                    {{"value", value}, {"id", item.id}}, error)
           && ChangeLog::record(db, author,
                                {QStringLiteral("evidence_item"), item.code, column, EvidenceFields::value(item, field), value},
                                error);
}

bool EvidenceRepository::setCited(QSqlDatabase &db, const QString &author, const EvidenceItem &item, const QString &criterion,
                                  bool cited, QString *error)
{
    QSqlQuery query(db);
    const QString statement = cited ? QStringLiteral("INSERT INTO evidence_citation (evidence_item_id, criterion_code) "
                                                     "VALUES (:id, :criterion)")
                                    : QStringLiteral("DELETE FROM evidence_citation WHERE evidence_item_id = :id "
                                                     "AND criterion_code = :criterion");
    return Sql::run(query, statement, {{"id", item.id}, {"criterion", criterion}}, error)
           && ChangeLog::record(db, author,
                                {QStringLiteral("evidence_citation"), item.code, QString(),
                                 cited ? QVariant() : QVariant(criterion), cited ? QVariant(criterion) : QVariant()},
                                error);
}

} // namespace Minh::Core
