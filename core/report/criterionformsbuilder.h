#pragma once

#include "printeddocument.h"

namespace Minh::Core {

class SchoolDocument;

// Phiếu đánh giá tiêu chí: one form per criterion (on its own page) and, when the framework has
// school-wide requirements of a higher level (Mức 4 of 2018), one form for them. The indicators
// and the levels come from the framework, the verdicts from the judgements, the numbered texts
// from the regime's criterion fields as the council wrote them.
class CriterionFormsBuilder
{
public:
    static PrintedDocument build(const SchoolDocument &document);
};

} // namespace Minh::Core
