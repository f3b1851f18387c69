#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace Minh::Core {

// The one place where statements are prepared and run: every failure is logged with its query
// under the minh.sql category and turned into a translated message for the caller.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::Sql)

public:
    using Bindings = std::initializer_list<std::pair<const char *, QVariant>>;

    // Prepares `statement`, binds the named values and runs it. On failure returns false and sets
    // `*error`.
    [[nodiscard]] static bool run(QSqlQuery &query, const QString &statement, Bindings bindings, QString *error);
    [[nodiscard]] static bool run(const QSqlDatabase &db, const QString &statement, QString *error);

    // The path of the file the connection's main database is in, as SQLite opened it: the
    // connection's databaseName() may be a "file:" URI (WorkerConnection), which is no path.
    // Empty for an in-memory database or when it cannot be asked.
    static QString mainFilePath(const QSqlDatabase &db);

    // Splits a migration script into statements at semicolons that end a line.
    static QStringList statements(const QString &script);
};

// Begins a transaction on construction and rolls it back on destruction unless commit() succeeded,
// so an early return never leaves half an edit in the file.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_committed = false;
    QString m_error;
};

} // namespace Minh::Core
