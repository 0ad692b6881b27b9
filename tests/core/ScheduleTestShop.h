#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <optional>
#include <set>
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

/// What a random shop has beyond work orders, planned orders and calendars.
struct RandomShopExtras {
    bool changeovers = false; ///< product families and changeover rows on W0 and W1
    int pins = 0;             ///< operations of work orders pinned at random (may conflict)
};

// A random shop: several work centers with parallel units and efficiencies, multi-step
// routings, pegging chains of planned orders onto work orders and sales lines, bought
// material, holidays, a make-up day and overtime.
inline ScheduleTestShop randomShop(unsigned seed, const RandomShopExtras& extras = {})
{
    std::mt19937 random(seed);
    const auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    ScheduleTestShop shop;
    shop.model.settings.materialBufferDays = 2;
    shop.model.calendar.setHolidays({kScheduleToday + 1, kScheduleToday + 12});
    shop.model.calendar.setExtraWorkdays({kScheduleToday + 10});
    shop.model.calendar.setOvertime({{kScheduleToday + 2, "W1", 18 * 60, 21 * 60}, {kScheduleToday + 4, "W0", 9 * 60, 12 * 60}});
    for (int w = 0; w < 4; ++w)
        shop.workCenter("W" + std::to_string(w), uniform(1, 3), 0.8 + 0.1 * uniform(0, 2));
    for (int i = 0; i < 12; ++i) {
        std::vector<Operation> ops;
        for (int k = 0, n = uniform(i == 11 ? 0 : 1, 4); k < n; ++k)
            ops.push_back({10 * (k + 1), "W" + std::to_string(uniform(0, 3)), double(uniform(0, 60)), uniform(1, 50) / 10.0});
        if (!ops.empty())
            shop.routing("M" + std::to_string(i), ops);
    }
    std::vector<std::string> parents;
    for (int w = 0; w < 4; ++w) {
        shop.wo("WO-" + std::to_string(w), "M" + std::to_string(uniform(0, 11)), uniform(1, 40), uniform(-2, 6), w == 0 ? 3 : 0);
        parents.push_back("WO-" + std::to_string(w));
    }
    for (int s = 0; s < 6; ++s)
        shop.salesOrder("SO-" + std::to_string(s), uniform(1, 5), {{"M0", 1, kScheduleToday + uniform(0, 15)}});
    for (int p = 1; p <= 30; ++p) {
        const std::string id = "PLN-0000" + std::to_string(p);
        std::vector<Pegging> pegging;
        if (parents.size() > 4 && uniform(0, 2) == 0)
            pegging.push_back({"SO-" + std::to_string(uniform(0, 5)) + "/1", 1});
        for (int k = uniform(0, 2); k > 0; --k)
            pegging.push_back({parents[static_cast<std::size_t>(uniform(0, static_cast<int>(parents.size()) - 1))], 1});
        const bool buy = uniform(0, 3) == 0;
        shop.planned(id, buy ? "RM" : "M" + std::to_string(uniform(0, 11)), uniform(1, 30), uniform(0, 20),
                     buy ? ItemSource::Buy : ItemSource::Make, pegging);
        if (!buy)
            parents.push_back(id);
    }
    if (extras.changeovers) {
        for (int i = 0; i < 12; ++i)
            shop.model.items.push_back({.code = "M" + std::to_string(i), .source = ItemSource::Make,
                                        .family = i % 4 == 3 ? "" : "F" + std::to_string(i % 3)});
        shop.model.changeovers = {{"W0", "*", "*", double(uniform(10, 90))},
                                  {"W0", "F0", "F1", double(uniform(0, 200))},
                                  {"W1", "F2", "*", double(uniform(5, 300))},
                                  {"W1", "*", "F0", 45.5}};
    }
    for (int k = 0; k < extras.pins; ++k) {
        const WorkOrder& wo = shop.model.workOrders[static_cast<std::size_t>(uniform(0, 3))];
        const auto routing = std::find_if(shop.model.routings.begin(), shop.model.routings.end(),
                                          [&](const Routing& r) { return r.item == wo.item; });
        if (routing == shop.model.routings.end())
            continue;
        const Operation& op = routing->operations[static_cast<std::size_t>(uniform(0, static_cast<int>(routing->operations.size()) - 1))];
        shop.model.operationPins.push_back({wo.number, op.seq, uniform(0, 2), kScheduleToday + uniform(0, 6), uniform(0, 23) * 60});
    }
    return shop;
}


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

/// Changeover minutes on `workCenter` between two product families, from the model's rows: the
/// exact pair, else from → `*`, else `*` → to, else `*` → `*`; none within a family.
inline int changeoverBetween(const FactoryModel& model, const std::string& workCenter, const std::string& from,
                             const std::string& to)
{
    if (from == to)
        return 0;
    std::optional<double> found[4];
    for (const Changeover& c : model.changeovers) {
        if (c.workCenter != workCenter)
            continue;
        const int rank = c.fromFamily == from && c.toFamily == to ? 0
            : c.fromFamily == from && c.toFamily == "*"           ? 1
            : c.fromFamily == "*" && c.toFamily == to             ? 2
            : c.fromFamily == "*" && c.toFamily == "*"            ? 3
                                                                  : -1;
        if (rank >= 0)
            found[rank] = c.minutes;
    }
    for (const auto& minutes : found)
        if (minutes)
            return static_cast<int>(std::ceil(*minutes - 1e-9));
    return 0;
}

