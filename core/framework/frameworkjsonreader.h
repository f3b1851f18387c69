#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Minh::Core {

// Reads the parsed JSON of a framework file and remembers the first problem, as a translated
// message naming the file and the place in it. Every reader returns a harmless default once an
// error is set, so that parsing can run straight through without nested error checks.
class FrameworkJsonReader
{
public:
    explicit FrameworkJsonReader(QString fileName);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required = true);
    int integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path);
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path, bool required = true);
    // The object at `path`, which may hold only the `allowed` keys: a misspelt key would otherwise
    // be ignored silently and change what the framework means.
    QJsonObject object(const QJsonValue &v, const QString &path, std::initializer_list<const char *> allowed);
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path);
    void date(const QString &value, const QString &path);

    static QString join(const QString &path, const QString &key);
    static QString at(const QString &path, qsizetype index);
    // The first text in the document (key or value) that is not in Unicode NFC, as a JSON path.
    static QString firstNonNfc(const QJsonValue &value, const QString &path);

private:
    QString m_fileName;
    QString m_error;
};

} // namespace Minh::Core
