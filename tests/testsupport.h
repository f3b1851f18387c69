#pragma once

#include "document/schooldocument.h"
#include "framework/frameworkparser.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>

// Helpers shared by the storage and document tests: shipped frameworks byte for byte, a sample
// school, and a second connection that looks at a school file behind the back of the code under
// test.
namespace TestSupport {

// The exact bytes of a shipped framework, as the catalog reads them (so the sha256 matches).
inline QByteArray shippedSource(const QString &id)
{
    QFile file(QStringLiteral(":/frameworks/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing shipped framework %s", qPrintable(id));
    }
    return file.readAll();
}

inline Minh::Core::Framework shippedFramework(const QString &id)
{
    auto parsed = Minh::Core::FrameworkParser::parse(shippedSource(id), id + QStringLiteral(".json"));
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error()));
    }
    return std::move(parsed).value();
}

inline QJsonObject shippedJson(const QString &id)
{
    return QJsonDocument::fromJson(shippedSource(id)).object();
}

// A framework's JSON with one criterion (indexes from 0) changed by `edit`.
inline QJsonObject withCriterion(QJsonObject json, int standard, int criterion,
                                 const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray standards = json[QStringLiteral("standards")].toArray();
    QJsonObject standardObject = standards[standard].toObject();
    QJsonArray criteria = standardObject[QStringLiteral("criteria")].toArray();
    QJsonObject criterionObject = criteria[criterion].toObject();
    edit(criterionObject);
    criteria[criterion] = criterionObject;
    standardObject[QStringLiteral("criteria")] = criteria;
    standards[standard] = standardObject;
    json[QStringLiteral("standards")] = standards;
    return json;
}

inline Minh::Core::SchoolInfo sampleSchool()
{
    return {QStringLiteral("Trường THCS Nguyễn Du"),
            QStringLiteral("THCS"),
            QStringLiteral("12 Lê Lợi, Huế"),
            QStringLiteral("Phòng Giáo dục và Đào tạo thành phố Huế"),
            QStringLiteral("Trần Thị Bình"),
            QStringLiteral("0234 382 1234"),
            QStringLiteral("thcs.nguyendu@example.vn"),
            QStringLiteral("https://nguyendu.example.vn")};
}

// Creates a school file for the sample school under the shipped framework `frameworkId`.
inline bool createSchool(Minh::Core::SchoolDocument *document, const QString &path,
                         const QString &frameworkId = QStringLiteral("tt18-2018"), QDate rulesDate = QDate(2026, 1, 1))
{
    const bool created =
        document->create(path, shippedFramework(frameworkId), sampleSchool(), QStringLiteral("2025-2026"), rulesDate);
    if (!created) {
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(document->errorString()));
    }
    return created;
}

// One test's school: a temporary folder, a school file path in it and a document for that file.
struct School
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("school.minh"));
    Minh::Core::SchoolDocument document;

    bool create(QDate rulesDate = QDate(2026, 1, 1), const QString &frameworkId = QStringLiteral("tt18-2018"))
    {
        return dir.isValid() && createSchool(&document, path, frameworkId, rulesDate);
    }
};

// Runs `statement` on a connection of its own and returns every row; an empty list (and a warning)
// if the file cannot be opened or the statement fails. Read-only unless `write` is set, so that a
// mistyped path is never created as an empty database.
inline QList<QVariantList> rows(const QString &path, const QString &statement, bool write = false)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-side-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<QVariantList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!write) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        QSqlQuery query(db);
        if (!db.open() || !query.exec(statement)) {
            qWarning("%s on %s failed: %s %s", qPrintable(statement), qPrintable(path),
                     qPrintable(db.lastError().text()), qPrintable(query.lastError().text()));
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row.append(query.value(i));
            }
            out.append(row);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// The first column of the first row, or an invalid QVariant.
inline QVariant scalar(const QString &path, const QString &statement)
{
    const QList<QVariantList> result = rows(path, statement);
    return result.isEmpty() || result.first().isEmpty() ? QVariant() : result.first().first();
}

inline int count(const QString &path, const QString &table)
{
    return scalar(path, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

inline void execute(const QString &path, const QString &statement)
{
    rows(path, statement, true);
}

// Runs one statement with bound values on a connection of its own, as another program would, and
// says whether it changed at least one row.
inline bool writeBehind(const QString &path, const QString &statement, const QVariantList &values = {})
{
    static int counter = 0;
    const QString name = QStringLiteral("behind-%1").arg(++counter);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        done = db.open() && query.prepare(statement);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        done = done && query.exec() && query.numRowsAffected() > 0;
        if (!done) {
            qWarning("%s: %s %s", qPrintable(statement), qPrintable(db.lastError().text()),
                     qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// A file's content fingerprint: reading a school file must leave it byte for byte the same.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace TestSupport
