#pragma once

#include <QStringList>

namespace Minh::Cli {

class Context;

int createSchool(Context &context, const QStringList &arguments);
int createDemo(Context &context, const QStringList &arguments);
int judge(Context &context, const QStringList &arguments);
int level(Context &context, const QStringList &arguments);
int show(Context &context, const QStringList &arguments);

} // namespace Minh::Cli
