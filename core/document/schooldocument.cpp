#include "schooldocument.h"

#include "changelog.h"
#include "councilrepository.h"
#include "evaluation/levelengine.h"
#include "evidence/evidencecodeformat.h"
#include "evidencerepository.h"
#include "framework/frameworkparser.h"
#include "planrepository.h"
#include "storage/sql.h"
#include "texttables.h"
#include "util/text.h"
#include "util/timestamps.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace Minh::Core {

namespace {

QString textKey(const QString &owner, const QString &field)
{
    return owner + QLatin1Char('\n') + field;
}

QVariant verdictValue(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return 1;
    case Verdict::NotMet:
        return 0;
    case Verdict::NotJudged:
        break;
    }
    return {};
}

bool hasField(const QList<TextField> &fields, const QString &key)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&](const TextField &f) { return f.key == key; });
}

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

} // namespace

SchoolDocument::SchoolDocument(QObject *parent)
    : QObject(parent)
    , m_author(defaultAuthor())
{
    connect(&m_recoveryWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QFuture<QString> copy = m_recoveryWatcher.future();
        Q_EMIT recoveryFinished(m_recoveryTarget, copy.resultCount() > 0 ? copy.result() : QString());
    });
}

SchoolDocument::~SchoolDocument() = default;

bool SchoolDocument::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SchoolDocument::failWrite(const QString &error)
{
    const QString message = m_file.explainWriteFailure(error);
    if (m_file.isRecoveryPending()) {
        // From the event loop: the failed write's Transaction, still on the stack, must first let
        // go of the connection that the copy then has to itself.
        QMetaObject::invokeMethod(this, &SchoolDocument::startRecoveryCopy, Qt::QueuedConnection);
    }
    return fail(message);
}

void SchoolDocument::startRecoveryCopy()
{
    if (!m_file.isRecoveryPending()) {
        return; // already started (several edits failed before the event loop ran), or closed
    }
    m_recoveryTarget = m_file.recoveryPath();
    m_recoveryWatcher.setFuture(m_file.startRecoveryCopy());
    Q_EMIT recoveryStarted(m_recoveryTarget);
}

void SchoolDocument::close()
{
    m_undoStack.clear();
    m_file.close();
    m_framework.reset();
    m_judgements = {};
    m_criterionTexts.clear();
    m_standardTexts.clear();
    m_extraRequirementTexts.clear();
    m_council.clear();
    m_plan.clear();
    m_evidence.clear();
    m_evidenceIdByCode.clear();
    m_schoolFigures.clear();
    m_documentSettings.clear();
    m_planActivities.clear();
}

bool SchoolDocument::open(const QString &path, SchoolFile::Access access)
{
    close();
    if (!m_file.open(path, access)) {
        return fail(m_file.errorString());
    }
    if (!load()) {
        m_file.close();
        m_framework.reset();
        return false;
    }
    return true;
}

bool SchoolDocument::create(const QString &path, const Framework &framework, const SchoolInfo &school,
                            const QString &schoolYear, QDate rulesDate)
{
    close();
    const auto fill = [&](QSqlDatabase &db, QString *error) {
        QSqlQuery query(db);
        const QString now = Timestamps::nowUtc();
        return Sql::run(query,
                        QStringLiteral("INSERT INTO framework_copy (id, framework_id, source, sha256, stored_at) "
                                       "VALUES (1, :id, :source, :sha, :at)"),
                        {{"id", framework.id()},
                         {"source", QString::fromUtf8(framework.source())},
                         {"sha", framework.sha256()},
                         {"at", now}},
                        error)
               && Sql::run(query,
                           QStringLiteral("INSERT INTO school (id, name, school_type, address, managing_authority, "
                                          "principal, phone, email, website) VALUES (1, :name, :type, :address, "
                                          ":authority, :principal, :phone, :email, :website)"),
                           {{"name", Text::nfc(school.name)},
                            {"type", Text::nfc(school.schoolType)},
                            {"address", Text::nfc(school.address)},
                            {"authority", Text::nfc(school.managingAuthority)},
                            {"principal", Text::nfc(school.principal)},
                            {"phone", school.phone},
                            {"email", school.email},
                            {"website", school.website}},
                           error)
               && Sql::run(query,
                           QStringLiteral("INSERT INTO assessment (id, school_year, rules_date, created_at) "
                                          "VALUES (1, :year, :rules, :at)"),
                           {{"year", schoolYear}, {"rules", rulesDate.toString(Qt::ISODate)}, {"at", now}}, error)
               && ChangeLog::record(db, m_author,
                                    {QStringLiteral("assessment"), QStringLiteral("1"), QString(), {}, framework.id()},
                                    error);
    };
    if (!m_file.create(path, fill)) {
        return fail(m_file.errorString());
    }
    return load();
}

