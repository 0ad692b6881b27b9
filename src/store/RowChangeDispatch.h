#pragma once

#include "core/masterdata/MasterDataEdit.h"

#include <vector>

namespace pmc::store {

/// Stores each change through `rows` the way core::applyEdit applies it in memory: both
/// sides = change(before, after) in place, only before = remove, only after = insert (last).
/// The row writers (MasterDataRows, OrderRows) befriend it to keep those overloads private.
template <typename Rows, typename Row>
void storeRowChanges(Rows& rows, const std::vector<core::RowChange<Row>>& changes)
{
    for (const core::RowChange<Row>& c : changes) {
        if (c.before && c.after)
            rows.change(*c.before, *c.after);
        else if (c.before)
            rows.remove(*c.before);
        else if (c.after)
            rows.insert(*c.after);
    }
}

} // namespace pmc::store
