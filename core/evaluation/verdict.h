#pragma once

namespace Minh::Core {

// The council's judgement of one indicator or requirement. NotJudged counts as not met for every
// level and makes the evaluation incomplete.
enum class Verdict
{
    NotJudged,
    Met,
    NotMet
};

} // namespace Minh::Core
