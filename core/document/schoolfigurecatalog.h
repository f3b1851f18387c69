#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Minh::Core {

// One row of the school data tables, e.g. "Khối lớp 6" under the key "classes.grade_6".
struct SchoolFigureRow
{
    QString key;
    QString label;
};

// One table of Phần I / Tổng quan: classes, rooms, staff, pupils, results.
struct SchoolFigureSection
{
    QString key;
    QString title;
    QList<SchoolFigureRow> rows;
};

// The rows of the school data tables for one school type, read from the shipped catalogue
// (resources/schooldata/school-figures.json). The labels are the official forms' Vietnamese
// wording: document content, never passed through tr().
class SchoolFigureCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SchoolFigureCatalog)

public:
    static QList<SchoolFigureSection> sections(const QString &schoolType);
    // Whether `key` names a row of the catalogue (for any school type).
    static bool isKnown(const QString &key);
    // "Tiểu học" for "TH": the level's name as documents print it; an unknown code as it is.
    static QString schoolTypeName(const QString &schoolType);
};

} // namespace Minh::Core