bool SchoolDocument::load()
{
    const QSqlDatabase db = m_file.database();
    const QString fileName = m_file.path();
    QString error;
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("SELECT framework_id, source FROM framework_copy WHERE id = 1"), {}, &error)
        || !query.next()) {
        return fail(tr("The school file “%1” is damaged: it has no framework.").arg(fileName));
    }
    auto framework = FrameworkParser::parse(query.value(1).toString().toUtf8(), fileName);
    if (!framework) {
        return fail(tr("The school file “%1” holds a framework that cannot be read. %2").arg(fileName, framework.error()));
    }
    m_framework = std::move(framework).value();

    if (!Sql::run(query,
                  QStringLiteral("SELECT name, school_type, address, managing_authority, principal, phone, email, "
                                 "website FROM school WHERE id = 1"),
                  {}, &error)
        || !query.next()) {
        return fail(tr("The school file “%1” is damaged: it has no school.").arg(fileName));
    }
    m_school = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toString()};

    if (!Sql::run(query, QStringLiteral("SELECT school_year, rules_date, created_at FROM assessment WHERE id = 1"), {}, &error)
        || !query.next()) {
        return fail(tr("The school file “%1” is damaged: it has no assessment.").arg(fileName));
    }
    m_assessment = {query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
                    query.value(2).toString()};
    if (!m_assessment.rulesDate.isValid()) {
        return fail(tr("The school file “%1” is damaged: the assessment has no valid rules date.").arg(fileName));
    }

    if (!Sql::run(query, QStringLiteral("SELECT criterion_code, level, indicator_key, met FROM indicator_judgement"), {},
                  &error)) {
        return fail(tr("The school file “%1” is damaged. %2").arg(fileName, error));
    }
    while (query.next()) {
        m_judgements.setIndicator({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString()},
                                  query.value(3).toInt() == 1 ? Verdict::Met : Verdict::NotMet);
    }
    if (!Sql::run(query, QStringLiteral("SELECT requirement_number, met FROM extra_requirement_judgement"), {}, &error)) {
        return fail(tr("The school file “%1” is damaged. %2").arg(fileName, error));
    }
    while (query.next()) {
        m_judgements.setExtraRequirement(query.value(0).toInt(), query.value(1).toInt() == 1 ? Verdict::Met : Verdict::NotMet);
    }
    // Table and column names come from texttables.h, never from the user.
    for (const TextTable &source : TextTables) {
        if (!Sql::run(query, QStringLiteral("SELECT %1, field, content FROM %2").arg(source.ownerColumn, source.table), {}, &error)) {
            return fail(tr("The school file “%1” is damaged. %2").arg(fileName, error));
        }
        QHash<QString, QString> *texts = textCache(source.table);
        while (query.next()) {
            texts->insert(textKey(query.value(0).toString(), query.value(1).toString()), query.value(2).toString());
        }
    }
    if (!CouncilRepository::load(db, &m_council, &error) || !PlanRepository::load(db, &m_plan, &error)
        || !EvidenceRepository::load(db, &m_evidence, &error)) {
        return fail(tr("The school file “%1” is damaged. %2").arg(fileName, error));
    }
    indexEvidence();
    return loadSchoolData();
}

