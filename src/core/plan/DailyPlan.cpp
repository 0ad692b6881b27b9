#include "core/plan/DailyPlan.h"

#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

/// Rounds to whole pieces for items counted in pieces, else to 0.001 (the precision the
/// documents print), so that the day shares of an operation add up to its quantity.
double roundQuantity(double value, bool pieces)
{
    const double scale = pieces ? 1.0 : 1000.0;
    return std::round(value * scale) / scale;
}

/// The sales order lines and due a make order serves, found by walking its pegging upwards.
struct Served {
    std::vector<std::string> lines;
    std::vector<std::string> customers;
    std::optional<Date> due;
};

class PeggingTracer
{
public:
    PeggingTracer(const FactoryModel& model, const MrpResult& mrp)
    {
        for (const SalesOrder& order : model.salesOrders)
            for (std::size_t i = 0; i < order.lines.size(); ++i)
                m_salesLines.emplace(order.lineId(i), std::make_pair(&order, i));
        for (const PlannedOrder& planned : mrp.plannedOrders)
            m_planned.emplace(planned.id, &planned);
    }

    /// The sales lines reached from `order` (a planned order id; work orders are not pegged
    /// by MRP, so they reach none), memoised since a big run shares long chains.
    const std::vector<std::string>& salesLinesOf(const std::string& order)
    {
        if (const auto found = m_memo.find(order); found != m_memo.end())
            return found->second;
        std::vector<std::string> result;
        const auto planned = m_planned.find(order);
        // The guard entry makes a (refused elsewhere) pegging cycle terminate instead of recurse.
        m_memo.emplace(order, std::vector<std::string> {});
        if (planned != m_planned.end()) {
            for (const Pegging& peg : planned->second->pegging) {
                if (m_salesLines.count(peg.demand) > 0) {
                    result.push_back(peg.demand);
                    continue;
                }
                for (const std::string& line : salesLinesOf(peg.demand))
                    result.push_back(line);
            }
        }
        std::vector<std::string> unique;
        for (const std::string& line : result)
            if (std::find(unique.begin(), unique.end(), line) == unique.end())
                unique.push_back(line);
        return m_memo[order] = std::move(unique);
    }

    Served served(const std::string& order)
    {
        Served result;
        result.lines = salesLinesOf(order);
        for (const std::string& line : result.lines) {
            const auto& [salesOrder, index] = m_salesLines.at(line);
            const Date due = salesOrder->lines[index].due;
            if (!result.due || due < *result.due)
                result.due = due;
            if (!salesOrder->customer.empty()
                && std::find(result.customers.begin(), result.customers.end(), salesOrder->customer)
                    == result.customers.end())
                result.customers.push_back(salesOrder->customer);
        }
        return result;
    }

private:
    std::unordered_map<std::string, std::pair<const SalesOrder*, std::size_t>> m_salesLines;
    std::unordered_map<std::string, const PlannedOrder*> m_planned;
    std::unordered_map<std::string, std::vector<std::string>> m_memo;
};

/// The part of [from, to) covered by working intervals: its first and last working minute.
MinuteSpan workingExtent(WorkingTime& time, int from, int to)
{
    const std::vector<MinuteSpan>& intervals = time.intervals(to);
    auto it = std::upper_bound(
        intervals.begin(), intervals.end(), from, [](int minute, const MinuteSpan& span) { return minute < span.end; });
    MinuteSpan extent { to, from };
    for (; it != intervals.end() && it->start < to; ++it) {
        extent.start = std::min(extent.start, std::max(it->start, from));
        extent.end = std::max(extent.end, std::min(it->end, to));
    }
    return extent;
}

} // namespace

std::string dailyPlanNumber(Date date, const std::string& workshop)
{
    char ymd[16];
    std::snprintf(ymd, sizeof ymd, "%04d%02d%02d", date.year(), date.month(), date.day());
    return "DP-" + std::string(ymd) + "-" + (workshop.empty() ? std::string("ALL") : workshop);
}

