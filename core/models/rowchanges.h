#pragma once

#include <QList>

#include <algorithm>
#include <optional>

namespace Minh::Core {

// How a table model's copy of the document's rows differs from the document's rows now. Rows are
// identified by their `id`. The same rows in the same order give the positions whose fields
// changed, so the model updates them in place and the view keeps its selection and scroll
// position; rows added, removed or moved give nullopt, and the model resets.
template<typename Row>
std::optional<QList<int>> changedRows(const QList<Row> &shown, const QList<Row> &now)
{
    const bool sameRows = now.size() == shown.size() &&
                          std::equal(now.cbegin(), now.cend(), shown.cbegin(),
                                     [](const Row &a, const Row &b) { return a.id == b.id; });
    if (!sameRows) {
        return std::nullopt;
    }
    QList<int> changed;
    for (int row = 0; row < int(shown.size()); ++row) {
        if (!(shown.at(row) == now.at(row))) {
            changed.append(row);
        }
    }
    return changed;
}

// Brings a model's copy up to the document's rows: `reset(assign)` wraps the assignment in
// begin/endResetModel() (protected, so the model passes a lambda), `rowChanged(row)` emits
// dataChanged for a row updated in place.
template<typename Row, typename Reset, typename RowChanged>
void syncRows(QList<Row> &shown, const QList<Row> &now, const Reset &reset, const RowChanged &rowChanged)
{
    const std::optional<QList<int>> changed = changedRows(shown, now);
    if (!changed) {
        reset([&] { shown = now; });
        return;
    }
    for (const int row : *changed) {
        shown[row] = now.at(row);
        rowChanged(row);
    }
}

} // namespace Minh::Core
