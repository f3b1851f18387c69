#include "syntheticschool.h"
#include "syntheticfiles.h"

#include "document/schooldocument.h"
#include "framework/frameworkcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Minh::Core;

namespace {

// Council prose: long enough to look like a real report, with the codes it cites.
QString paragraph(const QString &criterion, const QString &field, const QStringList &codes, QRandomGenerator *random)
{
    static const QStringList sentences = {
        QStringLiteral("Nhà trường đã xây dựng kế hoạch giáo dục phù hợp với điều kiện thực tế của địa phương."),
        QStringLiteral("Hằng năm, hội đồng trường rà soát, bổ sung và điều chỉnh các văn bản theo quy định."),
        QStringLiteral("Cán bộ, giáo viên, nhân viên được phân công nhiệm vụ rõ ràng, thực hiện nghiêm túc."),
        QStringLiteral("Kết quả được công khai trên trang thông tin điện tử và niêm yết tại bảng tin của trường."),
        QStringLiteral("Tuy nhiên, việc lưu trữ hồ sơ ở một số tổ chuyên môn còn chưa khoa học, cần khắc phục."),
    };
    QString text = QStringLiteral("Tiêu chí %1, %2: ").arg(criterion, field);
    const int count = 4 + int(random->bounded(8));
    for (int i = 0; i < count; ++i) {
        text += sentences.at(int(random->bounded(int(sentences.size())))) + QLatin1Char(' ');
        if (!codes.isEmpty() && random->bounded(2) == 0) {
            text += codes.at(int(random->bounded(int(codes.size())))) + QLatin1Char(' ');
        }
    }
    return text.trimmed();
}

} // namespace

