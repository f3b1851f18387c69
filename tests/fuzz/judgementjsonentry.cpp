#include "fuzzentries.h"
#include "fuzzschool.h"

#include "document/judgementimport.h"
#include "document/schooldocument.h"

#include <QTemporaryDir>

#include <memory>

using namespace Minh::Core;

namespace FuzzEntries {

namespace {

struct OpenSchool
{
    QTemporaryDir dir;
    SchoolDocument document;

    OpenSchool()
    {
        const QString path = dir.filePath(QStringLiteral("judge.minh"));
        if (!FuzzSchool::create2018(path) || !document.open(path) || !document.setDurable(false)) {
            qFatal("cannot open the school for the judgement fuzzer: %s", qPrintable(document.errorString()));
        }
    }
};

} // namespace

void judgementJson(const QByteArray &data)
{
    static const std::unique_ptr<OpenSchool> school = std::make_unique<OpenSchool>();
    SchoolDocument &document = school->document;
    const QString name = QStringLiteral("fuzz-judgements.json");
    JudgementImport import;
    if (!import.read(data, name, document)) {
        FUZZ_CHECK(import.errorString().contains(name), "rejected judgements name the file");
        return;
    }
    // What was accepted is applied, all at once, and then reads back exactly.
    FUZZ_CHECK(document.applyJudgements(import.indicators(), import.extraRequirements()), "accepted judgements apply");
    QHash<QString, Verdict> expected;
    for (const auto &[ref, verdict] : import.indicators()) {
        expected.insert(ref.toString(), verdict);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        FUZZ_CHECK(document.judgements().indicator(*IndicatorRef::parse(it.key())) == it.value(),
                   "an applied verdict reads back");
    }
}

} // namespace FuzzEntries
