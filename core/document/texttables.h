#pragma once

#include <QString>

#include <array>

namespace Minh::Core {

// The tables holding the texts the council writes, each with the column naming the text's owner.
// Every pass over all texts (loading a file, rewriting citations when evidence is renumbered)
// walks this list, so a new kind of text cannot be forgotten by one of them.
struct TextTable
{
    QLatin1String table;
    QLatin1String ownerColumn;
};

inline constexpr std::array<TextTable, 3> TextTables{{
    {QLatin1String("criterion_text"), QLatin1String("criterion_code")},
    {QLatin1String("standard_text"), QLatin1String("standard_number")},
    {QLatin1String("extra_requirement_text"), QLatin1String("requirement_number")},
}};

} // namespace Minh::Core
