#include "core/orders/RushInsertion.h"

#include "core/orders/OrderNumbering.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
/// The seeds' priority scale runs 1 (most urgent) … 5; 6 and beyond weigh 1 in the scheduler.
constexpr int kLeastUrgentOfScale = 5;

int lateDays(Date today, int completionMinute, Date due)
{
    return std::max(0, dateOfMinute(today, completionMinute) - due);
}

/// Whether each planned order's pegging chain reaches one of the rush lines (memoised walk up
/// the parents; MRP pegging forms no cycle).
class RushReach {
public:
    RushReach(const MrpResult& mrp, const std::unordered_set<std::string>& rushLines)
        : m_mrp(mrp), m_rushLines(rushLines)
    {
        for (std::size_t i = 0; i < mrp.plannedOrders.size(); ++i)
            m_index.emplace(mrp.plannedOrders[i].id, i);
    }
    /// The rush line `demand` reaches: itself, or the one its planned order reaches; empty for none.
    std::string lineOf(const std::string& demand)
    {
        if (m_rushLines.contains(demand))
            return demand;
        const auto order = m_index.find(demand);
        if (order == m_index.end())
            return {};
        if (const auto known = m_known.find(demand); known != m_known.end())
            return known->second;
        std::string line;
        for (const Pegging& peg : m_mrp.plannedOrders[order->second].pegging)
            if (line = lineOf(peg.demand); !line.empty())
                break;
        return m_known[demand] = line;
    }

private:
    const MrpResult& m_mrp;
    const std::unordered_set<std::string>& m_rushLines;
    std::unordered_map<std::string, std::size_t> m_index;
    std::unordered_map<std::string, std::string> m_known;
};

/// How long late material holds each rush line back, and which material.
struct MaterialWait {
    int minutes = 0;
    std::vector<LateRushMaterial> items;
};

// MRP keeps a purchase it should have released before today at its due date (and says so
// with a past-due exception); the schedule believes that date. Ordered today it is in house
// only after its lead time (and the material buffer when a job consumes it), so the job it
// feeds starts that much later at the earliest.
std::unordered_map<std::string, MaterialWait> materialWaits(const FactoryModel& model, const ScheduleResult& schedule,
                                                            const MrpResult& mrp,
                                                            const std::unordered_set<std::string>& rushLines,
                                                            const std::unordered_map<std::string, int>& lineCompletion)
{
    std::unordered_set<std::string> pastDue;
    for (const MrpException& e : mrp.exceptions)
        if (e.kind == MrpException::Kind::PastDue)
            pastDue.insert(e.order);
    std::unordered_map<std::string, int> startOf;
    for (const ScheduledOperation& op : schedule.operations) {
        const auto [it, added] = startOf.try_emplace(op.order, op.startMinute);
        if (!added)
            it->second = std::min(it->second, op.startMinute);
    }
    for (const OrderCompletion& o : schedule.orders)
        startOf.try_emplace(o.order, o.completionMinute);

    RushReach reach(mrp, rushLines);
    std::unordered_map<std::string, MaterialWait> waits;
    const Date today = schedule.today;
    for (const PlannedOrder& p : mrp.plannedOrders) {
        if (p.source != ItemSource::Buy || !pastDue.contains(p.id))
            continue;
        const Item* item = model.findItem(p.item);
        const Date arrival = today + (item ? item->leadTimeDays : 0);
        for (const Pegging& peg : p.pegging) {
            const std::string line = reach.lineOf(peg.demand);
            if (line.empty())
                continue;
            const bool direct = peg.demand == line; // a bought rush item: delivered as it arrives
            const Date inHouse = direct ? arrival : arrival + model.settings.materialBufferDays;
            const int needed = direct ? lineCompletion.at(line) : startOf.contains(peg.demand) ? startOf.at(peg.demand) : 0;
            MaterialWait& wait = waits[line];
            wait.minutes = std::max(wait.minutes, (inHouse - today) * kMinutesPerDay - needed);
            if (std::none_of(wait.items.begin(), wait.items.end(), [&](const LateRushMaterial& m) { return m.item == p.item; }))
                wait.items.push_back({p.item, inHouse});
        }
    }
    return waits;
}

