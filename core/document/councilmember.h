#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Minh::Core {

enum class CouncilRole
{
    Chair,
    ViceChair,
    Secretary,
    Member
};

inline QString councilRoleKey(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return QStringLiteral("chair");
    case CouncilRole::ViceChair:
        return QStringLiteral("vice_chair");
    case CouncilRole::Secretary:
        return QStringLiteral("secretary");
    case CouncilRole::Member:
        return QStringLiteral("member");
    }
    return {};
}

inline std::optional<CouncilRole> councilRoleFromKey(const QString &key)
{
    for (CouncilRole role : {CouncilRole::Chair, CouncilRole::ViceChair, CouncilRole::Secretary, CouncilRole::Member}) {
        if (councilRoleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

struct CouncilMember
{
    qint64 id = 0;
    QString fullName;
    QString position; // chức vụ, e.g. "Hiệu trưởng"
    CouncilRole role = CouncilRole::Member;
    QString duty;     // nhiệm vụ in the council
    QString workingGroup;
    QStringList criteria; // criteria this member writes

    friend bool operator==(const CouncilMember &, const CouncilMember &) = default;
};

} // namespace Minh::Core
