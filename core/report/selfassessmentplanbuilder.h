#pragma once

#include "printeddocument.h"

namespace Minh::Core {

class SchoolDocument;

// Kế hoạch tự đánh giá (Phụ lục 1 of Công văn 5932): purpose, scope, tools, the council and its
// working groups, who writes which criterion, training, resources, the evidence codes and the
// timeline of activities, signed for the council by its chair.
class SelfAssessmentPlanBuilder
{
public:
    static PrintedDocument build(const SchoolDocument &document);
};

} // namespace Minh::Core
