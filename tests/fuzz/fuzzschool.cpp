#include "fuzzschool.h"

#include "document/schooldocument.h"
#include "framework/frameworkparser.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Minh::Core;

namespace FuzzSchool {

namespace {

Framework shipped(const QString &id)
{
    QFile file(QStringLiteral(":/frameworks/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing shipped framework %s", qPrintable(id));
    }
    auto parsed = FrameworkParser::parse(file.readAll(), id + QStringLiteral(".json"));
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error()));
    }
    return std::move(parsed).value();
}

bool create(const QString &path, const QString &frameworkId, SchoolDocument *document)
{
    SchoolInfo school;
    school.name = QStringLiteral("Trường Tiểu học Thử Nghiệm");
    school.schoolType = QStringLiteral("TH");
    return document->create(path, shipped(frameworkId), school, QStringLiteral("2025-2026"), QDate(2026, 1, 1))
           && document->setDurable(false);
}

bool fill(SchoolDocument *document, const QString &folder)
{
    const QList<const Criterion *> criteria = document->framework().criteria();
    const Criterion *first = criteria.first();
    QFile evidence(QDir(folder).filePath(QStringLiteral("ke-hoach.txt")));
    if (!evidence.open(QIODevice::WriteOnly) || evidence.write("Kế hoạch năm học 2025-2026\n") < 0) {
        return false;
    }
    evidence.close();
    EvidenceItem item;
    item.criterionCode = first->code;
    item.title = QStringLiteral("Kế hoạch năm học");
    item.issuer = QStringLiteral("Hiệu trưởng");
    CouncilMember member;
    member.fullName = QStringLiteral("Nguyễn Văn An");
    member.criteria = {first->code};
    PlanItem plan;
    plan.criterionCode = first->code;
    plan.content = QStringLiteral("Bồi dưỡng giáo viên");
    if (!document->addEvidence(item, {evidence.fileName()}) || !document->addCouncilMember(member)
        || !document->addPlanItem(plan) || !document->citeEvidence(document->evidence().first().code, criteria.at(1)->code)) {
        return false;
    }
    const QString code = document->evidence().first().code;
    for (const TextField &field : document->framework().regime().criterionFields) {
        if (!document->setCriterionText(first->code, field.key, QStringLiteral("Nhà trường có kế hoạch %1.").arg(code))) {
            return false;
        }
    }
    for (int level = 1; level <= first->levels.size(); ++level) {
        for (const Indicator &indicator : first->indicators(level)) {
            if (!document->setIndicatorVerdict({first->code, level, indicator.key()}, level == 1 ? Verdict::Met : Verdict::NotMet)) {
                return false;
            }
        }
    }
    return true;
}

// Rewrites the file with 1 KiB pages (it is made with 64 KiB ones).
bool shrinkPages(const QString &path)
{
    const QString name = QStringLiteral("fuzz-school-shrink");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        done = db.open() && query.exec(QStringLiteral("PRAGMA page_size = 1024")) && query.exec(QStringLiteral("VACUUM"));
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QByteArray build()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.minh"));
    {
        SchoolDocument document;
        if (!create(path, QStringLiteral("tt57-2026"), &document) || !fill(&document, dir.path())) {
            qFatal("cannot build the fuzz school: %s", qPrintable(document.errorString()));
        }
    }
    if (!shrinkPages(path)) {
        qFatal("cannot shrink the fuzz school's pages");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the fuzz school");
    }
    return file.readAll();
}

} // namespace

const QByteArray &bytes()
{
    static const QByteArray school = build();
    return school;
}

bool create2018(const QString &path)
{
    SchoolDocument document;
    return create(path, QStringLiteral("tt18-2018"), &document);
}

} // namespace FuzzSchool
