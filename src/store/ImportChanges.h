#pragma once

#include "core/masterdata/MasterDataEdit.h"

#include <vector>

namespace pmc::store {

/// Order rows to change, as exact before/after values like master-data edits (added rows
/// have no `before`, removed rows no `after`).
struct OrderChanges {
    std::vector<core::RowChange<core::PurchaseOrder>> purchaseOrders;
    std::vector<core::RowChange<core::WorkOrder>> workOrders;
    std::vector<core::RowChange<core::SalesOrder>> salesOrders;

    bool empty() const { return purchaseOrders.empty() && workOrders.empty() && salesOrders.empty(); }
};

/// Everything an import of tables changes: master data as one core::MasterDataEdit (so the
/// desktop app can undo it), orders apart (they are not part of the undoable edits).
struct ImportChanges {
    core::MasterDataEdit master;
    OrderChanges orders;

    bool empty() const { return master.empty() && orders.empty(); }
};

} // namespace pmc::store
