#include "core/plan/KitCheck.h"

#include "core/execution/MaterialIssue.h"
#include "core/masterdata/ItemLookup.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <tuple>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

std::string orderItemKey(const std::string& order, const std::string& item)
{
    return order + '\n' + item;
}

struct Lot {
    std::string source;
    Date date;
    double qty = 0;
};

/// Future supply of one item, handed out earliest first.
struct Supply {
    std::vector<Lot> lots;
    std::size_t next = 0;
};

/// Every open or planned receipt by item, each on the day it counts as in house.
std::unordered_map<std::string, Supply> futureSupply(const FactoryModel& model, const MrpResult& mrp,
                                                     const ScheduleResult& schedule,
                                                     const std::unordered_map<std::string, double>& orderQty)
{
    const Date today = schedule.today;
    const int buffer = model.settings.materialBufferDays;
    // Bought material is usable `material_buffer_days` after it arrives (receiving inspection),
    // as the scheduler has it; a past-due receipt is expected today at the earliest.
    const auto bought = [&](Date arrival) { return std::max(today, arrival + buffer); };
    std::unordered_map<std::string, Supply> supply;
    for (const PurchaseOrder& po : model.purchaseOrders)
        supply[po.item].lots.push_back({po.number, bought(po.due), po.openQty()});
    for (const PurchaseRequisition& pr : model.purchaseRequisitions)
        supply[pr.item].lots.push_back({pr.number, bought(pr.due), pr.qty});
    const ItemLookup items(model.items);
    for (const PlannedOrder& p : mrp.plannedOrders) {
        if (p.source != ItemSource::Buy)
            continue;
        // In house at its due, but no earlier than release + purchase lead time (as the daily plan).
        const Item* item = items.find(p.item);
        supply[p.item].lots.push_back({p.id, bought(std::max(p.due, p.release + (item ? item->leadTimeDays : 0))), p.qty});
    }
    // A made component is there when the schedule completes its order.
    for (const OrderCompletion& made : schedule.orders)
        if (const auto qty = orderQty.find(made.order); qty != orderQty.end())
            supply[made.item].lots.push_back({made.order, today + made.completionMinute / kMinutesPerDay, qty->second});
    for (auto& [item, s] : supply)
        std::stable_sort(s.lots.begin(), s.lots.end(), [](const Lot& a, const Lot& b) { return a.date < b.date; });
    return supply;
}

/// Takes `need` from the item's stock, then from its future supply, earliest first.
void allocate(ComponentKit& kit, double need, double& stock, Supply& supply)
{
    kit.fromStock = std::min(need, std::max(0.0, stock));
    stock -= kit.fromStock;
    double rest = need - kit.fromStock;
    while (isBelowWithTolerance(0.0, rest) && supply.next < supply.lots.size()) {
        Lot& lot = supply.lots[supply.next];
        const double taken = std::min(rest, lot.qty);
        lot.qty -= taken;
        rest -= taken;
        kit.fromSupply += taken;
        if (taken > 0)
            kit.arrivals.push_back({lot.source, lot.date, taken});
        if (!isBelowWithTolerance(0.0, lot.qty))
            ++supply.next;
    }
    kit.shortQty = isBelowWithTolerance(0.0, rest) ? rest : 0.0;
}

} // namespace

const OrderKit* KitCheck::find(const std::string& order) const
{
    const auto it = std::find_if(orders.begin(), orders.end(), [&](const OrderKit& kit) { return kit.order == order; });
    return it == orders.end() ? nullptr : &*it;
}

std::unordered_map<std::string, double> issuedByOrderItem(const std::vector<MaterialIssue>& issues)
{
    std::unordered_map<std::string, double> issued;
    for (const MaterialIssue& issue : issues)
        issued[orderItemKey(issue.workOrder, issue.item)] += issue.qty;
    return issued;
}

KitCheck checkKits(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                   const std::vector<MaterialIssue>& issues)
{
    KitCheck result;
    result.today = schedule.today;

    std::unordered_map<std::string, const WorkOrder*> workOrders;
    std::unordered_map<std::string, double> orderQty;
    for (const WorkOrder& order : model.workOrders) {
        workOrders.emplace(order.number, &order);
        orderQty.emplace(order.number, order.openQty());
    }
    for (const PlannedOrder& planned : mrp.plannedOrders)
        orderQty.emplace(planned.id, planned.qty);
    std::unordered_map<std::string, int> firstStart;
    for (const ScheduledOperation& op : schedule.operations) {
        const auto [it, added] = firstStart.emplace(op.order, op.startMinute);
        if (!added)
            it->second = std::min(it->second, op.startMinute);
    }
    for (const OrderCompletion& order : schedule.orders) {
        const auto qty = orderQty.find(order.order);
        if (qty == orderQty.end())
            continue;
        const auto start = firstStart.find(order.order);
        // An order without routing has no operation; its completion is its earliest start.
        result.orders.push_back({order.order, order.isWorkOrder, order.item, qty->second,
                                 start != firstStart.end() ? start->second : order.completionMinute});
    }
    std::stable_sort(result.orders.begin(), result.orders.end(), [](const OrderKit& a, const OrderKit& b) {
        return std::tuple(a.startMinute, !a.isWorkOrder) < std::tuple(b.startMinute, !b.isWorkOrder);
    });

    std::unordered_map<std::string, std::vector<const BomLine*>> rowsOf;
    for (const BomLine& line : model.boms)
        rowsOf[line.parent].push_back(&line);
    std::unordered_map<std::string, double> stock = model.onHandByItem();
    std::unordered_map<std::string, Supply> supply = futureSupply(model, mrp, schedule, orderQty);
    const std::unordered_map<std::string, double> issued = issuedByOrderItem(issues);

    for (OrderKit& order : result.orders) {
        const Date start = schedule.today + order.startMinute / kMinutesPerDay;
        std::vector<ComponentKit> needs;
        for (const BomLine* line : rowsOf[order.item]) {
            if (!line->isValidOn(start))
                continue;
            auto same = std::find_if(needs.begin(), needs.end(),
                                     [&](const ComponentKit& need) { return need.item == line->component; });
            if (same == needs.end()) {
                needs.push_back({line->component});
                same = std::prev(needs.end());
            }
            same->qtyPer += line->qtyPer;
            same->grossPerParent += line->grossPerParent();
        }
        bool onHand = true;
        bool covered = true;
        Date last = schedule.today;
        for (ComponentKit& kit : needs) {
            kit.required = order.qty * kit.grossPerParent;
            if (const auto wo = workOrders.find(order.order); wo != workOrders.end()) {
                // What was issued covers the order's whole quantity first; the open part needs the rest.
                const auto done = issued.find(orderItemKey(order.order, kit.item));
                if (done != issued.end())
                    kit.required = std::max(0.0, std::min(kit.required, wo->second->qty * kit.grossPerParent - done->second));
            }
            allocate(kit, kit.required, stock[kit.item], supply[kit.item]);
            onHand = onHand && !isBelowWithTolerance(kit.fromStock, kit.required);
            covered = covered && kit.shortQty == 0;
            for (const KitArrival& arrival : kit.arrivals)
                last = std::max(last, arrival.date);
            order.components.push_back(std::move(kit));
        }
        order.releasable = onHand;
        if (covered)
            order.kitDate = onHand ? schedule.today : last;
    }
    return result;
}

} // namespace pmc::core
