#pragma once

#include "printeddocument.h"

namespace Minh::Core {

class SchoolDocument;

// The công văn by which the school registers for external evaluation: for accreditation, for
// national-standard recognition, or both, as the school chose. Addressee, Nơi nhận, number, date
// and place are the school's settings (offices changed in 2025); the wording is the regime's.
class RegistrationLetterBuilder
{
public:
    static PrintedDocument build(const SchoolDocument &document);
};

} // namespace Minh::Core
