#pragma once

// Internal to pmc_store: the table definitions, in TableId order.

#include "store/TableHandler.h"

#include <memory>
#include <vector>

namespace pmc::store::tables {

using TableList = std::vector<std::unique_ptr<TableHandler>>;

/// Items, BOMs, routings, work centers, suppliers, inventory.
void addMasterDataTables(TableList& tables);
/// Purchase, work and sales orders, holidays.
void addOrderAndCalendarTables(TableList& tables);

} // namespace pmc::store::tables
