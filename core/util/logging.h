#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMinhSql)
Q_DECLARE_LOGGING_CATEGORY(lcMinhFramework)
Q_DECLARE_LOGGING_CATEGORY(lcMinhDocument)
