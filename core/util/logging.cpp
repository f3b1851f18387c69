#include "logging.h"

Q_LOGGING_CATEGORY(lcMinhSql, "minh.sql", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMinhFramework, "minh.framework", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMinhDocument, "minh.document", QtWarningMsg)