std::vector<RushLineImpact> rushLines(const ComparedPlan& whatIf, const MrpResult& mrp, const SalesOrder& rush)
{
    const Date today = whatIf.schedule.today;
    std::unordered_set<std::string> ids;
    std::unordered_map<std::string, int> completion;
    for (std::size_t line = 0; line < rush.lines.size(); ++line)
        ids.insert(rush.lineId(line));
    for (const DemandCompletion& d : whatIf.schedule.demands)
        if (ids.contains(d.demand))
            completion[d.demand] = d.completionMinute;
    for (const std::string& id : ids)
        completion.try_emplace(id, 0);
    const auto waits = materialWaits(whatIf.model, whatIf.schedule, mrp, ids, completion);

    std::vector<RushLineImpact> lines;
    for (std::size_t index = 0; index < rush.lines.size(); ++index) {
        const SalesOrderLine& line = rush.lines[index];
        RushLineImpact impact{rush.lineId(index), line.item, line.qty, line.due, completion.at(rush.lineId(index))};
        int projected = impact.scheduledCompletionMinute;
        if (const auto wait = waits.find(impact.demand); wait != waits.end()) {
            projected += std::max(0, wait->second.minutes);
            impact.lateMaterial = wait->second.items;
        }
        impact.completion = dateOfMinute(today, projected);
        impact.daysLate = lateDays(today, projected, line.due);
        if (impact.daysLate == 0)
            impact.reason = RushLateness::OnTime;
        else if (lateDays(today, impact.scheduledCompletionMinute, line.due) < impact.daysLate)
            impact.reason = RushLateness::Material;
        else
            impact.reason = RushLateness::Capacity;
        lines.push_back(std::move(impact));
    }
    return lines;
}

std::vector<DisplacedOrder> displacedOrders(const ComparedPlan& baseline, const ComparedPlan& whatIf,
                                            const std::string& rushOrder)
{
    std::vector<DisplacedOrder> displaced;
    std::unordered_map<std::string, const DemandCompletion*> before;
    for (const DemandCompletion& d : baseline.schedule.demands)
        before.emplace(d.demand, &d);
    std::unordered_map<std::string, std::pair<const SalesOrder*, std::size_t>> lineOf;
    for (const SalesOrder& so : whatIf.model.salesOrders)
        for (std::size_t line = 0; line < so.lines.size(); ++line)
            lineOf.emplace(so.lineId(line), std::pair(&so, line));
    for (const DemandCompletion& d : whatIf.schedule.demands) {
        const auto old = before.find(d.demand);
        const auto line = lineOf.find(d.demand);
        if (old == before.end() || line == lineOf.end() || line->second.first->number == rushOrder
            || old->second->completionMinute == d.completionMinute)
            continue;
        const SalesOrder& so = *line->second.first;
        displaced.push_back({d.demand, so.number, so.customer, so.priority, so.lines[line->second.second].item, d.due,
                             old->second->completionMinute, d.completionMinute, old->second->lateDays, d.lateDays});
    }
    std::unordered_map<std::string, const OrderCompletion*> workOrdersBefore;
    for (const OrderCompletion& o : baseline.schedule.orders)
        if (o.isWorkOrder)
            workOrdersBefore.emplace(o.order, &o);
    for (const OrderCompletion& o : whatIf.schedule.orders) {
        const auto old = workOrdersBefore.find(o.order);
        if (!o.isWorkOrder || old == workOrdersBefore.end() || old->second->completionMinute == o.completionMinute)
            continue;
        displaced.push_back({o.order, {}, {}, INT_MAX, o.item, o.due, old->second->completionMinute, o.completionMinute,
                             old->second->lateDays, o.lateDays});
    }
    std::sort(displaced.begin(), displaced.end(), [](const DisplacedOrder& a, const DisplacedOrder& b) {
        const auto harm = [](const DisplacedOrder& o) {
            return std::tuple(-o.addedDaysLate(), !o.isNewlyLate(), o.oldCompletionMinute - o.newCompletionMinute);
        };
        return std::tuple(harm(a), a.order) < std::tuple(harm(b), b.order);
    });
    return displaced;
}

} // namespace

