#include "frameworkjsonreader.h"

#include "frameworkparser.h"
#include "util/text.h"

#include <QDate>

namespace Minh::Core {

FrameworkJsonReader::FrameworkJsonReader(QString fileName)
    : m_fileName(std::move(fileName))
{
}

void FrameworkJsonReader::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = FrameworkParser::tr("Framework file “%1”: %2").arg(m_fileName, message);
    }
}

QString FrameworkJsonReader::string(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(FrameworkParser::tr("the field “%1” is missing.").arg(join(path, key)));
        }
        return {};
    }
    if (!v.isString()) {
        fail(FrameworkParser::tr("the field “%1” must be text.").arg(join(path, key)));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty()) {
        fail(FrameworkParser::tr("the field “%1” is empty.").arg(join(path, key)));
    }
    return v.toString();
}

int FrameworkJsonReader::integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
        fail(FrameworkParser::tr("the field “%1” must be a whole number from %2 to %3.").arg(join(path, key)).arg(min).arg(max));
        return min;
    }
    return static_cast<int>(d);
}

bool FrameworkJsonReader::boolean(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        return false;
    }
    if (!v.isBool()) {
        fail(FrameworkParser::tr("the field “%1” must be true or false.").arg(join(path, key)));
    }
    return v.toBool();
}

QJsonArray FrameworkJsonReader::array(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required) {
        return {};
    }
    if (!v.isArray()) {
        fail(FrameworkParser::tr("the field “%1” must be a list.").arg(join(path, key)));
        return {};
    }
    return v.toArray();
}

QJsonObject FrameworkJsonReader::object(const QJsonValue &v, const QString &path, std::initializer_list<const char *> allowed)
{
    if (!v.isObject()) {
        fail(FrameworkParser::tr("“%1” must be an object.").arg(path));
        return {};
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char *key) { return it.key() == QLatin1String(key); });
        if (!known) {
            fail(FrameworkParser::tr("“%1” has an unknown field “%2”.").arg(path.isEmpty() ? QStringLiteral("/") : path, it.key()));
        }
    }
    return o;
}

QStringList FrameworkJsonReader::strings(const QJsonObject &o, const QString &key, const QString &path)
{
    QStringList out;
    const QJsonArray a = array(o, key, path, false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(FrameworkParser::tr("“%1” must be a list of texts.").arg(join(path, key)));
            return {};
        }
        out.append(a.at(i).toString());
    }
    return out;
}

void FrameworkJsonReader::date(const QString &value, const QString &path)
{
    if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid()) {
        fail(FrameworkParser::tr("“%1” must be a date written as YYYY-MM-DD.").arg(path));
    }
}

QString FrameworkJsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString FrameworkJsonReader::at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString FrameworkJsonReader::firstNonNfc(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        return Text::isNfc(value.toString()) ? QString() : path;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString found = firstNonNfc(a.at(i), at(path, i));
            if (!found.isEmpty()) {
                return found;
            }
        }
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString here = join(path, it.key());
            if (!Text::isNfc(it.key())) {
                return here;
            }
            const QString found = firstNonNfc(it.value(), here);
            if (!found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}

} // namespace Minh::Core
