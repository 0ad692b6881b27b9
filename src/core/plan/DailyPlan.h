#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/execution/MaterialIssue.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Whether the bought material of an order is expected in house in time (docs/plans.md).
enum class MaterialStatus { Kitted, Short };

/// `kitted` or `short`, as written in `pmc-cli plan daily --json`.
constexpr const char* toString(MaterialStatus status)
{
    return status == MaterialStatus::Kitted ? "kitted" : "short";
}

/// One row of the daily production plan: the part of one scheduled operation that falls on
/// the plan's date.
struct DailyPlanLine {
    std::string workshop;
    std::string workCenter;
    std::string workCenterName;
    int unit = 0; ///< 0 … parallel_units − 1 (the line / team of the work center)
    std::string order; ///< work order number or planned order id
    bool isWorkOrder = false;
    std::string item;
    std::string itemName;
    std::string uom;
    int seq = 0;
    double qty = 0; ///< the day's share of the operation's quantity
    double orderQty = 0; ///< the operation's (= order's open) quantity
    int startMinute = 0; ///< first working minute of the operation on the day (schedule minutes)
    int endMinute = 0; ///< end of its last working stretch on the day
    int workingMinutes = 0; ///< working minutes of the operation on the day
    /// Sales order lines (`SO-NUMBER/LINE`) the order serves through its pegging chain.
    std::vector<std::string> customerOrders;
    /// Customer names of those sales orders, distinct, in the same order.
    std::vector<std::string> customers;
    Date due; ///< earliest due of the served sales lines, else the order's own due
    MaterialStatus materialStatus = MaterialStatus::Kitted;
    /// Bought items whose pegged planned order arrives too late (empty when kitted).
    std::vector<std::string> shortItems;
    /// The kit check (齐套) finds every component of the order on hand now (docs/plans.md).
    bool releasable = true;
    /// When the order is kitted: the plan's today when releasable, else the day its last
    /// missing part is in; empty when open supply does not cover it.
    std::optional<Date> kitDate;

    bool operator==(const DailyPlanLine&) const = default;
};

/// Sums over the lines of a daily plan.
struct DailyPlanTotals {
    int lines = 0;
    int orders = 0; ///< distinct orders
    int workCenters = 0; ///< distinct work centers with work on the day
    double qty = 0; ///< Σ qty (mixed units; a headline figure only)
    int workingMinutes = 0;
    int shortLines = 0;

    bool operator==(const DailyPlanTotals&) const = default;
};

/// A releasable order proposed for a line whose planned order is not kitted (备选工单).
struct StandbyJob {
    std::string workCenter;
    int unit = 0;
    std::string insteadOf; ///< the planned order that cannot start
    std::string order;
    std::string item;
    double qty = 0; ///< the standby operation's quantity
    int seq = 0;

    bool operator==(const StandbyJob&) const = default;
};

/// The daily production plan (日生产计划表) for one date, optionally one workshop.
struct DailyPlan {
    Date date;
    std::string planNumber; ///< `DP-YYYYMMDD-<workshop or ALL>`
    std::string workshop; ///< the filter, "" = all workshops
    /// Grouped by workshop → work center (both in master-data order) → unit, then by start.
    std::vector<DailyPlanLine> lines;
    DailyPlanTotals totals;
    /// One per (work center, unit, order) that is not releasable and has a standby (see
    /// proposeStandbyJobs), in the order of the lines.
    std::vector<StandbyJob> standby;

    bool operator==(const DailyPlan&) const = default;
};

/// `DP-YYYYMMDD-<workshop or ALL>`.
std::string dailyPlanNumber(Date date, const std::string& workshop);

/// Derives the daily plan for `date` from a schedule of `model` and the MRP run it was made
/// from (for the pegging). `workshop` "" takes every workshop. Pure function; see
/// docs/plans.md for the quantity share and the material status. The lines' kit status and the
/// standby jobs come from core::checkKits with the `issues` recorded.
DailyPlan buildDailyPlan(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule, Date date,
    const std::string& workshop = {}, const std::vector<MaterialIssue>& issues = {});

} // namespace pmc::core
