#include "schooldocument.h"

#include "documentsettings.h"
#include "schooldatarepository.h"
#include "schoolfigurecatalog.h"
#include "storage/sql.h"
#include "util/text.h"

#include <QRegularExpression>

// The school-data part of SchoolDocument: figures per school year, printed-document settings and
// the self-assessment plan's timeline (schema 3).
namespace Minh::Core {

namespace {

// "2025-2026": two consecutive years.
bool isSchoolYear(const QString &year)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(year);
    return match.hasMatch() && match.captured(2).toInt() == match.captured(1).toInt() + 1;
}

} // namespace

bool SchoolDocument::loadSchoolData()
{
    QString error;
    if (!SchoolDataRepository::load(m_file.database(), &m_schoolFigures, &m_documentSettings, &m_planActivities,
                                    &error)) {
        return fail(tr("The school file “%1” is damaged. %2").arg(m_file.path(), error));
    }
    return true;
}

bool SchoolDocument::writeSchoolData(const std::function<bool(QSqlDatabase &db, QString *error)> &write)
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

QStringList SchoolDocument::dataSchoolYears() const
{
    if (!isOpen()) {
        return {};
    }
    // The data tables cover the same school years as the evidence: five in 2018, three in 2026.
    const int count = std::max(1, m_framework->regime().evidence.windowSchoolYears);
    const int last = m_assessment.schoolYear.left(4).toInt();
    QStringList years;
    for (int start = last - count + 1; start <= last; ++start) {
        years.append(QStringLiteral("%1-%2").arg(start).arg(start + 1));
    }
    return years;
}

QString SchoolDocument::schoolFigure(const QString &schoolYear, const QString &figure) const
{
    return m_schoolFigures.value(SchoolDataRepository::key(schoolYear, figure));
}

bool SchoolDocument::setSchoolFigure(const QString &schoolYear, const QString &figure, const QString &value)
{
    if (!isSchoolYear(schoolYear)) {
        return fail(tr("“%1” is not a school year; write it as 2025-2026.").arg(schoolYear));
    }
    if (!SchoolFigureCatalog::isKnown(figure)) {
        return fail(tr("The school data have no figure “%1”.").arg(figure));
    }
    const QString normalized = Text::nfc(value.trimmed());
    const QString key = SchoolDataRepository::key(schoolYear, figure);
    const QString old = m_schoolFigures.value(key);
    if (!writeSchoolData([&](QSqlDatabase &db, QString *error) {
            return SchoolDataRepository::writeFigure(db, m_author, schoolYear, figure, old, normalized, error);
        })) {
        return false;
    }
    if (normalized.isEmpty()) {
        m_schoolFigures.remove(key);
    } else {
        m_schoolFigures.insert(key, normalized);
    }
    Q_EMIT schoolDataChanged();
    return true;
}

QString SchoolDocument::documentSetting(const QString &document, const QString &field) const
{
    return m_documentSettings.value(SchoolDataRepository::key(document, field));
}

bool SchoolDocument::setDocumentSetting(const QString &document, const QString &field, const QString &value)
{
    if (!isOpen() || !DocumentSettings::isKnown(document, field, framework())) {
        return fail(tr("The document “%1” has no setting “%2”.").arg(document, field));
    }
    const QString normalized = Text::nfc(value.trimmed());
    if (field == QLatin1String("issued_on") && !normalized.isEmpty()
        && !QDate::fromString(normalized, Qt::ISODate).isValid()) {
        return fail(tr("“%1” is not a date; write it as 2026-09-15.").arg(normalized));
    }
    if (field == QLatin1String("kind") && !normalized.isEmpty() && !DocumentSettings::kinds().contains(normalized)) {
        return fail(tr("“%1” is not a kind of registration.").arg(normalized));
    }
    const QString key = SchoolDataRepository::key(document, field);
    const QString old = m_documentSettings.value(key);
    if (!writeSchoolData([&](QSqlDatabase &db, QString *error) {
            return SchoolDataRepository::writeSetting(db, m_author, document, field, old, normalized, error);
        })) {
        return false;
    }
    if (normalized.isEmpty()) {
        m_documentSettings.remove(key);
    } else {
        m_documentSettings.insert(key, normalized);
    }
    Q_EMIT schoolDataChanged();
    return true;
}

const PlanActivity *SchoolDocument::planActivity(qint64 id) const
{
    for (const PlanActivity &a : m_planActivities) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

bool SchoolDocument::addPlanActivity(PlanActivity *activity)
{
    for (QString *text : {&activity->period, &activity->activity, &activity->owner}) {
        *text = Text::nfc(text->trimmed());
    }
    if (activity->id > 0 && planActivity(activity->id)) {
        return fail(tr("The plan already has an activity %1.").arg(activity->id));
    }
    PlanActivity written = *activity;
    if (!writeSchoolData([&](QSqlDatabase &db, QString *error) {
            return SchoolDataRepository::writeActivity(db, m_author, &written, true, error);
        })) {
        return false;
    }
    *activity = written;
    // Rows are kept in id order, as they are read back.
    const auto at = std::find_if(m_planActivities.begin(), m_planActivities.end(),
                                 [&](const PlanActivity &a) { return a.id > written.id; });
    m_planActivities.insert(at, written);
    Q_EMIT schoolDataChanged();
    return true;
}

bool SchoolDocument::updatePlanActivity(const PlanActivity &activity)
{
    if (!planActivity(activity.id)) {
        return fail(tr("The plan has no activity %1.").arg(activity.id));
    }
    PlanActivity written = activity;
    for (QString *text : {&written.period, &written.activity, &written.owner}) {
        *text = Text::nfc(text->trimmed());
    }
    if (!writeSchoolData([&](QSqlDatabase &db, QString *error) {
            return SchoolDataRepository::writeActivity(db, m_author, &written, false, error);
        })) {
        return false;
    }
    for (PlanActivity &a : m_planActivities) {
        if (a.id == written.id) {
            a = written;
        }
    }
    Q_EMIT schoolDataChanged();
    return true;
}

bool SchoolDocument::removePlanActivity(qint64 id)
{
    const PlanActivity *activity = planActivity(id);
    if (!activity) {
        return fail(tr("The plan has no activity %1.").arg(id));
    }
    const PlanActivity removed = *activity;
    if (!writeSchoolData([&](QSqlDatabase &db, QString *error) {
            return SchoolDataRepository::removeActivity(db, m_author, removed, error);
        })) {
        return false;
    }
    m_planActivities.removeIf([&](const PlanActivity &a) { return a.id == id; });
    Q_EMIT schoolDataChanged();
    return true;
}

} // namespace Minh::Core
