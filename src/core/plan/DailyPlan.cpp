#include "core/plan/DailyPlan.h"

#include "core/plan/OperationDayShare.h"
#include "core/plan/PlanLookups.h"
#include "core/plan/SalesPegging.h"
#include "core/plan/StandbyJobs.h"
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

std::string dailyPlanNumber(Date date, const std::string& workshop)
{
    char ymd[16];
    std::snprintf(ymd, sizeof ymd, "%04d%02d%02d", date.year(), date.month(), date.day());
    return "DP-" + std::string(ymd) + "-" + (workshop.empty() ? std::string("ALL") : workshop);
}

DailyPlan buildDailyPlan(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule, Date date,
    const std::string& workshop, const std::vector<MaterialIssue>& issues)
{
    DailyPlan plan;
    plan.date = date;
    plan.workshop = workshop;
    plan.planNumber = dailyPlanNumber(date, workshop);

    const int dayStart = (date - schedule.today) * kPlanMinutesPerDay;
    const int dayEnd = dayStart + kPlanMinutesPerDay;

    const PlanLookups lookups(model);
    const auto& workCenterIndex = lookups.workCenterIndex;
    const auto& workshopRank = lookups.workshopRank;
    const auto& items = lookups.items;
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
        const std::optional<OperationDayShare> share = operationDayShare(time, op, dayStart, pieces);
        if (!share)
            continue;
        DailyPlanLine line;
        line.qty = share->qty;
        line.workingMinutes = share->workingMinutes;
        line.startMinute = share->startMinute;
        line.endMinute = share->endMinute;

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
            const ServedDemand served = tracer.served(op.order);
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
                const int readyMinute = (arrival + model.settings.materialBufferDays - schedule.today) * kPlanMinutesPerDay;
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
    plan.totals.qty = roundPlanQuantity(plan.totals.qty, false);
    plan.totals.lines = static_cast<int>(plan.lines.size());
    plan.totals.orders = static_cast<int>(orders.size());
    plan.totals.workCenters = static_cast<int>(workCenters.size());
    proposeStandbyJobs(plan, checkKits(model, mrp, schedule, issues), schedule);
    return plan;
}

} // namespace pmc::core
