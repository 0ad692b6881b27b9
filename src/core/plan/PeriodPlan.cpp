#include "core/plan/PeriodPlan.h"

#include "core/plan/OperationDayShare.h"
#include "core/plan/PlanLookups.h"
#include "core/plan/SalesPegging.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace pmc::core {

namespace {

Date mondayOf(Date date)
{
    return date - (date.isoWeekday() - 1);
}

Date lastOfMonth(Date date)
{
    const bool december = date.month() == 12;
    return Date::fromYmd(december ? date.year() + 1 : date.year(), december ? 1 : date.month() + 1, 1) - 1;
}

template <typename T>
void addDistinct(std::vector<T>& list, const T& value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

/// What an order contributes to a row besides its quantity: the sales lines it serves and its
/// due, by the daily plan's rule (docs/plans.md).
class OrderDemand
{
public:
    OrderDemand(const FactoryModel& model, const MrpResult& mrp, Date today)
        : m_tracer(model, mrp)
        , m_today(today)
    {
        for (const WorkOrder& order : model.workOrders)
            m_workOrderDue.emplace(order.number, order.due);
        for (const PlannedOrder& order : mrp.plannedOrders)
            m_plannedDue.emplace(order.id, order.due);
    }

    /// Adds `order` to `row` unless it is counted already.
    void addTo(PeriodPlanRow& row, const std::string& order)
    {
        if (std::find(row.orders.begin(), row.orders.end(), order) != row.orders.end())
            return;
        Date due = m_today;
        if (const auto wo = m_workOrderDue.find(order); wo != m_workOrderDue.end()) {
            due = wo->second; // MRP does not peg work orders to demand
        } else {
            const ServedDemand served = m_tracer.served(order);
            for (const std::string& line : served.lines)
                addDistinct(row.customerOrders, line);
            for (const std::string& customer : served.customers)
                addDistinct(row.customers, customer);
            if (served.due)
                due = *served.due;
            else if (const auto own = m_plannedDue.find(order); own != m_plannedDue.end())
                due = own->second;
        }
        row.due = row.orders.empty() ? due : std::min(row.due, due);
        row.orders.push_back(order);
    }

private:
    PeggingTracer m_tracer;
    Date m_today;
    std::unordered_map<std::string, Date> m_workOrderDue;
    std::unordered_map<std::string, Date> m_plannedDue;
};

} // namespace

IsoWeek isoWeekOf(Date date)
{
    // The week belongs to the year its Thursday falls in.
    const Date thursday = date + (4 - date.isoWeekday());
    const int year = thursday.year();
    return { year, (thursday - Date::fromYmd(year, 1, 1)) / 7 + 1 };
}

std::vector<PeriodBucket> periodBuckets(const PlanPeriod& period)
{
    std::vector<PeriodBucket> buckets;
    if (period.kind == PeriodKind::Week) {
        const Date monday = mondayOf(period.day);
        for (int i = 0; i < 7; ++i)
            buckets.push_back({ monday + i, monday + i });
        return buckets;
    }
    const Date first = Date::fromYmd(period.day.year(), period.day.month(), 1);
    const Date last = lastOfMonth(period.day);
    for (Date monday = mondayOf(first); monday <= last; monday = monday + 7)
        buckets.push_back({ std::max(monday, first), std::min(monday + 6, last) });
    return buckets;
}

std::string periodPlanNumber(const PlanPeriod& period, const std::string& workshop)
{
    char text[24];
    if (period.kind == PeriodKind::Week) {
        const IsoWeek week = isoWeekOf(period.day);
        std::snprintf(text, sizeof text, "WP-%04dW%02d-", week.year, week.week);
    } else {
        std::snprintf(text, sizeof text, "MP-%04d%02d-", period.day.year(), period.day.month());
    }
    return text + (workshop.empty() ? std::string("ALL") : workshop);
}

PeriodPlan buildPeriodPlan(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
    const PlanPeriod& period, const std::string& workshop)
{
    PeriodPlan plan;
    plan.kind = period.kind;
    plan.workshop = workshop;
    plan.planNumber = periodPlanNumber(period, workshop);
    plan.buckets = periodBuckets(period);
    plan.first = plan.buckets.front().first;
    plan.last = plan.buckets.back().last;
    const std::size_t bucketCount = plan.buckets.size();
    std::vector<std::size_t> bucketOfDay;
    for (std::size_t b = 0; b < bucketCount; ++b)
        bucketOfDay.insert(bucketOfDay.end(), plan.buckets[b].last - plan.buckets[b].first + 1, b);

    const PlanLookups lookups(model);
    const auto& workCenterIndex = lookups.workCenterIndex;
    const auto& workshopRank = lookups.workshopRank;
    const auto& items = lookups.items;
    // The order's last routing step still to do is the one that delivers its item.
    std::unordered_map<std::string, int> lastSeq;
    for (const ScheduledOperation& op : schedule.operations) {
        auto [it, added] = lastSeq.try_emplace(op.order, op.seq);
        it->second = std::max(it->second, op.seq);
    }

    const int periodStart = (plan.first - schedule.today) * kPlanMinutesPerDay;
    const int periodEnd = (plan.last + 1 - schedule.today) * kPlanMinutesPerDay;
    OrderDemand demand(model, mrp, schedule.today);
    std::map<std::string, WorkingTime> workingTimes;
    std::map<std::pair<std::string, std::string>, PeriodPlanRow> rows; // by (workshop, item)
    std::map<std::string, std::vector<int>> load; // working minutes per workshop and bucket
    for (const ScheduledOperation& op : schedule.operations) {
        if (op.startMinute >= periodEnd || op.endMinute < periodStart)
            continue;
        const auto wcIt = workCenterIndex.find(op.workCenter);
        if (wcIt == workCenterIndex.end())
            continue; // the scheduler refuses unknown work centers
        const WorkCenter& wc = model.workCenters[wcIt->second];
        if (!workshop.empty() && wc.workshop != workshop)
            continue;
        WorkingTime& time
            = workingTimes.try_emplace(op.workCenter, model.calendar, schedule.today, op.workCenter).first->second;
        const Item* item = items.count(op.item) ? items.at(op.item) : nullptr;
        const bool pieces = item ? item->isCountedInPieces() : true;
        const bool completes = op.seq == lastSeq.at(op.order);

        std::vector<int>& minutes = load[wc.workshop];
        minutes.resize(bucketCount, 0);
        PeriodPlanRow* row = nullptr;
        const Date firstDay = std::max(plan.first, dateOfMinute(schedule.today, op.startMinute));
        const Date lastDay = std::min(plan.last, dateOfMinute(schedule.today, op.endMinute));
        for (Date day = firstDay; day <= lastDay; ++day) {
            const auto share = operationDayShare(time, op, (day - schedule.today) * kPlanMinutesPerDay, pieces);
            if (!share)
                continue;
            const std::size_t bucket = bucketOfDay[static_cast<std::size_t>(day - plan.first)];
            minutes[bucket] += share->workingMinutes;
            if (!completes)
                continue;
            if (!row) {
                row = &rows[{ wc.workshop, op.item }];
                if (row->qty.empty()) {
                    row->workshop = wc.workshop;
                    row->item = op.item;
                    row->itemName = item ? item->name : std::string();
                    row->uom = item ? item->uom : std::string("pcs");
                    row->qty.assign(bucketCount, 0);
                }
                demand.addTo(*row, op.order);
            }
            row->qty[bucket] += share->qty;
        }
    }

    for (auto& [key, row] : rows) {
        const Item* item = items.count(row.item) ? items.at(row.item) : nullptr;
        const bool pieces = item ? item->isCountedInPieces() : true;
        for (double& qty : row.qty) {
            qty = roundPlanQuantity(qty, pieces); // undo the floating-point drift of the additions
            row.total += qty;
        }
        row.total = roundPlanQuantity(row.total, pieces);
        plan.rows.push_back(std::move(row));
    }
    const auto rank = [&](const std::string& name) { return workshopRank.at(name); };
    std::stable_sort(plan.rows.begin(), plan.rows.end(), [&](const PeriodPlanRow& a, const PeriodPlanRow& b) {
        return std::make_tuple(rank(a.workshop), a.item) < std::make_tuple(rank(b.workshop), b.item);
    });

    for (auto& [name, minutes] : load) {
        PeriodWorkshopTotal total;
        total.workshop = name;
        total.qty.assign(bucketCount, 0);
        total.workingMinutes = minutes;
        for (int m : minutes)
            total.totalWorkingMinutes += m;
        for (const PeriodPlanRow& row : plan.rows) {
            if (row.workshop != name)
                continue;
            for (std::size_t b = 0; b < bucketCount; ++b)
                total.qty[b] += row.qty[b];
            total.total += row.total;
            total.products += 1;
            total.orders += static_cast<int>(row.orders.size()); // an order has one item, so one row
        }
        for (double& qty : total.qty)
            qty = roundPlanQuantity(qty, false);
        total.total = roundPlanQuantity(total.total, false);
        if (total.totalWorkingMinutes == 0 && total.products == 0)
            continue;
        plan.totals.products += total.products;
        plan.totals.orders += total.orders;
        plan.totals.qty += total.total;
        plan.totals.workingMinutes += total.totalWorkingMinutes;
        plan.workshops.push_back(std::move(total));
    }
    plan.totals.qty = roundPlanQuantity(plan.totals.qty, false);
    std::stable_sort(plan.workshops.begin(), plan.workshops.end(),
        [&](const PeriodWorkshopTotal& a, const PeriodWorkshopTotal& b) { return rank(a.workshop) < rank(b.workshop); });
    return plan;
}

} // namespace pmc::core
