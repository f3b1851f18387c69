#pragma once

#include <QDate>
#include <QString>

namespace Minh::Core {

struct SchoolInfo
{
    QString name;
    QString schoolType; // one of the framework's school_types, e.g. "THCS"
    QString address;
    QString managingAuthority;
    QString principal;
    QString phone;
    QString email;
    QString website;
};

struct AssessmentInfo
{
    QString schoolYear; // "2025-2026"
    QDate rulesDate;    // which amendments apply
    QString createdAt;
};

} // namespace Minh::Core
