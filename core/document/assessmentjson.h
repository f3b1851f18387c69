#pragma once

#include <QJsonObject>

namespace Minh::Core {

class SchoolDocument;

// The whole assessment as JSON ("minh-cli show --json", later data/assessment.json in the signed
// package). Versioned by "format_version"; documented in README.
class AssessmentJson
{
public:
    static constexpr int FormatVersion = 1;
    static QJsonObject toJson(const SchoolDocument &document);
};

} // namespace Minh::Core
