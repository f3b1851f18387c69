#include "councilrepository.h"
#include "planrepository.h"
#include "schooldocument.h"
#include "storage/sql.h"
#include "util/text.h"

// The plan and council part of SchoolDocument: rows the workbench adds, edits, removes and moves.
namespace Minh::Core {

namespace {

PlanItem normalized(PlanItem item)
{
    for (QString *text :
         {&item.content, &item.goal, &item.actions, &item.successIndicators, &item.timeline, &item.owner,
          &item.resources, &item.expectedEvidence, &item.progress, &item.followUpSemester1, &item.followUpYearEnd}) {
        *text = Text::nfc(*text);
    }
    return item;
}

CouncilMember normalized(CouncilMember member)
{
    for (QString *text : {&member.fullName, &member.position, &member.duty, &member.workingGroup}) {
        *text = Text::nfc(*text);
    }
    return member;
}

template <typename Item> qsizetype indexOfId(const QList<Item> &list, qint64 id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace

bool SchoolDocument::writeRecords(const std::function<bool(QSqlDatabase &, QString *)> &write)
{
    if (!checkWritable()) {
        return false;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !write(db, &error) || !transaction.commit()) {
        return fail(error.isEmpty() ? transaction.errorString() : error);
    }
    return true;
}

const PlanItem *SchoolDocument::planItem(qint64 id) const
{
    const qsizetype i = indexOfId(m_plan, id);
    return i < 0 ? nullptr : &m_plan.at(i);
}

const CouncilMember *SchoolDocument::councilMember(qint64 id) const
{
    const qsizetype i = indexOfId(m_council, id);
    return i < 0 ? nullptr : &m_council.at(i);
}

bool SchoolDocument::insertPlanItem(PlanItem *item, int row)
{
    PlanItem p = normalized(*item);
    if (!p.criterionCode.isEmpty() && !checkCriteria({p.criterionCode}, p.content)) {
        return false;
    }
    QList<PlanItem> after = m_plan;
    const bool written = writeRecords([&](QSqlDatabase &db, QString *error) {
        if (!PlanRepository::add(db, m_author, &p, error)) {
            return false;
        }
        after.insert(std::clamp<qsizetype>(row, 0, after.size()), p);
        return PlanRepository::writeOrder(db, after, error);
    });
    if (!written) {
        return false;
    }
    m_plan = after;
    *item = p;
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::updatePlanItem(const PlanItem &item)
{
    const qsizetype i = indexOfId(m_plan, item.id);
    if (i < 0) {
        return fail(tr("The plan has no row %1.").arg(item.id));
    }
    const PlanItem p = normalized(item);
    if (!p.criterionCode.isEmpty() && !checkCriteria({p.criterionCode}, p.content)) {
        return false;
    }
    if (!writeRecords([&](QSqlDatabase &db, QString *error) {
            return PlanRepository::update(db, m_author, m_plan.at(i), p, error);
        })) {
        return false;
    }
    m_plan[i] = p;
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::removePlanItem(qint64 id)
{
    const qsizetype i = indexOfId(m_plan, id);
    if (i < 0) {
        return fail(tr("The plan has no row %1.").arg(id));
    }
    if (!writeRecords([&](QSqlDatabase &db, QString *error) {
            return PlanRepository::remove(db, m_author, m_plan.at(i), error);
        })) {
        return false;
    }
    m_plan.removeAt(i);
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::movePlanItem(int from, int to)
{
    if (from < 0 || from >= m_plan.size() || to < 0 || to >= m_plan.size()) {
        return fail(tr("The plan has no row %1.").arg(from < 0 || from >= m_plan.size() ? from + 1 : to + 1));
    }
    QList<PlanItem> after = m_plan;
    after.move(from, to);
    if (!writeRecords([&](QSqlDatabase &db, QString *error) { return PlanRepository::writeOrder(db, after, error); })) {
        return false;
    }
    m_plan = after;
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::insertCouncilMember(CouncilMember *member, int row)
{
    CouncilMember m = normalized(*member);
    if (!checkCriteria(m.criteria, m.fullName)) {
        return false;
    }
    QList<CouncilMember> after = m_council;
    const bool written = writeRecords([&](QSqlDatabase &db, QString *error) {
        if (!CouncilRepository::add(db, m_author, &m, error)) {
            return false;
        }
        after.insert(std::clamp<qsizetype>(row, 0, after.size()), m);
        return CouncilRepository::writeOrder(db, after, error);
    });
    if (!written) {
        return false;
    }
    m_council = after;
    *member = m;
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::updateCouncilMember(const CouncilMember &member)
{
    const qsizetype i = indexOfId(m_council, member.id);
    if (i < 0) {
        return fail(tr("The council has no member %1.").arg(member.id));
    }
    const CouncilMember m = normalized(member);
    if (!checkCriteria(m.criteria, m.fullName)) {
        return false;
    }
    if (!writeRecords([&](QSqlDatabase &db, QString *error) {
            return CouncilRepository::update(db, m_author, m_council.at(i), m, error);
        })) {
        return false;
    }
    m_council[i] = m;
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::removeCouncilMember(qint64 id)
{
    const qsizetype i = indexOfId(m_council, id);
    if (i < 0) {
        return fail(tr("The council has no member %1.").arg(id));
    }
    if (!writeRecords([&](QSqlDatabase &db, QString *error) {
            return CouncilRepository::remove(db, m_author, m_council.at(i), error);
        })) {
        return false;
    }
    m_council.removeAt(i);
    Q_EMIT recordsChanged();
    return true;
}

} // namespace Minh::Core
