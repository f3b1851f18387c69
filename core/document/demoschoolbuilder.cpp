#include "demoschoolbuilder.h"

#include "documentsettings.h"

#include "demoevidencefiles.h"
#include "evidence/evidencecodeformat.h"
#include "schooldocument.h"
#include "schoolfigurecatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace Minh::Core {

namespace {

QString fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return text;
}

QString lowerFirst(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

} // namespace

DemoSchoolBuilder::DemoSchoolBuilder(const Framework &framework)
    : m_framework(framework)
{
    QFile file(QStringLiteral(":/demo/demo-school.json"));
    if (file.open(QIODevice::ReadOnly)) {
        m_content = QJsonDocument::fromJson(file.readAll()).object();
    }
}

QString DemoSchoolBuilder::schoolYear()
{
    // The school year starts in September.
    const QDate today = QDate::currentDate();
    const int start = today.month() >= 9 ? today.year() : today.year() - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

bool DemoSchoolBuilder::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DemoSchoolBuilder::create(const QString &path, SchoolDocument *document)
{
    if (m_content.isEmpty()) {
        return fail(tr("The demo school's content is missing from this build of Minh."));
    }
    const QJsonObject schools = m_content.value(QStringLiteral("schools")).toObject();
    QJsonObject chosen;
    for (const QString &type : m_framework.schoolTypes()) {
        if (schools.contains(type)) {
            chosen = schools.value(type).toObject();
            break;
        }
    }
    if (chosen.isEmpty()) {
        chosen = schools.value(QStringLiteral("THCS")).toObject();
    }
    const QJsonObject s = m_content.value(QStringLiteral("school")).toObject();
    SchoolInfo school{chosen.value(QStringLiteral("name")).toString(),
                      chosen.value(QStringLiteral("type")).toString(),
                      s.value(QStringLiteral("address")).toString(),
                      s.value(QStringLiteral("managing_authority")).toString(),
                      s.value(QStringLiteral("principal")).toString(),
                      s.value(QStringLiteral("phone")).toString(),
                      s.value(QStringLiteral("email")).toString(),
                      s.value(QStringLiteral("website")).toString()};
    if (!m_framework.schoolTypes().contains(school.schoolType) && !m_framework.schoolTypes().isEmpty()) {
        school.schoolType = m_framework.schoolTypes().constFirst();
    }
    if (QFileInfo::exists(path)) {
        return fail(tr("The file “%1” already exists; choose another name.").arg(path));
    }
    // Built under a temporary name and moved into place only when complete: a demo cut short
    // (power cut, killed process) must never be opened later as if it were whole.
    const QString partial = path + QStringLiteral(".%1.part").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!document->create(partial, m_framework, school, schoolYear())) {
        return fail(document->errorString());
    }
    const QString author = document->author();
    document->setAuthor(school.principal);
    const bool built = document->setDurable(false) && fillRecords(document) && fillSchoolData(document)
                       && fillJudgements(document)
                       && fillTexts(document) && document->setDurable(true);
    document->setAuthor(author);
    if (!built) {
        m_error = m_error.isEmpty() ? document->errorString() : m_error;
    }
    document->close();
    if (!built || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(built ? tr("The file “%1” could not be created.").arg(path) : m_error);
    }
    if (!document->open(path)) {
        return fail(document->errorString());
    }
    return true;
}

bool DemoSchoolBuilder::fillJudgements(SchoolDocument *document)
{
    // A realistic mix: every Mức 1 indicator met; at Mức 2 every fifth criterion falls short; at
    // Mức 3 a third are met, a third not met and a third not yet judged.
    QList<QPair<IndicatorRef, Verdict>> verdicts;
    int index = 0;
    for (const Criterion *c : m_framework.criteria()) {
        for (int level = 1; level <= m_framework.maxCriterionLevel(); ++level) {
            const QList<Indicator> indicators = m_framework.indicatorsInForce(*c, level, document->assessment().rulesDate);
            for (qsizetype i = 0; i < indicators.size(); ++i) {
                Verdict verdict = Verdict::Met;
                if (level == 2 && index % 5 == 3 && i == 0) {
                    verdict = Verdict::NotMet;
                } else if (level >= 3) {
                    verdict = index % 3 == 0 ? Verdict::Met : index % 3 == 1 ? Verdict::NotMet : Verdict::NotJudged;
                }
                verdicts.append({IndicatorRef{c->code, level, indicators.at(i).key()}, verdict});
            }
        }
        ++index;
    }
    QList<QPair<int, Verdict>> extra;
    const QList<ExtraRequirement> &requirements = m_framework.extraRequirements().requirements;
    for (qsizetype i = 0; i < requirements.size() && i < 2; ++i) {
        extra.append({requirements.at(i).number, i == 0 ? Verdict::Met : Verdict::NotMet});
    }
    return document->applyJudgements(verdicts, extra) || fail(document->errorString());
}

