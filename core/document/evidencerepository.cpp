#include "evidencerepository.h"

#include "changelog.h"
#include "storage/sql.h"
#include "util/timestamps.h"

#include <QSqlQuery>

namespace Minh::Core {

bool EvidenceRepository::load(const QSqlDatabase &db, QList<EvidenceItem> *items, QString *error)
{
    items->clear();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, code, title, issue_info, issuer, notes, school_years, location, box, "
                                 "criterion_code, created_at FROM evidence_item ORDER BY id"),
                  {}, error)) {
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
        items->append(e);
    }
    QSqlQuery citations(db);
    if (!Sql::run(citations, QStringLiteral("SELECT evidence_item_id, criterion_code FROM evidence_citation"), {}, error)) {
        return false;
    }
    while (citations.next()) {
        for (EvidenceItem &e : *items) {
            if (e.id == citations.value(0).toLongLong()) {
                e.citedBy.append(citations.value(1).toString());
            }
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
                                 "location, box, criterion_code, created_at) VALUES (:code, :title, :issue, :issuer, "
                                 ":notes, :years, :location, :box, :criterion, :created)"),
                  {{"code", item->code},
                   {"title", item->title},
                   {"issue", item->issueInfo},
                   {"issuer", item->issuer},
                   {"notes", item->notes},
                   {"years", item->schoolYears},
                   {"location", item->location},
                   {"box", item->box > 0 ? QVariant(item->box) : QVariant()},
                   {"criterion", item->criterionCode},
                   {"created", item->createdAt}},
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
