#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/execution/CompletionReport.h"
#include "core/mrp/MrpResult.h"
#include "core/orders/DelayCauses.h"
#include "core/orders/OrderFix.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core {

enum class OperationStatus {
    Done,       ///< reported good quantity covers the order quantity
    InProgress, ///< partly reported, or running now in the schedule
    Waiting,    ///< not started
};
const char* toString(OperationStatus status);

/// One routing step of a supplying order.
struct OperationProgress {
    int seq = 0;
    std::string workCenter;
    OperationStatus status = OperationStatus::Waiting;
    double reportedQty = 0; ///< good quantity reported on it
    bool scheduled = false; ///< the schedule has it (then unit and minutes are set)
    int unit = 0;
    int startMinute = 0;
    int endMinute = 0;

    bool operator==(const OperationProgress&) const = default;
};

/// A work order or planned make order that supplies a sales line, directly (level 0) or as a
/// sub-assembly of one (level 1, 2, …).
struct SupplyOrder {
    enum class Kind { WorkOrder, FirmPlannedOrder, PlannedOrder };
    Kind kind = Kind::PlannedOrder;
    std::string order;
    std::string item;
    double qty = 0;
    Date due;
    int level = 0;
    std::optional<int> completionMinute; ///< from the schedule, when scheduled
    std::vector<OperationProgress> operations;

    bool operator==(const SupplyOrder&) const = default;
};
const char* toString(SupplyOrder::Kind kind);

/// An open purchase order of a short material; `due` is the supplier's promised date.
struct OpenPurchase {
    std::string number;
    double qty = 0;
    Date due;

    bool operator==(const OpenPurchase&) const = default;
};

/// A bought material of the line that stock and open supply do not cover in time (欠料).
struct ShortMaterial {
    std::string item;
    double shortQty = 0;
    Date needDate;
    std::vector<OpenPurchase> purchaseOrders; ///< open ones of the item, by due

    bool operator==(const ShortMaterial&) const = default;
};

struct LineProgress {
    std::size_t index = 0;
    std::string id; ///< `SO/LINE`
    std::string item;
    double qty = 0;
    double openQty = 0;
    Date committed; ///< promised, else requested date
    /// Shipped in full: nothing left to make.
    bool shipped = false;
    /// Stock or open supply covers it: no order works for it.
    bool stockCovered = false;
    int completionMinute = 0; ///< projected, minutes since today 00:00
    Date projected;
    int daysLate = 0;
    std::vector<SupplyOrder> orders; ///< each top order followed by its sub-assemblies
    std::vector<ShortMaterial> materials;
    std::vector<DelayCause> causes; ///< only for a late line
    std::vector<Fix> fixes;         ///< only for a late line

    bool operator==(const LineProgress&) const = default;
};

/// 项目进程: where one sales order stands, line by line.
struct OrderProgress {
    std::string number;
    std::string customer;
    int priority = 0;
    SalesOrderStatus status = SalesOrderStatus::Confirmed;
    /// The order is demand (confirmed, in production, partly shipped); otherwise the lines
    /// carry only their quantities and dates.
    bool planned = false;
    Date today;
    std::vector<LineProgress> lines;

    bool operator==(const OrderProgress&) const = default;
};

/// The progress of `salesOrder` in a plan: `mrp` and `schedule` made from `model`, `reports`
/// the shop floor's completion reports. A step whose schedule spans `nowMinute` (minutes since
/// today 00:00) is in progress. Throws std::invalid_argument for an unknown sales order.
OrderProgress orderProgress(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                            const std::vector<CompletionReport>& reports, const std::string& salesOrder,
                            int nowMinute = 0);

/// Projected completion (minutes since today 00:00) of every open line of the demand sales
/// orders, by line id: the latest of the make planned orders MRP pegged to it and the work
/// and firm planned orders of its item allocated to it (earliest committed lines first), or 0
/// when stock covers it.
std::unordered_map<std::string, int> projectedCompletions(const FactoryModel& model, const MrpResult& mrp,
                                                          const ScheduleResult& schedule);

} // namespace pmc::core