bool SyntheticSchool::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SyntheticSchool::create(const QString &path, const Spec &spec)
{
    QTextStream progress(stderr);
    FrameworkCatalog catalog(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral(".minh-synth-frameworks")));
    const FrameworkCatalog::Entry *entry = catalog.find(spec.frameworkId);
    if (!entry) {
        return fail(QStringLiteral("unknown framework %1").arg(spec.frameworkId));
    }
    SchoolInfo info;
    info.name = QStringLiteral("Trường tổng hợp %1 minh chứng").arg(spec.items);
    info.schoolType = entry->framework.schoolTypes().value(0);
    SchoolDocument document;
    // Generation only: a file that fails half-way is thrown away, so durability is not needed.
    if (!document.create(path, entry->framework, info, QStringLiteral("2025-2026")) || !document.setDurable(false)) {
        return fail(document.errorString());
    }
    const QList<const Criterion *> criteria = document.framework().criteria();
    QRandomGenerator random(spec.seed);
    SyntheticFiles files(spec.seed + 1);

    // Sizes first, scaled so that they add up to the size asked for, keeping the mix's shape.
    QList<QPair<SyntheticFiles::Kind, qint64>> drawn;
    double sum = 0;
    for (int i = 0; i < spec.items; ++i) {
        const SyntheticFiles::Kind kind = files.nextKind();
        drawn.append({kind, files.nextSize(kind)});
        sum += double(drawn.last().second);
    }
    const double scale = sum > 0 ? double(spec.bytes) / sum : 0;
    Q_ASSERT(drawn.size() == spec.items);

    QTemporaryDir scratch(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral(".minh-synth-XXXXXX")));
    QHash<QString, QStringList> codesByCriterion;
    for (int i = 0; i < spec.items; ++i) {
        const Criterion *criterion = criteria.at(i % criteria.size());
        EvidenceItem item;
        item.criterionCode = criterion->code;
        item.title = QStringLiteral("Văn bản minh chứng số %1 của tiêu chí %2").arg(i + 1).arg(criterion->code);
        item.issueInfo = QStringLiteral("Số %1/QĐ-THCS, ngày %2/9/2025").arg(i + 1).arg(1 + i % 28);
        item.issuer = QStringLiteral("Hiệu trưởng");
        item.schoolYears = QStringLiteral("2025-2026");
        QStringList paths;
        const qint64 size = qint64(double(drawn.at(i).second) * scale);
        if (size > 0) {
            const QString file = scratch.filePath(QStringLiteral("minh-chung-%1.%2").arg(i + 1).arg(SyntheticFiles::extension(drawn.at(i).first)));
            if (!files.write(file, drawn.at(i).first, size)) {
                return fail(QStringLiteral("cannot write %1").arg(file));
            }
            paths.append(file);
        }
        if (!document.addEvidence(item, paths)) {
            return fail(document.errorString());
        }
        for (const QString &file : std::as_const(paths)) {
            m_bytes += QFileInfo(file).size();
            ++m_files;
            QFile::remove(file);
        }
        codesByCriterion[criterion->code].append(document.evidence().last().code);
        if ((i + 1) % 100 == 0) {
            progress << QStringLiteral("%1/%2 items, %3 MiB\n").arg(i + 1).arg(spec.items).arg(m_bytes >> 20);
            progress.flush();
        }
    }

    QList<QPair<IndicatorRef, Verdict>> verdicts;
    for (const Criterion *criterion : criteria) {
        for (int level = 1; level <= criterion->levels.size(); ++level) {
            for (const Indicator &indicator : criterion->indicators(level)) {
                if (!indicator.repealedBy.isEmpty()) {
                    continue; // repealed by an amendment: not judged (SchoolDocument refuses it)
                }
                verdicts.append({{criterion->code, level, indicator.key()},
                                 level == 1 || random.bounded(4) != 0 ? Verdict::Met : Verdict::NotMet});
            }
        }
        for (const TextField &field : document.framework().regime().criterionFields) {
            if (!document.setCriterionText(criterion->code, field.key,
                                           paragraph(criterion->code, field.title, codesByCriterion.value(criterion->code), &random))) {
                return fail(document.errorString());
            }
        }
        PlanItem plan;
        plan.criterionCode = criterion->code;
        plan.content = QStringLiteral("Tiếp tục duy trì và nâng cao chất lượng tiêu chí %1").arg(criterion->code);
        plan.timeline = QStringLiteral("Năm học 2026-2027");
        if (!document.addPlanItem(plan)) {
            return fail(document.errorString());
        }
    }
    for (const Standard &standard : document.framework().standards()) {
        for (const TextField &field : document.framework().regime().standardFields) {
            if (!document.setStandardText(standard.number, field.key,
                                          paragraph(QString::number(standard.number), field.title, {}, &random))) {
                return fail(document.errorString());
            }
        }
    }
    for (int m = 0; m < 12; ++m) {
        CouncilMember member;
        member.fullName = QStringLiteral("Thành viên %1").arg(m + 1);
        member.position = m == 0 ? QStringLiteral("Hiệu trưởng") : QStringLiteral("Giáo viên");
        member.role = m == 0 ? CouncilRole::Chair : CouncilRole::Member;
        for (qsizetype c = m; c < criteria.size(); c += 12) {
            member.criteria.append(criteria.at(c)->code);
        }
        if (!document.addCouncilMember(member)) {
            return fail(document.errorString());
        }
    }
    if (!document.applyJudgements(verdicts, {}) || !document.setDurable(true)) {
        return fail(document.errorString());
    }
    document.close();
    return checkCreated(path, spec);
}

// Reads the school back as the benchmarks will: a generator that silently made less than asked
// would make every figure measured on it wrong.
bool SyntheticSchool::checkCreated(const QString &path, const Spec &spec)
{
    SchoolDocument document;
    if (!document.open(path, SchoolFile::Access::ReadOnly)) {
        return fail(document.errorString());
    }
    qint64 files = 0;
    for (const EvidenceItem &item : document.evidence()) {
        files += item.files.size();
    }
    if (document.evidence().size() != spec.items || files != m_files) {
        return fail(QStringLiteral("%1 holds %2 items and %3 files, not the %4 and %5 written")
                        .arg(path)
                        .arg(document.evidence().size())
                        .arg(files)
                        .arg(spec.items)
                        .arg(m_files));
    }
    return true;
}
