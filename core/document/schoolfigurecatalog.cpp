#include "schoolfigurecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Minh::Core {

namespace {

// The catalogue is built into the binary; reading it once is enough.
const QJsonObject &catalogue()
{
    static const QJsonObject object = [] {
        QFile file(QStringLiteral(":/schooldata/school-figures.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return QJsonObject();
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return object;
}

const QJsonArray &catalogueSections()
{
    static const QJsonArray sections = catalogue().value(QStringLiteral("sections")).toArray();
    return sections;
}

bool appliesTo(const QJsonObject &row, const QString &schoolType)
{
    const QJsonArray types = row.value(QStringLiteral("school_types")).toArray();
    return types.isEmpty() || types.contains(schoolType);
}

QString labelFor(const QJsonObject &object, const QString &labelKey, const QString &schoolType)
{
    const QString specific = object.value(labelKey + QStringLiteral("_by_type")).toObject().value(schoolType).toString();
    return specific.isEmpty() ? object.value(labelKey).toString() : specific;
}

} // namespace

QString SchoolFigureCatalog::schoolTypeName(const QString &schoolType)
{
    const QString name = catalogue().value(QStringLiteral("school_type_names")).toObject().value(schoolType).toString();
    return name.isEmpty() ? schoolType : name;
}

QList<SchoolFigureSection> SchoolFigureCatalog::sections(const QString &schoolType)
{
    QList<SchoolFigureSection> result;
    for (const QJsonValue &value : catalogueSections()) {
        const QJsonObject section = value.toObject();
        SchoolFigureSection s{section.value(QStringLiteral("key")).toString(),
                              labelFor(section, QStringLiteral("title"), schoolType),
                              {}};
        for (const QJsonValue &rowValue : section.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            if (appliesTo(row, schoolType)) {
                s.rows.append({row.value(QStringLiteral("key")).toString(), labelFor(row, QStringLiteral("label"), schoolType)});
            }
        }
        if (!s.rows.isEmpty()) {
            result.append(s);
        }
    }
    return result;
}

bool SchoolFigureCatalog::isKnown(const QString &key)
{
    for (const QJsonValue &section : catalogueSections()) {
        for (const QJsonValue &row : section.toObject().value(QStringLiteral("rows")).toArray()) {
            if (row.toObject().value(QStringLiteral("key")).toString() == key) {
                return true;
            }
        }
    }
    return false;
}

} // namespace Minh::Core
