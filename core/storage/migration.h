#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Minh::Core {

// One numbered step of the school-file schema: an SQL script and, where data must be reshaped,
// a C++ step run after it in the same transaction.
struct Migration
{
    int version = 0;
    QString script;
    std::function<bool(QSqlDatabase &db, QString *error)> step;
};

} // namespace Minh::Core
