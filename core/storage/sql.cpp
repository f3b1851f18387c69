#include "sql.h"

#include "util/logging.h"

#include <QSqlError>

namespace Minh::Core {

bool Sql::run(QSqlQuery &query, const QString &statement, Bindings bindings, QString *error)
{
    if (!query.prepare(statement)) {
        qCWarning(lcMinhSql) << "prepare failed:" << statement << query.lastError().text();
        if (error) {
            *error = tr("The school file could not be read or written (%1).").arg(query.lastError().text());
        }
        return false;
    }
    for (const auto &[name, value] : bindings) {
        // A null QString would bind as SQL NULL; an absent text is an empty text in our schema.
        // Only an invalid QVariant means NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + QLatin1String(name), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        qCWarning(lcMinhSql) << "exec failed:" << statement << query.lastError().text();
        if (error) {
            *error = tr("The school file could not be read or written (%1).").arg(query.lastError().text());
        }
        return false;
    }
    return true;
}

bool Sql::run(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    return run(query, statement, {}, error);
}

QString Sql::mainFilePath(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QString error;
    if (!run(query, QStringLiteral("PRAGMA database_list"), {}, &error)) {
        return {};
    }
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("main")) {
            return query.value(2).toString();
        }
    }
    return {};
}

QStringList Sql::statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QStringLiteral("--"))) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        out.append(current.trimmed());
    }
    return out;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        qCWarning(lcMinhSql) << "begin transaction failed:" << m_db.lastError().text();
        m_error = tr("The school file is busy or cannot be written (%1).").arg(m_db.lastError().text());
    }
}

Transaction::~Transaction()
{
    if (m_active && !m_committed && !m_db.rollback()) {
        // After an I/O error such as a full disk SQLite may already have given the transaction up
        // and left its journal "hot". Reading makes it roll the journal back now, so the file is a
        // single, consistent file again before anyone copies it.
        qCWarning(lcMinhSql) << "rollback failed:" << m_db.lastError().text();
        QSqlQuery settle(m_db);
        if (!settle.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            qCWarning(lcMinhSql) << "recovery read failed:" << settle.lastError().text();
        }
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    if (!m_db.commit()) {
        qCWarning(lcMinhSql) << "commit failed:" << m_db.lastError().text();
        m_error = tr("The change could not be saved to the school file (%1).").arg(m_db.lastError().text());
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace Minh::Core