QString SchoolDocument::criterionText(const QString &criterion, const QString &field) const
{
    return m_criterionTexts.value(textKey(criterion, field));
}

QString SchoolDocument::standardText(int standard, const QString &field) const
{
    return m_standardTexts.value(textKey(QString::number(standard), field));
}

QHash<QString, QString> *SchoolDocument::textCache(QLatin1String table)
{
    if (table == QLatin1String("standard_text")) {
        return &m_standardTexts;
    }
    if (table == QLatin1String("extra_requirement_text")) {
        return &m_extraRequirementTexts;
    }
    return &m_criterionTexts;
}

QString SchoolDocument::extraRequirementText(int requirement, const QString &field) const
{
    return m_extraRequirementTexts.value(textKey(QString::number(requirement), field));
}

Evaluation SchoolDocument::evaluate() const
{
    return evaluate(m_judgements);
}

Evaluation SchoolDocument::evaluate(const JudgementSet &whatIf) const
{
    return LevelEngine(*m_framework).evaluate(whatIf, m_assessment.rulesDate);
}

bool SchoolDocument::isJudgeable(const IndicatorRef &ref, QString *error) const
{
    const Criterion *criterion = m_framework->criterion(ref.criterion);
    const Indicator *indicator = criterion ? criterion->indicator(ref.level, ref.key) : nullptr;
    if (!indicator) {
        *error = tr("The framework %1 has no indicator “%2”.").arg(m_framework->circular(), ref.toString());
        return false;
    }
    if (!m_framework->isInForce(*indicator, m_assessment.rulesDate)) {
        *error = tr("The indicator “%1” was repealed by %2 (%3) and is not judged.")
                     .arg(ref.toString(), indicator->repealedBy, indicator->repealedProvision);
        return false;
    }
    return true;
}

bool SchoolDocument::checkWritable()
{
    if (!isOpen()) {
        return fail(tr("No school file is open."));
    }
    if (m_file.isRecovering()) {
        return failWrite({});
    }
    if (m_file.isReadOnly()) {
        return fail(m_file.readOnlyReason().isEmpty() ? tr("The school file is open read-only.") : m_file.readOnlyReason());
    }
    return true;
}

bool SchoolDocument::writeIndicatorVerdict(QSqlDatabase &db, const IndicatorRef &ref, Verdict verdict,
                                           JudgementSet *pending, bool checkJudgeable)
{
    QString error;
    if (checkJudgeable && !isJudgeable(ref, &error)) {
        return fail(error);
    }
    const Verdict old = pending->indicator(ref);
    QSqlQuery query(db);
    const bool written =
        verdict == Verdict::NotJudged
            ? Sql::run(query,
                       QStringLiteral("DELETE FROM indicator_judgement WHERE criterion_code = :c AND level = :l "
                                      "AND indicator_key = :k"),
                       {{"c", ref.criterion}, {"l", ref.level}, {"k", ref.key}}, &error)
            : Sql::run(query,
                       QStringLiteral("INSERT INTO indicator_judgement (criterion_code, level, indicator_key, met, "
                                      "judged_at) VALUES (:c, :l, :k, :met, :at) ON CONFLICT DO UPDATE SET "
                                      "met = excluded.met, judged_at = excluded.judged_at"),
                       {{"c", ref.criterion}, {"l", ref.level}, {"k", ref.key}, {"met", verdictValue(verdict)},
                        {"at", Timestamps::nowUtc()}},
                       &error);
    if (!written || !ChangeLog::record(db, m_author,
                                       {QStringLiteral("indicator_judgement"), ref.toString(), QStringLiteral("met"),
                                        verdictValue(old), verdictValue(verdict)},
                                       &error)) {
        return failWrite(error);
    }
    pending->setIndicator(ref, verdict);
    return true;
}

