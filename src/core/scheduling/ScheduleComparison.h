#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// One side of a what-if comparison: a schedule and the factory it was made for, whose
/// calendar and parallel units give the utilisation. Both must outlive the call.
struct ComparedPlan {
    const FactoryModel& model;
    const ScheduleResult& schedule;
};

/// The measures a what-if compares (docs/scheduling.md, "What-if"); lower is better for all.
enum class ScheduleMeasure {
    LateOrders,          ///< orders with lateDays > 0
    LateSalesLines,      ///< sales order lines with lateDays > 0
    TotalDaysLate,       ///< Σ lateDays over the orders
    WeightedTardiness,   ///< the scheduler's objective
    MakespanDays,        ///< latest operation end, in days since today 00:00
    ChangeoverHours,     ///< Σ changeover minutes ÷ 60
    BusiestUtilisation,  ///< percent, of the busiest work center over the common horizon
    MaterialShortOrders, ///< orders waiting for a bought component nobody supplies
};

/// One measure in both plans.
struct MeasureComparison {
    ScheduleMeasure measure = ScheduleMeasure::LateOrders;
    double live = 0;
    double whatIf = 0;

    double difference() const { return whatIf - live; }
    /// Beyond a rounding tolerance, as every measure is better when lower.
    bool isBetter() const;
    bool isWorse() const;
    bool operator==(const MeasureComparison&) const = default;
};

/// An order late in either plan or finishing on another day in the what-if plan. An order
/// in one plan only (MRP proposed it for one factory only) has no completion in the other.
struct OrderComparison {
    std::string order;
    std::string item;
    Date due;
    std::optional<int> liveCompletionMinute;
    std::optional<int> whatIfCompletionMinute;
    int liveLateDays = 0;
    int whatIfLateDays = 0;
    /// What-if completion date − live completion date; nullopt for an order in one plan only.
    std::optional<int> changeDays;

    bool operator==(const OrderComparison&) const = default;
};

/// The live plan and a what-if plan side by side.
struct ScheduleComparison {
    /// In ScheduleMeasure order, one row each.
    std::vector<MeasureComparison> measures;
    /// By what-if late days (most first), then live late days (most first), then order.
    std::vector<OrderComparison> orders;
    /// Work centers behind BusiestUtilisation (empty without operations).
    std::string liveBusiestWorkCenter;
    std::string whatIfBusiestWorkCenter;
    /// Days from today 00:00 the utilisation covers: up to the later of the two makespans.
    int horizonDays = 0;

    const MeasureComparison& measure(ScheduleMeasure measure) const;
};

/// Compares a what-if plan with the live plan. Both schedules must share `today`.
ScheduleComparison compareSchedules(const ComparedPlan& live, const ComparedPlan& whatIf);

} // namespace pmc::core
