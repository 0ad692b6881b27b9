#include "core/orders/PlannedFactory.h"

#include "core/mrp/MrpTolerance.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

namespace pmc::core {

PlannedFactory::PlannedFactory(const FactoryModel& model)
    : m_model(model)
    , m_plan(model)
    , m_mrp(m_plan.result())
    , m_schedule(FiniteScheduler(model).run(m_mrp))
{
    collectOrders();
    collectSalesLines();
    collectServedLines();
}

void PlannedFactory::collectOrders()
{
    for (const OrderCompletion& completion : m_schedule.orders)
        m_orders[completion.order] = {completion.order, 0, completion.due, completion.completionMinute,
                                      completion.completionMinute, {}};
    // Operations come by order, then seq, so the first seen is the first step.
    std::set<std::string> started;
    for (const ScheduledOperation& op : m_schedule.operations) {
        OrderPlan& plan = m_orders[op.order];
        plan.qty = op.qty;
        if (started.insert(op.order).second)
            plan.startMinute = op.startMinute;
        plan.endMinute = op.endMinute;
        plan.units.push_back({op.workCenter, op.unit});
    }
    // An order without a routing has no operation to read its quantity from.
    for (const WorkOrder& wo : m_model.workOrders)
        if (const auto found = m_orders.find(wo.number); found != m_orders.end() && found->second.units.empty())
            found->second.qty = wo.openQty();
    for (const PlannedOrder& planned : m_mrp.plannedOrders)
        if (const auto found = m_orders.find(planned.id); found != m_orders.end() && found->second.units.empty())
            found->second.qty = planned.qty;
}

void PlannedFactory::collectSalesLines()
{
    std::unordered_map<std::string, const SalesOrderLine*> lines;
    for (const SalesOrder& order : m_model.salesOrders)
        for (std::size_t i = 0; i < order.lines.size(); ++i) {
            lines.emplace(order.lineId(i), &order.lines[i]);
            if (order.isDemand())
                m_linesOfItem[order.lines[i].item].push_back(order.lineId(i));
        }
    for (const DemandCompletion& demand : m_schedule.demands) {
        const SalesOrderLine& line = *lines.at(demand.demand);
        m_salesLines[demand.demand] = {line.openQty(), demand.due,
                                       dateOfMinute(m_schedule.today, demand.completionMinute), demand.lateDays};
    }
    for (auto& [item, ids] : m_linesOfItem)
        std::sort(ids.begin(), ids.end());
}

void PlannedFactory::collectServedLines()
{
    std::unordered_map<std::string, const PlannedOrder*> planned;
    for (const PlannedOrder& order : m_mrp.plannedOrders)
        planned.emplace(order.id, &order);
    std::unordered_map<std::string, std::string> itemOfOrder;
    for (const WorkOrder& wo : m_model.workOrders)
        itemOfOrder.emplace(wo.number, wo.item);
    for (const FirmPlannedOrder& firm : m_model.firmPlannedOrders)
        itemOfOrder.emplace(firm.number, firm.item);

    // Walks a demand id up to the sales lines; memoised, since components share long chains.
    std::function<const std::vector<std::string>&(const std::string&)> served = [&](const std::string& demand)
        -> const std::vector<std::string>& {
        if (const auto found = m_servedByPlannedOrder.find(demand); found != m_servedByPlannedOrder.end())
            return found->second;
        // The guard entry ends a (refused elsewhere) pegging cycle instead of recursing.
        m_servedByPlannedOrder.emplace(demand, std::vector<std::string>{});
        std::set<std::string> lines;
        if (m_salesLines.count(demand) > 0) {
            lines.insert(demand);
        } else if (const auto order = planned.find(demand); order != planned.end() && !order->second->firm) {
            for (const Pegging& peg : order->second->pegging)
                for (const std::string& line : served(peg.demand))
                    lines.insert(line);
        } else if (const auto item = itemOfOrder.find(demand); item != itemOfOrder.end()) {
            if (const auto own = m_linesOfItem.find(item->second); own != m_linesOfItem.end())
                lines.insert(own->second.begin(), own->second.end());
        }
        return m_servedByPlannedOrder[demand] = std::vector<std::string>(lines.begin(), lines.end());
    };
    for (const auto& [order, plan] : m_orders)
        served(order);
}

std::vector<std::string> PlannedFactory::salesLinesServed(const std::string& order) const
{
    const auto found = m_servedByPlannedOrder.find(order);
    return found == m_servedByPlannedOrder.end() ? std::vector<std::string>{} : found->second;
}

std::map<std::string, MaterialNeed> PlannedFactory::materialNeeds() const
{
    std::set<std::string> purchased;
    for (const PurchaseOrder& po : m_model.purchaseOrders)
        purchased.insert(po.item);
    for (const PurchaseRequisition& pr : m_model.purchaseRequisitions)
        purchased.insert(pr.item);
    const std::unordered_map<std::string, double> onHand = m_model.onHandByItem();

    std::map<std::string, MaterialNeed> needs;
    for (const std::string& code : purchased) {
        const Item* item = m_model.findItem(code);
        if (!item)
            continue;
        // The walk of OpenSupplyReview: supplies in MRP's (day, number) order; each one is
        // needed from the first day on which the stock before it, the earlier supplies
        // included, falls below safety stock, and only as far as the horizon's demand uses it.
        std::vector<std::pair<Date, double>> cumulative{{m_schedule.today, 0.0}};
        double total = 0;
        for (const GrossRequirement& requirement : m_plan.requirements(code)) {
            total += requirement.qty;
            if (requirement.date == cumulative.back().first)
                cumulative.back().second = total;
            else
                cumulative.emplace_back(requirement.date, total);
        }
        const auto stock = onHand.find(code);
        double available = stock == onHand.end() ? 0.0 : stock->second;
        std::size_t step = 0;
        for (const ScheduledReceipt& receipt : m_plan.scheduledReceipts(code)) {
            while (step < cumulative.size()
                   && !isBelowWithTolerance(available - cumulative[step].second, item->safetyStock))
                ++step;
            if (receipt.kind == ScheduledReceipt::Kind::PurchaseOrder
                || receipt.kind == ScheduledReceipt::Kind::Requisition) {
                MaterialNeed& need = needs[receipt.number];
                if (step < cumulative.size()) {
                    need.date = cumulative[step].first;
                    need.qty = std::min(receipt.qty, total + item->safetyStock - available);
                }
            }
            available += receipt.qty;
        }
    }
    return needs;
}

} // namespace pmc::core