bool SchoolDocument::writeExtraVerdict(QSqlDatabase &db, int number, Verdict verdict, JudgementSet *pending)
{
    QString error;
    if (!m_framework->extraRequirements().contains(number)) {
        return fail(tr("The framework %1 has no requirement %2 for Mức %3.")
                        .arg(m_framework->circular())
                        .arg(number)
                        .arg(m_framework->extraRequirements().level));
    }
    const Verdict old = pending->extraRequirement(number);
    QSqlQuery query(db);
    const bool written =
        verdict == Verdict::NotJudged
            ? Sql::run(query, QStringLiteral("DELETE FROM extra_requirement_judgement WHERE requirement_number = :n"),
                       {{"n", number}}, &error)
            : Sql::run(query,
                       QStringLiteral("INSERT INTO extra_requirement_judgement (requirement_number, met, judged_at) "
                                      "VALUES (:n, :met, :at) ON CONFLICT DO UPDATE SET met = excluded.met, "
                                      "judged_at = excluded.judged_at"),
                       {{"n", number}, {"met", verdictValue(verdict)}, {"at", Timestamps::nowUtc()}}, &error);
    if (!written || !ChangeLog::record(db, m_author,
                                       {QStringLiteral("extra_requirement_judgement"), QString::number(number),
                                        QStringLiteral("met"), verdictValue(old), verdictValue(verdict)},
                                       &error)) {
        return failWrite(error);
    }
    pending->setExtraRequirement(number, verdict);
    return true;
}

bool SchoolDocument::setIndicatorVerdict(const IndicatorRef &ref, Verdict verdict)
{
    return applyJudgements({{ref, verdict}}, {});
}

bool SchoolDocument::setExtraRequirementVerdict(int number, Verdict verdict)
{
    return applyJudgements({}, {{number, verdict}});
}

