#pragma once

#include "core/Date.h"

#include <string>
#include <vector>

namespace pmc::core {

/// One column of an item's time-phased record (物料需求计划表): the classic MRP rows for the
/// days [first, first + days).
struct TimePhasedBucket {
    Date first;
    int days = 1;
    double grossRequirements = 0;
    double scheduledReceipts = 0;  ///< open purchase and work orders, requisitions, firm planned orders
    double plannedReceipts = 0;    ///< planned orders due in the bucket
    double plannedReleases = 0;    ///< planned orders to release in the bucket
    double netRequirements = 0;    ///< shortfall below safety stock the planned orders cover
    double projectedAvailable = 0; ///< at the end of the bucket, planned receipts included

    bool operator==(const TimePhasedBucket&) const = default;
};

/// An item's time-phased record over the planning horizon, as the last MRP run netted it.
struct TimePhasedRecord {
    std::string item;
    double onHand = 0; ///< plannable stock on day 0
    double safetyStock = 0;
    std::vector<TimePhasedBucket> buckets;

    bool operator==(const TimePhasedRecord&) const = default;
};

/// A supply the planner did not just get proposed: an open purchase or work order, a purchase
/// requisition or a firm planned order, on the day MRP counts it.
struct ScheduledReceipt {
    enum class Kind { PurchaseOrder, WorkOrder, Requisition, FirmPlannedOrder };

    std::string number;
    Kind kind = Kind::PurchaseOrder;
    Date due; ///< as MRP counts it: never before today
    double qty = 0;

    bool operator==(const ScheduledReceipt&) const = default;
};

} // namespace pmc::core