bool DemoSchoolBuilder::fillTexts(SchoolDocument *document)
{
    const QJsonObject criterionTexts = m_content.value(QStringLiteral("criterion_texts")).toObject();
    const QJsonObject standardTexts = m_content.value(QStringLiteral("standard_texts")).toObject();
    for (const Criterion *c : m_framework.criteria()) {
        QString codes;
        for (const EvidenceItem &e : document->evidence()) {
            if (e.criterionCode == c->code || e.citedBy.contains(c->code)) {
                codes += (codes.isEmpty() ? QString() : QStringLiteral(", ")) + e.code;
            }
        }
        const QHash<QString, QString> values{{QStringLiteral("title"), lowerFirst(c->title)},
                                             {QStringLiteral("code"), codes},
                                             {QStringLiteral("year"), document->assessment().schoolYear}};
        for (const TextField &field : m_framework.regime().criterionFields) {
            const QString text = fill(criterionTexts.value(field.key).toString(), values);
            if (!text.isEmpty() && !document->setCriterionText(c->code, field.key, text)) {
                return fail(document->errorString());
            }
        }
    }
    // The Mức 4 texts of the requirements the demo judged (fillJudgements judges the first two).
    const QJsonObject level4Texts = m_content.value(QStringLiteral("level4_texts")).toObject();
    const QList<ExtraRequirement> &requirements = m_framework.extraRequirements().requirements;
    for (qsizetype i = 0; i < requirements.size() && i < 2; ++i) {
        const QHash<QString, QString> values{{QStringLiteral("number"), QString::number(requirements.at(i).number)}};
        for (const TextField &field : m_framework.regime().criterionFields) {
            const QString text = fill(level4Texts.value(field.key).toString(), values);
            if (!text.isEmpty() && !document->setExtraRequirementText(requirements.at(i).number, field.key, text)) {
                return fail(document->errorString());
            }
        }
    }
    for (const Standard &s : m_framework.standards()) {
        const QHash<QString, QString> values{{QStringLiteral("standard"), QString::number(s.number)},
                                             {QStringLiteral("title_lower"), lowerFirst(s.title)}};
        for (const TextField &field : m_framework.regime().standardFields) {
            const QString text = fill(standardTexts.value(field.key).toString(), values);
            if (!text.isEmpty() && !document->setStandardText(s.number, field.key, text)) {
                return fail(document->errorString());
            }
        }
    }
    return true;
}

bool DemoSchoolBuilder::fillRecords(SchoolDocument *document)
{
    const QList<Standard> &standards = m_framework.standards();
    const QJsonArray council = m_content.value(QStringLiteral("council")).toArray();
    for (qsizetype i = 0; i < council.size(); ++i) {
        const QJsonObject m = council.at(i).toObject();
        CouncilMember member;
        member.fullName = m.value(QStringLiteral("name")).toString();
        member.position = m.value(QStringLiteral("position")).toString();
        member.role = councilRoleFromKey(m.value(QStringLiteral("role")).toString()).value_or(CouncilRole::Member);
        member.duty = m.value(QStringLiteral("duty")).toString();
        // Members from the fourth on each lead the working group of one standard.
        if (i >= 3 && i - 3 < standards.size()) {
            const Standard &s = standards.at(i - 3);
            member.workingGroup = QStringLiteral("Nhóm %1").arg(s.number);
            for (const Criterion &c : s.criteria) {
                member.criteria.append(c.code);
            }
        }
        if (!document->addCouncilMember(member)) {
            return fail(document->errorString());
        }
    }

    const EvidenceCodeFormat format(m_framework.regime().evidence.codeFormat);
    const QJsonArray titles = m_content.value(QStringLiteral("evidence_titles")).toArray();
    const QString year = document->assessment().schoolYear;
    const QList<const Criterion *> criteria = m_framework.criteria();
    QTemporaryDir files;
    if (!files.isValid()) {
        return fail(tr("A temporary folder for the demo's files cannot be created."));
    }
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion *c = criteria.at(i);
        const QJsonArray entry = titles.at(i % titles.size()).toArray();
        EvidenceItem item;
        item.criterionCode = c->code;
        item.box = c->standardNumber;
        item.sequence = 1;
        item.code = format.code(item.box, c->code, item.sequence);
        item.title = entry.at(0).toString();
        item.issuer = entry.at(1).toString();
        item.issueInfo = QStringLiteral("Số %1/QĐ-TrH, ngày 15/9/%2").arg(40 + i).arg(year.left(4));
        item.schoolYears = year;
        item.location = QStringLiteral("Hộp %1").arg(item.box);
        // Every fourth item is reused by the next criterion, as councils do with plans and minutes.
        if (i % 4 == 0 && i + 1 < criteria.size()) {
            item.citedBy.append(criteria.at(i + 1)->code);
        }
        // The first item of each kind of document has a real file; later ones are kept on paper.
        QStringList paths;
        if (i < titles.size()) {
            const QString path = DemoEvidenceFiles::write(files.path(), entry.at(2).toString(), item.title, item.issuer,
                                                          document->school().name, year);
            if (!path.isEmpty()) {
                paths.append(path);
            }
        }
        if (!document->addEvidence(item, paths)) {
            return fail(document->errorString());
        }
    }

    const QJsonObject plan = m_content.value(QStringLiteral("plan")).toObject();
    const QString start = year.left(4);
    const QString end = year.right(4);
    for (const Standard &s : standards) {
        const QHash<QString, QString> values{{QStringLiteral("standard"), QString::number(s.number)},
                                             {QStringLiteral("start"), start},
                                             {QStringLiteral("end"), end}};
        PlanItem item;
        item.standardNumber = s.number;
        item.criterionCode = s.criteria.constFirst().code;
        item.content = s.title;
        item.goal = fill(plan.value(QStringLiteral("goal")).toString(), values);
        item.actions = fill(plan.value(QStringLiteral("actions")).toString(), values);
        item.successIndicators = fill(plan.value(QStringLiteral("success_indicators")).toString(), values);
        item.timeline = fill(plan.value(QStringLiteral("timeline")).toString(), values);
        item.owner = fill(plan.value(QStringLiteral("owner")).toString(), values);
        item.resources = fill(plan.value(QStringLiteral("resources")).toString(), values);
        item.expectedEvidence = fill(plan.value(QStringLiteral("expected_evidence")).toString(), values);
        item.progress = fill(plan.value(QStringLiteral("progress")).toString(), values);
        // Deadlines spread over the school year (mid-November, then every two months), so the
        // plan shows overdue actions for part of the year as a real one would.
        item.deadline = QDate(start.toInt(), 11, 15).addMonths(2 * (s.number - 1));
        if (!document->addPlanItem(item)) {
            return fail(document->errorString());
        }
    }
    return true;
}

