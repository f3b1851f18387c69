#pragma once

#include <QStringList>

namespace Minh::Cli {

class Context;

// "minh-cli evidence add|attach|cite|list|extract …"
int evidence(Context &context, const QStringList &arguments);
// "minh-cli check FILE [--json]": the evidence health check.
int check(Context &context, const QStringList &arguments);

} // namespace Minh::Cli