/// The start a firm planned order waits for: its release date 00:00.
struct FirmPlannedOrderRelease {
    std::string order;
    int minute = 0;
};
inline std::vector<FirmPlannedOrderRelease> firmReleases(const FactoryModel& model, const MrpResult& mrp)
{
    std::vector<FirmPlannedOrderRelease> releases;
    for (const PlannedOrder& p : mrp.plannedOrders)
        if (p.firm && p.source == ItemSource::Make)
            releases.push_back({p.id, std::max(0, (p.release - model.settings.today) * 24 * 60)});
    return releases;
}

/// An independent feasibility check of a schedule: routing steps and durations in working
/// minutes (changeover included), working time, precedence, material and child readiness, one
/// operation per unit at a time, time for the changeover between neighbours on a unit, pins,
/// and completions. A pinned operation listed among the conflicts may break precedence.
/// Returns one message per violation.
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
    for (const FirmPlannedOrderRelease& firm : firmReleases(model, mrp))
        ready[firm.order] = std::max(ready[firm.order], firm.minute);
    std::set<std::pair<std::string, int>> conflicting;
    for (const ScheduleConflict& c : result.conflicts)
        conflicting.emplace(c.order, c.seq);
    std::map<std::pair<std::string, int>, const OperationPin*> pins;
    for (const OperationPin& pin : model.operationPins)
        pins[{pin.order, pin.seq}] = &pin;
    std::map<std::string, std::string> familyOf;
    for (const Item& item : model.items)
        familyOf[item.code] = item.family.empty() ? item.code : item.family;
    const auto family = [&](const std::string& item) { return familyOf.contains(item) ? familyOf[item] : item; };
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
            if (wt.workingMinutesBetween(op.startMinute, op.endMinute) != minutes + op.changeoverMinutes)
                problems.push_back(name + ": working minutes differ from " + std::to_string(minutes) + " + changeover "
                                   + std::to_string(op.changeoverMinutes));
            if (minutes > 0 && (wt.workingMinutesBetween(op.startMinute, op.startMinute + 1) != 1
                                || wt.workingMinutesBetween(op.endMinute - 1, op.endMinute) != 1))
                problems.push_back(name + ": starts or ends outside working time");
            if (op.startMinute < previousEnd && !(op.fixed && conflicting.contains({op.order, op.seq})))
                problems.push_back(name + ": starts before its predecessor, child or material is ready");
            if (const auto pin = pins.find({op.order, op.seq}); pin != pins.end() && pin->second->unit < centers[op.workCenter]->parallelUnits) {
                const int pinned = (pin->second->date - model.settings.today) * 24 * 60 + pin->second->startMinute;
                if (!op.fixed || op.unit != pin->second->unit || op.startMinute != wt.place(pinned, 0).start)
                    problems.push_back(name + ": not where it is pinned");
            }
            if (op.unit < 0 || op.unit >= centers[op.workCenter]->parallelUnits)
                problems.push_back(name + ": no such unit");
            previousEnd = op.endMinute + static_cast<int>(std::ceil(step.minutesAfter() - 1e-9));
            if (minutes > 0)
                byUnit[{op.workCenter, op.unit}].push_back(op);
        }
        if (!ops.empty() && previousEnd != o.completionMinute)
            problems.push_back(o.order + ": completion is not the end of its last operation (and the time after it)");
        if (o.lateDays != std::max(0, dateOfMinute(model.settings.today, o.completionMinute) - o.due))
            problems.push_back(o.order + ": wrong late days");
    }
    for (auto& [unit, ops] : byUnit) {
        std::sort(ops.begin(), ops.end(), [](const auto& a, const auto& b) { return a.startMinute < b.startMinute; });
        for (std::size_t k = 1; k < ops.size(); ++k) {
            if (ops[k].startMinute < ops[k - 1].endMinute && !(ops[k].fixed && ops[k - 1].fixed))
                problems.push_back(unit.first + "#" + std::to_string(unit.second) + ": " + ops[k - 1].order + " overlaps " + ops[k].order);
            const int needed = changeoverBetween(model, unit.first, family(ops[k - 1].item), family(ops[k].item));
            if (time.at(unit.first).workingMinutesBetween(ops[k - 1].endMinute, ops[k].startMinute) + ops[k].changeoverMinutes < needed)
                problems.push_back(unit.first + "#" + std::to_string(unit.second) + ": no time for the changeover from "
                                   + ops[k - 1].order + " to " + ops[k].order);
        }
    }
    return problems;
}

} // namespace pmc::core::test