bool SchoolDocument::applyJudgements(const QList<QPair<IndicatorRef, Verdict>> &indicators,
                                     const QList<QPair<int, Verdict>> &extraRequirements)
{
    if (!checkWritable()) {
        return false;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failWrite(transaction.errorString());
    }
    // Old values in the change log come from `pending`, so an indicator named twice in one batch
    // is logged as the sequence of changes it really is.
    JudgementSet pending = m_judgements;
    for (const auto &[ref, verdict] : indicators) {
        if (!writeIndicatorVerdict(db, ref, verdict, &pending)) {
            return false;
        }
    }
    for (const auto &[number, verdict] : extraRequirements) {
        if (!writeExtraVerdict(db, number, verdict, &pending)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        return failWrite(transaction.errorString());
    }
    // The in-memory state follows the file only once the file has the change.
    m_judgements = pending;
    Q_EMIT judgementsChanged();
    return true;
}

bool SchoolDocument::writeText(const QString &table, const QString &keyColumn, const QString &key, const QString &field,
                               const QString &text, QHash<QString, QString> *cache)
{
    if (!checkWritable()) {
        return false;
    }
    const QString normalized = Text::nfc(text);
    const QString cacheKey = textKey(key, field);
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    QSqlQuery query(db);
    // Table and column names come from this file, never from the user.
    const bool written =
        transaction.isActive()
        && Sql::run(query,
                    QStringLiteral("INSERT INTO %1 (%2, field, content) VALUES (:key, :field, :content) "
                                   "ON CONFLICT DO UPDATE SET content = excluded.content")
                        .arg(table, keyColumn),
                    {{"key", key}, {"field", field}, {"content", normalized}}, &error)
        && ChangeLog::record(db, m_author, {table, key, field, cache->value(cacheKey), normalized}, &error)
        && transaction.commit();
    if (!written) {
        return failWrite(error.isEmpty() ? transaction.errorString() : error);
    }
    cache->insert(cacheKey, normalized);
    Q_EMIT textsChanged();
    return true;
}

bool SchoolDocument::setCriterionText(const QString &criterion, const QString &field, const QString &text)
{
    if (isOpen() && !m_framework->criterion(criterion)) {
        return fail(tr("The framework %1 has no criterion “%2”.").arg(m_framework->circular(), criterion));
    }
    if (isOpen() && !hasField(m_framework->regime().criterionFields, field)) {
        return fail(tr("Criteria under %1 have no text “%2”.").arg(m_framework->circular(), field));
    }
    return writeText(QStringLiteral("criterion_text"), QStringLiteral("criterion_code"), criterion, field, text,
                     &m_criterionTexts);
}

bool SchoolDocument::setStandardText(int standard, const QString &field, const QString &text)
{
    if (isOpen() && !m_framework->standard(standard)) {
        return fail(tr("The framework %1 has no standard %2.").arg(m_framework->circular()).arg(standard));
    }
    if (isOpen() && !hasField(m_framework->regime().standardFields, field)) {
        return fail(tr("Standards under %1 have no text “%2”.").arg(m_framework->circular(), field));
    }
    return writeText(QStringLiteral("standard_text"), QStringLiteral("standard_number"), QString::number(standard), field,
                     text, &m_standardTexts);
}

bool SchoolDocument::setExtraRequirementText(int requirement, const QString &field, const QString &text)
{
    if (isOpen() && !m_framework->extraRequirements().contains(requirement)) {
        return fail(tr("The framework %1 has no Mức 4 requirement %2.").arg(m_framework->circular()).arg(requirement));
    }
    if (isOpen() && !hasField(m_framework->regime().criterionFields, field)) {
        return fail(tr("Criteria under %1 have no text “%2”.").arg(m_framework->circular(), field));
    }
    return writeText(QStringLiteral("extra_requirement_text"), QStringLiteral("requirement_number"), QString::number(requirement),
                     field, text, &m_extraRequirementTexts);
}

bool SchoolDocument::setSchoolInfo(const SchoolInfo &school)
{
    if (!checkWritable()) {
        return false;
    }
    const SchoolInfo s{Text::nfc(school.name), Text::nfc(school.schoolType), Text::nfc(school.address),
                       Text::nfc(school.managingAuthority), Text::nfc(school.principal), Text::nfc(school.phone),
                       Text::nfc(school.email), Text::nfc(school.website)};
    const QList<std::tuple<QString, QString, QString>> fields{
        {QStringLiteral("name"), m_school.name, s.name},
        {QStringLiteral("school_type"), m_school.schoolType, s.schoolType},
        {QStringLiteral("address"), m_school.address, s.address},
        {QStringLiteral("managing_authority"), m_school.managingAuthority, s.managingAuthority},
        {QStringLiteral("principal"), m_school.principal, s.principal},
        {QStringLiteral("phone"), m_school.phone, s.phone},
        {QStringLiteral("email"), m_school.email, s.email},
        {QStringLiteral("website"), m_school.website, s.website}};
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    QSqlQuery query(db);
    bool written = transaction.isActive()
                   && Sql::run(query,
                               QStringLiteral("UPDATE school SET name = :name, school_type = :school_type, address = "
                                              ":address, managing_authority = :managing_authority, principal = "
                                              ":principal, phone = :phone, email = :email, website = :website WHERE id = 1"),
                               {{"name", s.name},
                                {"school_type", s.schoolType},
                                {"address", s.address},
                                {"managing_authority", s.managingAuthority},
                                {"principal", s.principal},
                                {"phone", s.phone},
                                {"email", s.email},
                                {"website", s.website}},
                               &error);
    // One change-log row per field that really changed.
    for (const auto &[field, before, after] : fields) {
        if (written && before != after) {
            written = ChangeLog::record(db, m_author, {QStringLiteral("school"), QStringLiteral("1"), field, before, after}, &error);
        }
    }
    if (!written || !transaction.commit()) {
        return failWrite(error.isEmpty() ? transaction.errorString() : error);
    }
    m_school = s;
    Q_EMIT schoolChanged();
    return true;
}

bool SchoolDocument::replaceFramework(const Framework &newer, const QStringList &cleared)
{
    if (!checkWritable() || !writeFramework(newer, cleared)) {
        return false;
    }
    // Reopening reloads everything under the new framework; the write's queries are gone by now,
    // so the connection can be closed cleanly.
    if (!open(m_file.path())) {
        return false;
    }
    Q_EMIT judgementsChanged();
    return true;
}

bool SchoolDocument::writeFramework(const Framework &newer, const QStringList &cleared)
{
    m_error.clear();
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    QSqlQuery query(db);
    bool written = transaction.isActive()
                   && Sql::run(query,
                               QStringLiteral("UPDATE framework_copy SET source = :source, sha256 = :sha, stored_at = :at "
                                              "WHERE id = 1"),
                               {{"source", QString::fromUtf8(newer.source())},
                                {"sha", newer.sha256()},
                                {"at", Timestamps::nowUtc()}},
                               &error)
                   && ChangeLog::record(db, m_author,
                                        {QStringLiteral("framework_copy"), newer.id(), QStringLiteral("sha256"),
                                         m_framework->sha256(), newer.sha256()},
                                        &error);
    JudgementSet pending = m_judgements;
    for (const QString &ref : cleared) {
        if (!written) {
            break;
        }
        const auto indicator = IndicatorRef::parse(ref);
        // Clearing goes through even for an indicator no longer in force: its old verdict must go.
        written = indicator ? writeIndicatorVerdict(db, *indicator, Verdict::NotJudged, &pending, false)
                            : writeExtraVerdict(db, ref.section(QLatin1Char('/'), 1).toInt(), Verdict::NotJudged, &pending);
    }
    if (!written || !transaction.commit()) {
        return failWrite(error.isEmpty() ? (m_error.isEmpty() ? transaction.errorString() : m_error) : error);
    }
    return true;
}

template<typename Item, typename Add>
bool SchoolDocument::addRecord(Item &item, Add add, QList<Item> *list)
{
    if (!checkWritable()) {
        return false;
    }
    QSqlDatabase db = m_file.database();
    Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !add(db, m_author, &item, &error) || !transaction.commit()) {
        return failWrite(error.isEmpty() ? transaction.errorString() : error);
    }
    list->append(item);
    Q_EMIT recordsChanged();
    return true;
}