ValidationResult checkRushOrder(const FactoryModel& model, const RushOrderRequest& request)
{
    ValidationResult result;
    if (!model.findItem(request.item))
        result.add("--item", "unknown item \"" + request.item + "\"");
    if (!(request.qty > 0))
        result.add("--qty", "the quantity must be > 0");
    if (request.due < model.settings.today)
        result.add("--due", "the requested date " + request.due.toString() + " is before today "
                                + model.settings.today.toString());
    if (request.priority < 1)
        result.add("--priority", "the priority must be 1 (most urgent) or more");
    return result;
}

SalesOrder rushOrder(const FactoryModel& model, const RushOrderRequest& request)
{
    std::vector<std::string> numbers;
    numbers.reserve(model.salesOrders.size());
    for (const SalesOrder& so : model.salesOrders)
        numbers.push_back(so.number);
    const Date today = model.settings.today;
    SalesOrder order;
    order.number = OrderNumbering(model.settings.salesOrderNumberPattern).next(today, numbers);
    order.customer = request.customer;
    order.priority = request.priority;
    order.lines.push_back({request.item, request.qty, request.due});
    order.status = SalesOrderStatus::Confirmed;
    order.orderDate = today;
    return order;
}

int sacrificedPriority(const FactoryModel& model)
{
    int leastUrgent = kLeastUrgentOfScale;
    for (const SalesOrder& so : model.salesOrders)
        leastUrgent = std::max(leastUrgent, so.priority);
    return leastUrgent + 1;
}

MasterDataEdit rushInsertionEdit(const FactoryModel& model, const SalesOrder& rush, const std::map<std::string, int>& priorities)
{
    MasterDataEdit edit;
    for (const auto& [number, priority] : priorities) {
        const auto so = std::find_if(model.salesOrders.begin(), model.salesOrders.end(),
                                     [&](const SalesOrder& o) { return o.number == number; });
        if (so == model.salesOrders.end())
            throw std::invalid_argument("there is no sales order " + number);
        if (so->priority == priority)
            continue;
        SalesOrder after = *so;
        after.priority = priority;
        edit.salesOrders.push_back({*so, std::move(after)});
    }
    edit.salesOrders.push_back({std::nullopt, rush});
    return edit;
}

const char* toString(RushLateness lateness)
{
    switch (lateness) {
    case RushLateness::OnTime: return "on_time";
    case RushLateness::Capacity: return "capacity";
    case RushLateness::Material: return "material";
    }
    return "on_time";
}

double InsertionImpact::makespanChangeDays() const
{
    return comparison.measures.empty() ? 0.0 : comparison.measure(ScheduleMeasure::MakespanDays).difference();
}

double InsertionImpact::changeoverChangeHours() const
{
    return comparison.measures.empty() ? 0.0 : comparison.measure(ScheduleMeasure::ChangeoverHours).difference();
}

InsertionImpact assessInsertion(const ComparedPlan& baseline, const ComparedPlan& whatIf, const MrpResult& whatIfMrp,
                                const std::string& rushOrder)
{
    InsertionImpact impact;
    impact.rushOrder = rushOrder;
    const auto rush = std::find_if(whatIf.model.salesOrders.begin(), whatIf.model.salesOrders.end(),
                                   [&](const SalesOrder& so) { return so.number == rushOrder; });
    if (rush == whatIf.model.salesOrders.end())
        throw std::invalid_argument("the what-if factory has no sales order " + rushOrder);
    impact.rushLines = rushLines(whatIf, whatIfMrp, *rush);
    impact.displaced = displacedOrders(baseline, whatIf, rushOrder);
    for (const DisplacedOrder& o : impact.displaced) {
        impact.newlyLate += o.isNewlyLate() ? 1 : 0;
        impact.addedDaysLate += o.addedDaysLate();
    }
    impact.comparison = compareSchedules(baseline, whatIf);
    return impact;
}

} // namespace pmc::core
