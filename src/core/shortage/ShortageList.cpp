#include "core/shortage/ShortageList.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace pmc::core {

namespace {

bool exceeds(double a, double b)
{
    return a - b > 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

struct Arrival {
    Date date;
    std::string number;
    double qty = 0;
    bool isPurchaseOrder = false;
    Date due;
};

/// Maps a pegging demand id to the sales and work orders at the top of its chain.
class OrderTrace {
public:
    OrderTrace(const FactoryModel& model, const MrpResult& mrp)
    {
        for (const SalesOrder& so : model.salesOrders)
            for (std::size_t l = 0; l < so.lines.size(); ++l)
                m_salesLine.emplace(so.lineId(l), so.number);
        for (const WorkOrder& wo : model.workOrders)
            m_workOrders.insert(wo.number);
        for (const PlannedOrder& p : mrp.plannedOrders)
            m_planned.emplace(p.id, &p);
    }

    void collect(const std::string& demand, std::set<std::string>& out) const
    {
        // Most demands of a material are its parents' planned orders: asked first.
        if (const auto p = m_planned.find(demand); p != m_planned.end()) {
            const std::set<std::string>& top = topOf(*p->second);
            out.insert(top.begin(), top.end());
        } else if (const auto so = m_salesLine.find(demand); so != m_salesLine.end()) {
            out.insert(so->second);
        } else if (m_workOrders.contains(demand)) {
            out.insert(demand);
        }
    }

private:
    /// The orders at the top of a planned order's chains, remembered: in a large plan many
    /// components' demands lead through the same parent orders, and walking the DAG anew for
    /// each would repeat shared paths exponentially often.
    const std::set<std::string>& topOf(const PlannedOrder& order) const
    {
        if (const auto known = m_top.find(&order); known != m_top.end())
            return known->second;
        std::set<std::string> top;
        // Planned orders form a DAG along the BOM, so the walk ends.
        for (const Pegging& peg : order.pegging)
            collect(peg.demand, top);
        return m_top.emplace(&order, std::move(top)).first->second;
    }

    std::unordered_map<std::string, std::string> m_salesLine;
    std::unordered_set<std::string> m_workOrders;
    std::unordered_map<std::string, const PlannedOrder*> m_planned;
    mutable std::unordered_map<const PlannedOrder*, std::set<std::string>> m_top;
};

/// Open purchase and work orders per item, by arrival date then number: gathered once, since a
/// large factory has tens of thousands of both and as many short items.
std::unordered_map<std::string, std::vector<Arrival>> openSupplyByItem(const FactoryModel& model)
{
    const Date today = model.settings.today;
    std::unordered_map<std::string, std::vector<Arrival>> arrivals;
    for (const PurchaseOrder& po : model.purchaseOrders)
        if (po.openQty() > 0)
            arrivals[po.item].push_back({std::max(po.due, today), po.number, po.openQty(), true, po.due});
    for (const WorkOrder& wo : model.workOrders)
        if (wo.openQty() > 0)
            arrivals[wo.item].push_back({std::max(wo.due, today), wo.number, wo.openQty(), false, wo.due});
    for (auto& [item, list] : arrivals)
        std::stable_sort(list.begin(), list.end(), [](const Arrival& a, const Arrival& b) {
            return a.date != b.date ? a.date < b.date : a.number < b.number;
        });
    return arrivals;
}

/// First requirement date at which the cumulative demand exceeds `supply`, if any.
std::optional<Date> firstUncovered(const std::vector<const GrossRequirement*>& demands, double supply)
{
    double cumulative = 0;
    for (const GrossRequirement* r : demands) {
        cumulative += r->qty;
        if (exceeds(cumulative, supply))
            return r->date;
    }
    return std::nullopt;
}

} // namespace

std::vector<Shortage> listShortages(const FactoryModel& model, const MrpResult& mrp)
{
    std::unordered_map<std::string, std::vector<const GrossRequirement*>> demandsByItem;
    for (const Item& item : model.items)
        if (item.source == ItemSource::Buy)
            demandsByItem[item.code];
    for (const GrossRequirement& r : mrp.requirements)
        if (const auto it = demandsByItem.find(r.item); it != demandsByItem.end())
            it->second.push_back(&r);
    const auto onHand = model.onHandByItem();
    const OrderTrace trace(model, mrp);
    const auto supplyByItem = openSupplyByItem(model);
    const std::vector<Arrival> none;

    std::vector<Shortage> shortages;
    for (const Item& item : model.items) {
        auto& demands = demandsByItem[item.code];
        if (item.source != ItemSource::Buy || demands.empty())
            continue;
        std::stable_sort(demands.begin(), demands.end(),
                         [](const GrossRequirement* a, const GrossRequirement* b) { return a->date < b->date; });
        const auto stock = onHand.find(item.code);
        const double initial = stock == onHand.end() ? 0.0 : stock->second;
        const auto found = supplyByItem.find(item.code);
        const std::vector<Arrival>& arrivals = found == supplyByItem.end() ? none : found->second;

        // Walk the demands with what has arrived by each date; uncovered demands block their orders.
        Shortage shortage;
        shortage.item = item.code;
        std::set<std::string> blocked;
        double arrived = initial;
        double cumulative = 0;
        std::size_t next = 0;
        bool missing = false;
        for (const GrossRequirement* r : demands) {
            for (; next < arrivals.size() && arrivals[next].date <= r->date; ++next)
                arrived += arrivals[next].qty;
            cumulative += r->qty;
            if (!exceeds(cumulative, arrived))
                continue;
            if (!missing)
                shortage.needDate = r->date;
            missing = true;
            trace.collect(r->demand, blocked);
        }
        if (!missing)
            continue;
        double supply = initial;
        for (const Arrival& a : arrivals) {
            if (a.isPurchaseOrder) {
                if (const auto needed = firstUncovered(demands, supply); needed && a.due > *needed)
                    shortage.latePurchaseOrders.push_back({a.number, a.qty, a.due, *needed, a.due - *needed});
            }
            supply += a.qty;
        }
        shortage.shortQty = exceeds(cumulative, supply) ? cumulative - supply : 0.0;
        shortage.orders.assign(blocked.begin(), blocked.end());
        shortages.push_back(std::move(shortage));
    }
    std::stable_sort(shortages.begin(), shortages.end(), [](const Shortage& a, const Shortage& b) {
        return a.needDate != b.needDate ? a.needDate < b.needDate : a.item < b.item;
    });
    return shortages;
}

} // namespace pmc::core
