#pragma once

#include "core/Date.h"
#include "core/mrp/MrpTolerance.h"
#include "core/orders/SalesOrder.h"

#include <string>
#include <vector>

namespace pmc::core {

/// A purchase order: supply of a bought item arriving on `due`; `qty - receivedQty` is still to
/// come.
struct PurchaseOrder {
    std::string number;
    std::string item;
    double qty = 0;
    Date due;
    std::string supplier;
    /// Arrived and not rejected by incoming inspection (on inspection or accepted into stock).
    double receivedQty = 0;

    double openQty() const { return qty > receivedQty ? qty - receivedQty : 0.0; }
    /// Everything ordered has arrived (up to float noise): the order is history, no longer supply.
    bool isReceived() const { return receivedQty > 0 && !isBelowWithTolerance(receivedQty, qty); }

    bool operator==(const PurchaseOrder&) const = default;
};

/// An open production order; `qty - completedQty` is still to come.
struct WorkOrder {
    std::string number;
    std::string item;
    double qty = 0;
    Date due;
    double completedQty = 0;

    double openQty() const { return qty > completedQty ? qty - completedQty : 0.0; }
    bool operator==(const WorkOrder&) const = default;
};

/// A planned order the planner has fixed (确认的计划订单): MRP keeps its quantity and dates,
/// counts it as supply on `due` and, for a made item, needs its components from `release` on,
/// exactly like an open work order; it stays a plan until converted into a work order or a
/// purchase requisition.
struct FirmPlannedOrder {
    std::string number; ///< `FPO-00001`, …
    std::string item;
    double qty = 0;
    Date due;
    Date release; ///< production start or purchase release the planner fixed

    bool operator==(const FirmPlannedOrder&) const = default;
};

/// A purchase requisition (请购单): material control asks purchasing to buy `qty` of a bought
/// item by `due`. MRP counts it as supply on `due`, like a purchase order, until purchasing
/// turns it into one.
struct PurchaseRequisition {
    std::string number; ///< `PR-00001`, …
    std::string item;
    double qty = 0;
    Date due;           ///< wanted arrival date
    Date release;       ///< when the buyer should order (due − lead time)
    std::string supplier; ///< proposed supplier, the item's own when empty

    bool operator==(const PurchaseRequisition&) const = default;
};

/// The planner fixed one operation of a work order or firm planned order on a unit at a time
/// (锁定): the scheduler places it exactly there and plans everything else around it.
struct OperationPin {
    std::string order; ///< work order or firm planned order number
    int seq = 0;       ///< routing step
    int unit = 0;
    Date date;          ///< start date …
    int startMinute = 0; ///< … and minute of that day (local factory time)

    bool operator==(const OperationPin&) const = default;
};

} // namespace pmc::core
