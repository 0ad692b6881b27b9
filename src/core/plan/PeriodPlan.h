#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <string>
#include <vector>

namespace pmc::core {

/// The horizon of a period plan: a week (周生产计划) or a calendar month (月生产计划).
enum class PeriodKind { Week, Month };

/// `week` or `month`, as written in `pmc-cli plan weekly|monthly --json`.
constexpr const char* toString(PeriodKind kind)
{
    return kind == PeriodKind::Week ? "week" : "month";
}

/// Which period a plan covers: the week Monday–Sunday that contains `day`, or the calendar
/// month that contains it.
struct PlanPeriod {
    PeriodKind kind = PeriodKind::Week;
    Date day;
};

/// ISO 8601 week: weeks run Monday–Sunday, week 1 is the one holding the year's first Thursday.
struct IsoWeek {
    int year = 0; ///< the ISO week-numbering year (differs from the calendar year around 1 January)
    int week = 0; ///< 1 … 53
};

IsoWeek isoWeekOf(Date date);

/// One column of a period plan: a day of a weekly plan, or in a monthly plan a week Monday–Sunday
/// clipped to the month. Both ends inclusive.
struct PeriodBucket {
    Date first;
    Date last;

    bool operator==(const PeriodBucket&) const = default;
};

/// First and last day of the period and its columns: 7 days for a week; for a month the weeks
/// Monday–Sunday that overlap it, clipped to the month (4 to 6 columns).
std::vector<PeriodBucket> periodBuckets(const PlanPeriod& period);

/// One product of one workshop: the output of the last routing step of the orders that make it,
/// as scheduled in the period (docs/plans.md, "Weekly and monthly plans").
struct PeriodPlanRow {
    std::string workshop; ///< the workshop of the work center doing the order's last step
    std::string item;
    std::string itemName;
    std::string uom;
    std::vector<double> qty; ///< per bucket
    double total = 0;
    /// Work orders and planned orders whose last step works in the period, in schedule order.
    std::vector<std::string> orders;
    /// Sales order lines (`SO-NUMBER/LINE`) those orders serve, distinct, and their customers.
    std::vector<std::string> customerOrders;
    std::vector<std::string> customers;
    Date due; ///< the earliest due among those orders (each as in the daily plan)

    bool operator==(const PeriodPlanRow&) const = default;
};

/// The sums of one workshop: its products' output and the working time of all its steps.
struct PeriodWorkshopTotal {
    std::string workshop;
    std::vector<double> qty; ///< Σ of the workshop's rows per bucket (mixed units; a headline figure)
    double total = 0;
    /// Working minutes of every operation (any step) on the workshop's work centers, per bucket.
    std::vector<int> workingMinutes;
    int totalWorkingMinutes = 0;
    int products = 0; ///< rows
    int orders = 0; ///< distinct orders completing in the workshop

    bool operator==(const PeriodWorkshopTotal&) const = default;
};

/// Sums over all workshops of a period plan.
struct PeriodPlanTotals {
    int products = 0; ///< rows
    int orders = 0;
    double qty = 0; ///< Σ of the rows (mixed units; a headline figure only)
    int workingMinutes = 0;

    bool operator==(const PeriodPlanTotals&) const = default;
};

/// The weekly or monthly production plan, optionally of one workshop.
struct PeriodPlan {
    PeriodKind kind = PeriodKind::Week;
    Date first; ///< first day of the period (a Monday, or the 1st of the month)
    Date last;
    std::string planNumber; ///< `WP-YYYYWww-<workshop|ALL>` or `MP-YYYYMM-<workshop|ALL>`
    std::string workshop; ///< the filter, "" = all workshops
    std::vector<PeriodBucket> buckets;
    /// By workshop (master-data order), then item code.
    std::vector<PeriodPlanRow> rows;
    /// One per workshop with output or working time in the period, in master-data order.
    std::vector<PeriodWorkshopTotal> workshops;
    PeriodPlanTotals totals;

    bool operator==(const PeriodPlan&) const = default;
};

/// `WP-YYYYWww-<workshop or ALL>` (ISO week of the period) or `MP-YYYYMM-<workshop or ALL>`.
std::string periodPlanNumber(const PlanPeriod& period, const std::string& workshop);

/// Derives the weekly or monthly plan from a schedule of `model` and the MRP run it was made
/// from (for the pegging to sales orders). Quantities are the daily plan's day shares
/// (OperationDayShare.h) of each order's last scheduled step, added up per bucket, so a
/// weekly plan's day equals the daily plan's last steps of that day. `workshop` "" takes
/// every workshop. Pure function.
PeriodPlan buildPeriodPlan(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
    const PlanPeriod& period, const std::string& workshop = {});

} // namespace pmc::core
