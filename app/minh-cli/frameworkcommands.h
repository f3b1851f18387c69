#pragma once

#include <QStringList>

namespace Minh::Cli {

class Context;

int listFrameworks(Context &context, const QStringList &arguments);
int importFramework(Context &context, const QStringList &arguments);
int upgradeFramework(Context &context, const QStringList &arguments);

} // namespace Minh::Cli
