#pragma once

#include "printeddocument.h"

namespace Minh::Core {

class SchoolDocument;

// Quyết định thành lập Hội đồng tự đánh giá with the list of its members (and of the working
// groups when members have one), in the Nghị định 30/2020 layout. Wording from the regime's forms
// data; members from the council; number, date, signer and Nơi nhận from the school's settings.
class CouncilDecisionBuilder
{
public:
    static PrintedDocument build(const SchoolDocument &document);
};

} // namespace Minh::Core
