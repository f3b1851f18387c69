#pragma once

#include <QString>

namespace Minh::Core {

// One indicator (chỉ báo) of a criterion at one level, exactly as the framework states it.
struct Indicator
{
    QString label;             // "a", "b", … or empty when the level is one unlettered requirement
    QString text;
    int position = 0;          // 1-based position within its level
    QString repealedBy;        // id of the amending circular that repealed it, empty if never repealed
    QString repealedProvision; // the repealed clause, e.g. "khoản 5 Điều 12"

    // The key used in judgements and references: the letter, or the position when there is none.
    QString key() const { return label.isEmpty() ? QString::number(position) : label; }
    bool hasRepeal() const { return !repealedBy.isEmpty(); }
};

} // namespace Minh::Core