bool SchoolDocument::checkCriteria(const QStringList &codes, const QString &what)
{
    for (const QString &code : codes) {
        if (!m_framework || !m_framework->criterion(code)) {
            return fail(tr("There is no criterion “%1” for %2.").arg(code, what));
        }
    }
    return true;
}

bool SchoolDocument::addCouncilMember(CouncilMember member)
{
    for (QString *text : {&member.fullName, &member.position, &member.duty, &member.workingGroup}) {
        *text = Text::nfc(*text);
    }
    if (!checkCriteria(member.criteria, member.fullName)) {
        return false;
    }
    return addRecord(member, &CouncilRepository::add, &m_council);
}

bool SchoolDocument::addPlanItem(PlanItem item)
{
    for (QString *text : {&item.content, &item.goal, &item.actions, &item.successIndicators, &item.timeline, &item.owner,
                          &item.resources, &item.expectedEvidence, &item.progress}) {
        *text = Text::nfc(*text);
    }
    if (!item.criterionCode.isEmpty() && !checkCriteria({item.criterionCode}, item.content)) {
        return false;
    }
    if (item.standardNumber > 0 && m_framework && !m_framework->standard(item.standardNumber)) {
        return fail(tr("The framework %1 has no standard %2.").arg(m_framework->circular()).arg(item.standardNumber));
    }
    return addRecord(item, &PlanRepository::add, &m_plan);
}

} // namespace Minh::Core
