#pragma once

#include "framework.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Minh::Core {

// Reads a framework file in Minh's format (resources/frameworks/FORMAT.md) and validates it:
// structure, unique codes, rules that refer to existing criteria, amendments that exist, Unicode
// NFC text. A file from outside is untrusted: the first problem found is returned as a translated
// message that names the file and the place in it.
class FrameworkParser
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::FrameworkParser)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaximumSize = 8 * 1024 * 1024;

    static Result<Framework> parse(const QByteArray &data, const QString &fileName);
};

} // namespace Minh::Core
