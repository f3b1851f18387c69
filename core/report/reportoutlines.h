#pragma once

#include "framework/documentoutline.h"
#include "framework/framework.h"

namespace Minh::Core {

// Finds the outline of a printed document for a framework. School files keep the framework copy
// they were made with; copies made before outlines existed have none, and then the outline of the
// shipped framework of the same regime is used: the outline is presentation, never part of the
// judgement, so taking the newer one changes no result.
class ReportOutlines
{
public:
    // Null when neither the framework nor any shipped framework of its regime has the document.
    static const DocumentOutline *find(const Framework &framework, const QString &documentId);
};

} // namespace Minh::Core
