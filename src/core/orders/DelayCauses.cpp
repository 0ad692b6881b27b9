#include "core/orders/DelayCauses.h"

#include "core/masterdata/ItemLookup.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <map>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

/// The schedule's steps by order, in seq order (ScheduleResult lists them so).
std::map<std::string, std::vector<const ScheduledOperation*>> stepsByOrder(const ScheduleResult& schedule)
{
    std::map<std::string, std::vector<const ScheduledOperation*>> steps;
    for (const ScheduledOperation& op : schedule.operations)
        steps[op.order].push_back(&op);
    return steps;
}

/// The orders that held the unit during [from, to), in time order, at most three.
std::vector<std::string> ordersOnUnit(const ScheduleResult& schedule, const ScheduledOperation& waiting, int from)
{
    std::vector<const ScheduledOperation*> busy;
    for (const ScheduledOperation& op : schedule.operations)
        if (op.workCenter == waiting.workCenter && op.unit == waiting.unit && op.order != waiting.order
            && op.startMinute < waiting.startMinute && op.endMinute > from)
            busy.push_back(&op);
    std::sort(busy.begin(), busy.end(), [](auto* a, auto* b) { return a->startMinute < b->startMinute; });
    std::vector<std::string> orders;
    for (const ScheduledOperation* op : busy)
        if (orders.size() < 3 && std::find(orders.begin(), orders.end(), op->order) == orders.end())
            orders.push_back(op->order);
    return orders;
}

/// Whether [from, to) holds a whole calendar day that is not worked (weekend, holiday).
bool spansNonWorkingDay(const Calendar& calendar, Date today, int from, int to)
{
    for (Date d = dateOfMinute(today, from) + 1; (d - today) * kMinutesPerDay < to; d = d + 1)
        if (!calendar.isWorkday(d))
            return true;
    return !calendar.isWorkday(dateOfMinute(today, from)) && to > from;
}

/// The supplies of bought components of `job` that are in house exactly at `readyMinute`:
/// the planned purchases MRP pegged to it and the open purchase orders of its components.
std::vector<DelayCause> materialCauses(const FactoryModel& model, const MrpResult& mrp, const ScheduleJob& job,
                                       int fromMinute, int readyMinute)
{
    const Date today = model.settings.today;
    const auto readyAt = [&](Date arrival) {
        return std::max(0, (arrival + model.settings.materialBufferDays - today) * kMinutesPerDay);
    };
    std::vector<DelayCause> causes;
    const auto add = [&](const std::string& item, const std::string& supply, bool planned, Date due) {
        DelayCause cause{.kind = DelayCause::Kind::Material, .order = job.id, .item = item, .supply = supply,
                         .plannedPurchase = planned, .arrival = due,
                         .needDate = std::max(today, dateOfMinute(today, fromMinute) - model.settings.materialBufferDays),
                         .fromMinute = fromMinute, .minute = readyMinute};
        if (std::find(causes.begin(), causes.end(), cause) == causes.end())
            causes.push_back(std::move(cause));
    };
    for (const PlannedOrder& p : mrp.plannedOrders)
        if (p.source == ItemSource::Buy && readyAt(p.due) == readyMinute)
            for (const Pegging& peg : p.pegging)
                if (peg.demand == job.id)
                    add(p.item, p.id, true, p.due);
    const ItemLookup items(model.items);
    for (const BomLine& line : model.boms) {
        const Item* component = items.find(line.component);
        if (line.parent != job.item || !component || component->source != ItemSource::Buy)
            continue;
        for (const PurchaseOrder& po : model.purchaseOrders)
            if (po.item == line.component && !po.isReceived() && readyAt(po.due) == readyMinute)
                add(po.item, po.number, false, po.due);
    }
    return causes;
}

} // namespace

const char* toString(DelayCause::Kind kind)
{
    switch (kind) {
    case DelayCause::Kind::Capacity: return "capacity";
    case DelayCause::Kind::Material: return "material";
    case DelayCause::Kind::SubAssembly: return "sub_assembly";
    case DelayCause::Kind::Calendar: return "calendar";
    case DelayCause::Kind::WorkContent: return "work_content";
    }
    return "";
}

std::vector<DelayCause> delayCauses(const FactoryModel& model, const MrpResult& mrp, const ScheduleProblem& problem,
                                    const ScheduleResult& schedule, int top)
{
    const auto steps = stepsByOrder(schedule);
    std::map<std::string, int> completion;
    for (const OrderCompletion& o : schedule.orders)
        completion[o.order] = o.completionMinute;
    std::vector<DelayCause> causes;
    for (int j = top;;) {
        const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
        const int materialReady = std::max(0, job.materialReadyMinute);
        int child = -1;
        int childrenReady = 0;
        for (int c : job.children)
            if (const int done = completion[problem.jobs[static_cast<std::size_t>(c)].id]; done > childrenReady) {
                childrenReady = done;
                child = c;
            }
        const int ready = std::max(materialReady, childrenReady);
        const auto found = steps.find(job.id);
        const std::vector<const ScheduledOperation*> none;
        const std::vector<const ScheduledOperation*>& ops = found == steps.end() ? none : found->second;
        const std::size_t count = std::min(ops.size(), job.operations.size());
        std::vector<DelayCause> calendarWaits;
        for (std::size_t k = count; k-- > 0;) {
            const ScheduledOperation& op = *ops[k];
            const int earliest = k == 0 ? ready : ops[k - 1]->endMinute + job.operations[k - 1].minutesAfter;
            WorkingTime time(model.calendar, problem.today, op.workCenter);
            const int firstWorking = time.place(earliest, 0).start;
            if (op.startMinute > firstWorking) {
                causes.push_back({.kind = DelayCause::Kind::Capacity, .order = job.id, .seq = op.seq,
                                  .workCenter = op.workCenter, .unit = op.unit,
                                  .busyWith = ordersOnUnit(schedule, op, firstWorking), .fromMinute = firstWorking,
                                  .minute = op.startMinute});
                causes.insert(causes.end(), calendarWaits.rbegin(), calendarWaits.rend());
                return causes;
            }
            if (firstWorking > earliest && spansNonWorkingDay(model.calendar, problem.today, earliest, firstWorking))
                calendarWaits.push_back({.kind = DelayCause::Kind::Calendar, .order = job.id, .seq = op.seq,
                                         .workCenter = op.workCenter, .unit = op.unit, .fromMinute = earliest,
                                         .minute = firstWorking});
        }
        causes.insert(causes.end(), calendarWaits.rbegin(), calendarWaits.rend());
        if (ready == 0) {
            causes.push_back({.kind = DelayCause::Kind::WorkContent, .order = job.id, .minute = completion[job.id]});
            return causes;
        }
        if (child >= 0 && childrenReady >= materialReady) {
            const ScheduleJob& sub = problem.jobs[static_cast<std::size_t>(child)];
            causes.push_back({.kind = DelayCause::Kind::SubAssembly, .order = job.id, .item = sub.item,
                              .supply = sub.id, .minute = childrenReady});
            j = child;
            continue;
        }
        const std::vector<DelayCause> material = materialCauses(model, mrp, job, childrenReady, materialReady);
        causes.insert(causes.end(), material.begin(), material.end());
        if (material.empty()) // a firm planned order waits for the release the planner fixed
            causes.push_back({.kind = DelayCause::Kind::WorkContent, .order = job.id, .minute = completion[job.id]});
        return causes;
    }
}

} // namespace pmc::core
