#pragma once

#include "evidenceitem.h"

#include <QString>

namespace Minh::Core {

// The metadata of an evidence item that the council edits after creating it.
enum class EvidenceField
{
    Title,
    IssueInfo,
    Issuer,
    SchoolYears,
    Location,
    Notes
};

namespace EvidenceFields {

inline QString column(EvidenceField field)
{
    switch (field) {
    case EvidenceField::Title:
        return QStringLiteral("title");
    case EvidenceField::IssueInfo:
        return QStringLiteral("issue_info");
    case EvidenceField::Issuer:
        return QStringLiteral("issuer");
    case EvidenceField::SchoolYears:
        return QStringLiteral("school_years");
    case EvidenceField::Location:
        return QStringLiteral("location");
    case EvidenceField::Notes:
        break;
    }
    return QStringLiteral("notes");
}

inline QString &value(EvidenceItem &item, EvidenceField field)
{
    switch (field) {
    case EvidenceField::Title:
        return item.title;
    case EvidenceField::IssueInfo:
        return item.issueInfo;
    case EvidenceField::Issuer:
        return item.issuer;
    case EvidenceField::SchoolYears:
        return item.schoolYears;
    case EvidenceField::Location:
        return item.location;
    case EvidenceField::Notes:
        break;
    }
    return item.notes;
}

inline QString value(const EvidenceItem &item, EvidenceField field)
{
    return value(const_cast<EvidenceItem &>(item), field);
}

} // namespace EvidenceFields

} // namespace Minh::Core
