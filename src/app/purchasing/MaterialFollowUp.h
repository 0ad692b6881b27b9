#pragma once

#include "core/inventory/SlowMovingStock.h"
#include "core/purchasing/PurchaseFollowUp.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::app {

/// What the material controller and the buyers work through in the Materials area, read from the
/// database on a worker (the same functions as `pmc-cli po list`, `po receipts` and `stock slow`):
/// the open purchase orders with their promised dates, the receipts and their inspection, and
/// the slow-moving stock.
struct MaterialFollowUp {
    std::vector<core::PurchaseFollowUpRow> purchaseOrders;
    std::vector<core::PurchaseReceipt> receipts;
    std::vector<core::PromisedDate> promises;
    core::SlowMovingReview slowMoving;
    std::unordered_map<std::string, std::string> itemNames;     ///< code → name
    std::unordered_map<std::string, std::string> supplierNames; ///< code → name
    std::unordered_map<std::string, std::string> orderItems;    ///< purchase order → item

    /// Opens `databasePath` and reads it; `reminderDays` and `idleDays` as in pmc-cli. Throws
    /// std::exception with a readable message.
    static MaterialFollowUp build(const std::string& databasePath, int reminderDays, int idleDays);
};

} // namespace pmc::app
