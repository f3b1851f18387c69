#include "fuzzentries.h"

#include "evaluation/levelengine.h"
#include "evidence/citationparser.h"
#include "framework/frameworkparser.h"

#include <QDate>

using namespace Minh::Core;

namespace FuzzEntries {

void frameworkFile(const QByteArray &data)
{
    const QString name = QStringLiteral("fuzz-framework.json");
    const Result<Framework> parsed = FrameworkParser::parse(data, name);
    if (!parsed) {
        FUZZ_CHECK(parsed.error().contains(name), "a rejected framework file is named in the message");
        return;
    }
    const Framework &framework = parsed.value();
    // Whatever the file's rules say, evaluating them must terminate without a crash, with nothing
    // judged and with everything met.
    const LevelEngine engine(framework);
    const QDate rulesDate(2026, 1, 1);
    (void)engine.evaluate(JudgementSet(), rulesDate);
    JudgementSet allMet;
    for (const Criterion *criterion : framework.criteria()) {
        for (int level = 1; level <= criterion->levels.size(); ++level) {
            for (const Indicator &indicator : criterion->indicators(level)) {
                allMet.setIndicator({criterion->code, level, indicator.key()}, Verdict::Met);
            }
        }
    }
    for (int number = 1; number <= 10; ++number) {
        allMet.setExtraRequirement(number, Verdict::Met);
    }
    (void)engine.evaluate(allMet, rulesDate);
    const CitationParser citations(framework.regime().evidence.codeFormat);
    (void)citations.parse(QStringLiteral("Xem [H1-1.1-01], MC.1.2.03 và (h2 2.1 05)."));
}

} // namespace FuzzEntries
