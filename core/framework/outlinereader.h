#pragma once

#include "documentoutline.h"
#include "frameworkjsonreader.h"

#include <QJsonObject>

namespace Minh::Core {

// Reads "regime.documents", the outlines of the regime's printed documents (FORMAT.md), for
// FrameworkParser: unknown keys and block kinds are refused like everywhere else in the file.
namespace OutlineReader {
QList<DocumentOutline> read(FrameworkJsonReader &reader, const QJsonObject &regime);
}

} // namespace Minh::Core
