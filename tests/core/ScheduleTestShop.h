#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core::test {

/// Today in every scheduler test: Wednesday 2026-11-25 (day 3 is Saturday, day 5 Monday).
inline const Date kScheduleToday = Date::fromYmd(2026, 11, 25);

/// Minute `hour:minute` of the day `day` days after today.
inline int at(int day, int hour, int minute = 0) { return day * 24 * 60 + hour * 60 + minute; }

/// A shop built in code: Monday–Friday, shifts 08:00–12:00 and 13:00–17:00, no material
/// buffer; the MRP result is written by hand so that each test states its pegging.
struct ScheduleTestShop {
    FactoryModel model;
    MrpResult mrp;

    ScheduleTestShop()
    {
        model.settings = {kScheduleToday, 60, 0};
        model.calendar.setWorkdays({1, 2, 3, 4, 5});
        model.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    }
    void workCenter(const std::string& code, int units = 1, double efficiency = 1.0)
    {
        model.workCenters.push_back({code, code, "", units, efficiency});
    }
    void routing(const std::string& item, std::vector<Operation> operations)
    {
        model.routings.push_back({item, std::move(operations)});
    }
    void wo(const std::string& number, const std::string& item, double qty, int dueDay, double completed = 0)
    {
        model.workOrders.push_back({number, item, qty, kScheduleToday + dueDay, completed});
    }
    void planned(const std::string& id, const std::string& item, double qty, int dueDay, ItemSource source,
                 std::vector<Pegging> pegging = {})
    {
        mrp.plannedOrders.push_back({id, item, qty, kScheduleToday + dueDay, kScheduleToday, source, std::move(pegging)});
    }
    void salesOrder(const std::string& number, int priority, std::vector<SalesOrderLine> lines)
    {
        model.salesOrders.push_back({number, "", priority, std::move(lines)});
    }
    ScheduleResult run(const ScheduleOptions& options = {}) const { return FiniteScheduler(model).run(mrp, options); }
};

/// The operations of one order in the result, in seq order.
inline std::vector<ScheduledOperation> operationsOf(const ScheduleResult& result, const std::string& order)
{
    std::vector<ScheduledOperation> ops;
    for (const ScheduledOperation& op : result.operations)
        if (op.order == order)
            ops.push_back(op);
    return ops;
}

inline const OrderCompletion& orderOf(const ScheduleResult& result, const std::string& order)
{
    return *std::find_if(result.orders.begin(), result.orders.end(),
                         [&](const OrderCompletion& o) { return o.order == order; });
}

/// An independent feasibility check of a schedule: routing steps and durations in working
/// minutes, working time, precedence, material and child readiness, one operation per unit at
/// a time, and completions. Returns one message per violation.
inline std::vector<std::string> scheduleViolations(const FactoryModel& model, const MrpResult& mrp,
                                                   const ScheduleResult& result)
{
    std::vector<std::string> problems;
    std::map<std::string, WorkingTime> time;
    std::map<std::string, const WorkCenter*> centers;
    for (const WorkCenter& wc : model.workCenters) {
        time.emplace(wc.code, WorkingTime(model.calendar, model.settings.today, wc.code));
        centers[wc.code] = &wc;
    }
    std::map<std::string, int> ready; // order -> earliest start from children and material
    std::map<std::string, int> completion;
    for (const OrderCompletion& o : result.orders)
        completion[o.order] = o.completionMinute;
    for (const PlannedOrder& p : mrp.plannedOrders)
        for (const Pegging& peg : p.pegging) {
            if (!completion.contains(peg.demand))
                continue;
            const int r = p.source == ItemSource::Make
                ? completion[p.id]
                : (p.due + model.settings.materialBufferDays - model.settings.today) * 24 * 60;
            ready[peg.demand] = std::max(ready[peg.demand], r);
        }
    std::map<std::pair<std::string, int>, std::vector<ScheduledOperation>> byUnit;
    for (const OrderCompletion& o : result.orders) {
        const std::vector<ScheduledOperation> ops = operationsOf(result, o.order);
        const auto routing = std::find_if(model.routings.begin(), model.routings.end(),
                                          [&](const Routing& r) { return r.item == o.item; });
        std::vector<Operation> routingSteps;
        if (routing != model.routings.end())
            routingSteps = routing->operations;
        std::sort(routingSteps.begin(), routingSteps.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
        const std::size_t steps = routingSteps.size();
        if (ops.size() != steps)
            problems.push_back(o.order + ": " + std::to_string(ops.size()) + " operations for " + std::to_string(steps) + " steps");
        int previousEnd = std::max(0, ready[o.order]);
        for (std::size_t k = 0; k < ops.size() && k < steps; ++k) {
            const ScheduledOperation& op = ops[k];
            const Operation& step = routingSteps[k];
            const std::string name = o.order + "/" + std::to_string(op.seq);
            const double raw = step.setupMinutes + op.qty * step.runMinutesPerUnit / centers[op.workCenter]->efficiency;
            const int minutes = raw <= 0 ? 0 : static_cast<int>(std::ceil(raw - 1e-9 * std::max(1.0, raw)));
            WorkingTime& wt = time.at(op.workCenter);
            if (op.seq != step.seq || op.workCenter != step.workCenter)
                problems.push_back(name + ": not the routing step");
            if (wt.workingMinutesBetween(op.startMinute, op.endMinute) != minutes)
                problems.push_back(name + ": working minutes differ from " + std::to_string(minutes));
            if (minutes > 0 && (wt.workingMinutesBetween(op.startMinute, op.startMinute + 1) != 1
                                || wt.workingMinutesBetween(op.endMinute - 1, op.endMinute) != 1))
                problems.push_back(name + ": starts or ends outside working time");
            if (op.startMinute < previousEnd)
                problems.push_back(name + ": starts before its predecessor, child or material is ready");
            if (op.unit < 0 || op.unit >= centers[op.workCenter]->parallelUnits)
                problems.push_back(name + ": no such unit");
            previousEnd = op.endMinute;
            if (minutes > 0)
                byUnit[{op.workCenter, op.unit}].push_back(op);
        }
        if (!ops.empty() && ops.back().endMinute != o.completionMinute)
            problems.push_back(o.order + ": completion is not the end of its last operation");
        if (o.lateDays != std::max(0, dateOfMinute(model.settings.today, o.completionMinute) - o.due))
            problems.push_back(o.order + ": wrong late days");
    }
    for (auto& [unit, ops] : byUnit) {
        std::sort(ops.begin(), ops.end(), [](const auto& a, const auto& b) { return a.startMinute < b.startMinute; });
        for (std::size_t k = 1; k < ops.size(); ++k)
            if (ops[k].startMinute < ops[k - 1].endMinute)
                problems.push_back(unit.first + "#" + std::to_string(unit.second) + ": " + ops[k - 1].order + " overlaps " + ops[k].order);
    }
    return problems;
}

} // namespace pmc::core::test
