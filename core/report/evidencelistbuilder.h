#pragma once

#include "printeddocument.h"

namespace Minh::Core {

class SchoolDocument;

// The list of evidence codes (Bảng danh mục mã minh chứng, 2018; Danh mục minh chứng, 2026) with
// the regime's columns from the forms data. Under 2018 the list is grouped by criterion and an item
// cited by a later criterion is listed again there with its own code; under 2026 each item is
// listed once.
class EvidenceListBuilder
{
public:
    static PrintedDocument build(const SchoolDocument &document);
};

} // namespace Minh::Core
