#include "core/scheduling/ScheduleComparison.h"

#include "core/scheduling/CapacityLoad.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
// Measures are counts, days, hours and percentages: a hundredth is below anything shown.
constexpr double kTolerance = 0.005;

struct Busiest {
    std::string workCenter;
    double percent = 0;
};

// The same load ÷ available as the Capacity load area, in one bucket from today to the
// horizon, so a unit added in the what-if shows as a lower utilisation for the same work.
Busiest busiestWorkCenter(const ComparedPlan& plan, int horizonDays)
{
    Busiest busiest;
    if (plan.schedule.operations.empty())
        return busiest;
    const CapacityLoad load = scheduledCapacityLoad(plan.model, plan.schedule, {plan.schedule.today, 1, horizonDays, {}});
    for (const CapacityLoadBucket& bucket : load.buckets) {
        const double percent = 100.0 * bucket.utilisation.value_or(0.0);
        if (busiest.workCenter.empty() || percent > busiest.percent + 1e-9)
            busiest = {bucket.workCenter, percent};
    }
    return busiest;
}

double count(const auto& rows, const auto& predicate)
{
    return static_cast<double>(std::count_if(rows.begin(), rows.end(), predicate));
}

std::vector<double> measuresOf(const ScheduleResult& s, double busiestPercent)
{
    double daysLate = 0;
    for (const OrderCompletion& o : s.orders)
        daysLate += o.lateDays;
    return {
        count(s.orders, [](const OrderCompletion& o) { return o.lateDays > 0; }),
        count(s.demands, [](const DemandCompletion& d) { return d.lateDays > 0; }),
        daysLate,
        static_cast<double>(s.weightedTardiness),
        static_cast<double>(s.makespan) / kMinutesPerDay,
        static_cast<double>(s.changeoverMinutes) / 60.0,
        busiestPercent,
        count(s.orders, [](const OrderCompletion& o) { return o.materialShort; }),
    };
}

std::vector<OrderComparison> compareOrders(const ScheduleResult& live, const ScheduleResult& whatIf)
{
    std::map<std::string, OrderComparison> byOrder;
    for (const OrderCompletion& o : live.orders) {
        OrderComparison& row = byOrder[o.order];
        row = {o.order, o.item, o.due, o.completionMinute, std::nullopt, o.lateDays, 0, std::nullopt};
    }
    for (const OrderCompletion& o : whatIf.orders) {
        OrderComparison& row = byOrder[o.order];
        if (row.order.empty())
            row = {o.order, o.item, o.due, std::nullopt, std::nullopt, 0, 0, std::nullopt};
        row.whatIfCompletionMinute = o.completionMinute;
        row.whatIfLateDays = o.lateDays;
        // The what-if due date, as MRP may have moved a planned order's need.
        row.due = o.due;
    }
    std::vector<OrderComparison> rows;
    for (auto& [order, row] : byOrder) {
        if (row.liveCompletionMinute && row.whatIfCompletionMinute)
            row.changeDays = dateOfMinute(whatIf.today, *row.whatIfCompletionMinute)
                - dateOfMinute(live.today, *row.liveCompletionMinute);
        if (row.liveLateDays > 0 || row.whatIfLateDays > 0 || row.changeDays.value_or(0) != 0)
            rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const OrderComparison& a, const OrderComparison& b) {
        return std::tie(b.whatIfLateDays, b.liveLateDays, a.order) < std::tie(a.whatIfLateDays, a.liveLateDays, b.order);
    });
    return rows;
}

} // namespace

bool MeasureComparison::isBetter() const
{
    return whatIf < live - kTolerance;
}

bool MeasureComparison::isWorse() const
{
    return whatIf > live + kTolerance;
}

const MeasureComparison& ScheduleComparison::measure(ScheduleMeasure which) const
{
    for (const MeasureComparison& m : measures)
        if (m.measure == which)
            return m;
    throw std::out_of_range("ScheduleComparison::measure: not compared");
}

ScheduleComparison compareSchedules(const ComparedPlan& live, const ComparedPlan& whatIf)
{
    if (live.schedule.today != whatIf.schedule.today)
        throw std::invalid_argument("compareSchedules: the plans start on different days");
    ScheduleComparison comparison;
    const int horizonMinute = std::max(live.schedule.makespan, whatIf.schedule.makespan);
    comparison.horizonDays = std::max(1, (horizonMinute + kMinutesPerDay - 1) / kMinutesPerDay);
    const Busiest liveBusiest = busiestWorkCenter(live, comparison.horizonDays);
    const Busiest whatIfBusiest = busiestWorkCenter(whatIf, comparison.horizonDays);
    comparison.liveBusiestWorkCenter = liveBusiest.workCenter;
    comparison.whatIfBusiestWorkCenter = whatIfBusiest.workCenter;
    const std::vector<double> liveValues = measuresOf(live.schedule, liveBusiest.percent);
    const std::vector<double> whatIfValues = measuresOf(whatIf.schedule, whatIfBusiest.percent);
    for (std::size_t i = 0; i < liveValues.size(); ++i)
        comparison.measures.push_back({static_cast<ScheduleMeasure>(i), liveValues[i], whatIfValues[i]});
    comparison.orders = compareOrders(live.schedule, whatIf.schedule);
    return comparison;
}

} // namespace pmc::core
