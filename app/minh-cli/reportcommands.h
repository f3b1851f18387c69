#pragma once

#include <QStringList>

namespace Minh::Cli {

class Context;

// "minh-cli report FILE --document NAME --out OUT.pdf|OUT.odt": prints a document of the school.
int report(Context &context, const QStringList &arguments);

} // namespace Minh::Cli
