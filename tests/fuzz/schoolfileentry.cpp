#include "fuzzentries.h"
#include "fuzzschool.h"

#include "document/assessmentjson.h"
#include "document/schooldocument.h"
#include "evidence/evidenceextractor.h"
#include "evidence/evidencehealth.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Minh::Core;

namespace FuzzEntries {

namespace {

// Patch input: one flag byte (bit 0: cut the file, at the 32-bit offset that follows), then
// records of a 32-bit little-endian offset, a length byte and that many bytes written there.
// Offsets wrap around the file, so every mutation lands somewhere in it.
QByteArray patched(const QByteArray &patches)
{
    QByteArray file = FuzzSchool::bytes();
    const auto word = [&](qsizetype at) { return qFromLittleEndian<quint32>(patches.constData() + at); };
    qsizetype at = 1;
    if (!patches.isEmpty() && (patches.at(0) & 1) && patches.size() >= 5) {
        file.truncate(word(1) % file.size());
        at = 5;
    }
    while (at + 5 <= patches.size() && !file.isEmpty()) {
        const qsizetype offset = word(at) % file.size();
        const qsizetype length = std::min<qsizetype>(quint8(patches.at(at + 4)), patches.size() - at - 5);
        const qsizetype fits = std::min<qsizetype>(length, file.size() - offset);
        file.replace(offset, fits, patches.constData() + at + 5, fits);
        at += 5 + length;
    }
    return file;
}

void use(SchoolDocument &document, const QString &folder)
{
    (void)document.evaluate();
    (void)AssessmentJson::toJson(document);
    (void)EvidenceHealth::check(document);
    EvidenceExtractor extractor(document);
    if (!extractor.extractAll(QDir(folder).filePath(QStringLiteral("extracted")))) {
        FUZZ_CHECK(!extractor.errorString().isEmpty(), "a failed extraction says why");
    }
}

} // namespace

void schoolFile(const QByteArray &data)
{
    const QByteArray file = data.startsWith(QByteArrayLiteral("SQLite format 3")) ? data : patched(data);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.minh"));
    {
        QFile out(path);
        FUZZ_CHECK(out.open(QIODevice::WriteOnly) && out.write(file) == file.size(), "the input is written");
    }
    for (const SchoolFile::Access access : {SchoolFile::Access::ReadOnly, SchoolFile::Access::ReadWrite}) {
        SchoolDocument document;
        if (!document.open(path, access)) {
            FUZZ_CHECK(document.errorString().contains(path), "a refused school file is named in the message");
            FUZZ_CHECK(!document.isOpen(), "a refused file leaves the document closed");
            continue;
        }
        use(document, dir.path());
        if (!document.isReadOnly()) {
            const QList<const Criterion *> criteria = document.framework().criteria();
            const QList<TextField> &fields = document.framework().regime().criterionFields;
            if (!criteria.isEmpty() && !fields.isEmpty()
                && !document.setCriterionText(criteria.first()->code, fields.first().key, QStringLiteral("Đã sửa."))) {
                FUZZ_CHECK(!document.errorString().isEmpty(), "a failed edit says why");
            }
        }
    }
}

} // namespace FuzzEntries
