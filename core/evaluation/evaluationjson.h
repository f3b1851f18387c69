#pragma once

#include "evaluation.h"

#include <QJsonObject>

namespace Minh::Core {

// The evaluation as the JSON documented in README ("minh-cli level --json"): a contract, so keys
// and shapes change only with a new documented version.
class EvaluationJson
{
public:
    static QJsonObject toJson(const Evaluation &evaluation);
};

} // namespace Minh::Core