bool DemoSchoolBuilder::fillSchoolData(SchoolDocument *document)
{
    const QJsonObject data = m_content.value(QStringLiteral("school_data")).toObject();
    const QString type = document->school().schoolType;
    const QJsonObject figures = data.value(QStringLiteral("figures")).toObject().value(type).toObject();
    const QStringList years = document->dataSchoolYears();
    for (const SchoolFigureSection &section : SchoolFigureCatalog::sections(type)) {
        for (const SchoolFigureRow &row : section.rows) {
            const QJsonValue value = figures.value(row.key);
            for (qsizetype i = 0; i < years.size(); ++i) {
                QString text = value.toString();
                if (value.isDouble()) {
                    // The school was a little smaller in earlier years: 2% fewer pupils a year.
                    const int back = int(years.size() - 1 - i);
                    const double scale = row.key.startsWith(QLatin1String("pupils.")) ? 1.0 - 0.02 * back : 1.0;
                    text = QString::number(qRound(value.toDouble() * scale));
                }
                if (!text.isEmpty() && !document->setSchoolFigure(years.at(i), row.key, text)) {
                    return fail(document->errorString());
                }
            }
        }
    }
    const QString year = document->assessment().schoolYear;
    const QHash<QString, QString> values{{QStringLiteral("start"), year.left(4)}, {QStringLiteral("end"), year.right(4)}};
    const QJsonObject documents = data.value(QStringLiteral("documents")).toObject();
    for (auto doc = documents.constBegin(); doc != documents.constEnd(); ++doc) {
        const QJsonObject settings = doc.value().toObject();
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
            // The demo carries the report texts of every regime; each framework takes its own.
            if (!DocumentSettings::isKnown(doc.key(), it.key(), m_framework)) {
                continue;
            }
            if (!document->setDocumentSetting(doc.key(), it.key(), fill(it.value().toString(), values))) {
                return fail(document->errorString());
            }
        }
    }
    // One activity a week from 10 September; longer activities span the weeks their period names.
    QDate start(year.left(4).toInt(), 9, 10);
    const QJsonArray activities = data.value(QStringLiteral("activities")).toArray();
    for (const QJsonValue &value : activities) {
        const QJsonObject a = value.toObject();
        PlanActivity activity;
        activity.period = a.value(QStringLiteral("period")).toString();
        activity.activity = a.value(QStringLiteral("activity")).toString();
        activity.owner = a.value(QStringLiteral("owner")).toString();
        const QStringList weeks = activity.period.section(QLatin1Char(' '), 1).split(QLatin1Char('-'));
        const int length = weeks.size() == 2 ? weeks.at(1).toInt() - weeks.at(0).toInt() + 1 : 1;
        activity.startsOn = start;
        activity.endsOn = start.addDays(7 * length - 3);
        start = start.addDays(7 * length);
        if (!document->addPlanActivity(&activity)) {
            return fail(document->errorString());
        }
    }
    return true;
}

} // namespace Minh::Core