DailyPlan buildDailyPlan(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule, Date date,
    const std::string& workshop)
{
    DailyPlan plan;
    plan.date = date;
    plan.workshop = workshop;
    plan.planNumber = dailyPlanNumber(date, workshop);

    const int dayStart = (date - schedule.today) * kMinutesPerDay;
    const int dayEnd = dayStart + kMinutesPerDay;

    std::unordered_map<std::string, std::size_t> workCenterIndex;
    std::unordered_map<std::string, std::size_t> workshopRank;
    for (std::size_t i = 0; i < model.workCenters.size(); ++i) {
        workCenterIndex.emplace(model.workCenters[i].code, i);
        workshopRank.emplace(model.workCenters[i].workshop, workshopRank.size());
    }
    std::unordered_map<std::string, const Item*> items;
    for (const Item& item : model.items)
        items.emplace(item.code, &item);
    std::unordered_map<std::string, const WorkOrder*> workOrders;
    for (const WorkOrder& order : model.workOrders)
        workOrders.emplace(order.number, &order);
    std::unordered_map<std::string, const PlannedOrder*> planned;
    // Bought planned orders by the order they are pegged to: the material that order waits for.
    std::unordered_map<std::string, std::vector<const PlannedOrder*>> boughtFor;
    for (const PlannedOrder& order : mrp.plannedOrders) {
        planned.emplace(order.id, &order);
        if (order.source == ItemSource::Buy)
            for (const Pegging& peg : order.pegging)
                boughtFor[peg.demand].push_back(&order);
    }

    PeggingTracer tracer(model, mrp);
    std::map<std::string, WorkingTime> workingTimes;
    for (const ScheduledOperation& op : schedule.operations) {
        if (op.startMinute >= dayEnd || op.endMinute < dayStart)
            continue;
        const auto wcIt = workCenterIndex.find(op.workCenter);
        if (wcIt == workCenterIndex.end())
            continue; // the scheduler refuses unknown work centers; nothing sensible to print
        const WorkCenter& wc = model.workCenters[wcIt->second];
        if (!workshop.empty() && wc.workshop != workshop)
            continue;
        WorkingTime& time
            = workingTimes.try_emplace(op.workCenter, model.calendar, schedule.today, op.workCenter).first->second;

        const Item* item = items.count(op.item) ? items.at(op.item) : nullptr;
        const bool pieces = item ? item->isCountedInPieces() : true;
        DailyPlanLine line;
        const int from = std::max(op.startMinute, dayStart);
        const int to = std::min(op.endMinute, dayEnd);
        const int total = time.workingMinutesBetween(op.startMinute, op.endMinute);
        if (total == 0) {
            // An operation without duration is done where it starts.
            if (op.startMinute < dayStart)
                continue;
            line.qty = op.qty;
            line.startMinute = line.endMinute = op.startMinute;
        } else {
            line.workingMinutes = from < to ? time.workingMinutesBetween(from, to) : 0;
            if (line.workingMinutes == 0)
                continue;
            // Cumulative rounding: the day shares of an operation always add up to its quantity.
            const int before = time.workingMinutesBetween(op.startMinute, std::max(op.startMinute, dayStart));
            const double upToDay = roundQuantity(op.qty * (before + line.workingMinutes) / total, pieces);
            const double beforeDay = roundQuantity(op.qty * before / total, pieces);
            line.qty = roundQuantity(upToDay - beforeDay, pieces);
            const MinuteSpan extent = workingExtent(time, from, to);
            line.startMinute = extent.start;
            line.endMinute = extent.end;
        }

        line.workshop = wc.workshop;
        line.workCenter = wc.code;
        line.workCenterName = wc.name;
        line.unit = op.unit;
        line.order = op.order;
        line.item = op.item;
        line.itemName = item ? item->name : std::string();
        line.uom = item ? item->uom : std::string("pcs");
        line.seq = op.seq;
        line.orderQty = op.qty;
        if (const auto wo = workOrders.find(op.order); wo != workOrders.end()) {
            line.isWorkOrder = true;
            line.orderQty = wo->second->qty;
            line.due = wo->second->due;
        } else {
            const Served served = tracer.served(op.order);
            line.customerOrders = served.lines;
            line.customers = served.customers;
            const auto own = planned.find(op.order);
            line.due = served.due ? *served.due : (own != planned.end() ? own->second->due : schedule.today);
            if (own != planned.end())
                line.orderQty = own->second->qty;
        }

        // A bought planned order is in house `material_buffer_days` before production at its due,
        // but no earlier than release + purchase lead time (MRP clamps a past-due release to today).
        if (const auto bought = boughtFor.find(op.order); bought != boughtFor.end()) {
            for (const PlannedOrder* material : bought->second) {
                const Item* materialItem = items.count(material->item) ? items.at(material->item) : nullptr;
                const Date arrival
                    = std::max(material->due, material->release + (materialItem ? materialItem->leadTimeDays : 0));
                const int readyMinute = (arrival + model.settings.materialBufferDays - schedule.today) * kMinutesPerDay;
                if (readyMinute > op.startMinute
                    && std::find(line.shortItems.begin(), line.shortItems.end(), material->item)
                        == line.shortItems.end())
                    line.shortItems.push_back(material->item);
            }
        }
        line.materialStatus = line.shortItems.empty() ? MaterialStatus::Kitted : MaterialStatus::Short;
        plan.lines.push_back(std::move(line));
    }

    const auto key = [&](const DailyPlanLine& line) {
        return std::make_tuple(workshopRank.at(line.workshop), workCenterIndex.at(line.workCenter), line.unit,
            line.startMinute, line.order, line.seq);
    };
    std::stable_sort(plan.lines.begin(), plan.lines.end(),
        [&](const DailyPlanLine& a, const DailyPlanLine& b) { return key(a) < key(b); });

    std::set<std::string> orders;
    std::set<std::string> workCenters;
    for (const DailyPlanLine& line : plan.lines) {
        orders.insert(line.order);
        workCenters.insert(line.workCenter);
        plan.totals.qty += line.qty;
        plan.totals.workingMinutes += line.workingMinutes;
        plan.totals.shortLines += line.materialStatus == MaterialStatus::Short ? 1 : 0;
    }
    plan.totals.qty = roundQuantity(plan.totals.qty, false);
    plan.totals.lines = static_cast<int>(plan.lines.size());
    plan.totals.orders = static_cast<int>(orders.size());
    plan.totals.workCenters = static_cast<int>(workCenters.size());
    return plan;
}

} // namespace pmc::core
