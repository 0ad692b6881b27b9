#include "core/mrp/PeggingTrace.h"

namespace pmc::core {

namespace {

constexpr const char* kSafetyStock = "safety_stock";

void collectSalesLines(const PeggingNode& node, std::vector<const PeggingNode*>& out)
{
    if (node.kind == PeggingNode::Kind::SalesLine)
        out.push_back(&node);
    for (const PeggingNode& peg : node.pegs)
        collectSalesLines(peg, out);
}

} // namespace

PeggingTrace::PeggingTrace(const FactoryModel& model, const MrpResult& result)
    : m_model(model), m_result(result)
{
    m_plannedOrders.reserve(result.plannedOrders.size());
    for (std::size_t i = 0; i < result.plannedOrders.size(); ++i)
        m_plannedOrders.emplace(result.plannedOrders[i].id, i);
    for (std::size_t o = 0; o < model.salesOrders.size(); ++o)
        for (std::size_t l = 0; l < model.salesOrders[o].lines.size(); ++l)
            m_salesLines.emplace(model.salesOrders[o].lineId(l), SalesLineRef{o, l});
    for (std::size_t i = 0; i < model.workOrders.size(); ++i)
        m_workOrders.emplace(model.workOrders[i].number, i);
    for (std::size_t i = 0; i < model.firmPlannedOrders.size(); ++i)
        m_firmOrders.emplace(model.firmPlannedOrders[i].number, i);
}

const PlannedOrder* PeggingTrace::plannedOrder(const std::string& id) const
{
    const auto it = m_plannedOrders.find(id);
    return it == m_plannedOrders.end() ? nullptr : &m_result.plannedOrders[it->second];
}

PeggingNode PeggingTrace::trace(const std::string& demand, double qty, std::size_t maxNodes) const
{
    std::size_t budget = maxNodes;
    return node(demand, qty, budget);
}

PeggingNode PeggingTrace::traceOrder(const std::string& plannedOrderId, std::size_t maxNodes) const
{
    const PlannedOrder* order = plannedOrder(plannedOrderId);
    std::size_t budget = maxNodes;
    return node(plannedOrderId, order ? order->qty : 0.0, budget);
}

PeggingNode PeggingTrace::node(const std::string& demand, double qty, std::size_t& budget) const
{
    PeggingNode result;
    result.id = demand;
    result.qty = qty;
    if (budget > 0)
        --budget;
    if (demand == kSafetyStock) {
        result.kind = PeggingNode::Kind::SafetyStock;
    } else if (const auto line = m_salesLines.find(demand); line != m_salesLines.end()) {
        const SalesOrder& order = m_model.salesOrders[line->second.order];
        const SalesOrderLine& row = order.lines[line->second.line];
        result.kind = PeggingNode::Kind::SalesLine;
        result.item = row.item;
        result.date = row.due;
        result.customer = order.customer;
        result.priority = order.priority;
    } else if (const PlannedOrder* planned = plannedOrder(demand)) {
        // A firm planned order is counted as open supply, so it pegs nowhere.
        result.kind = planned->firm ? PeggingNode::Kind::FirmPlannedOrder : PeggingNode::Kind::PlannedOrder;
        result.item = planned->item;
        result.date = planned->release;
        // The BOM is acyclic, so pegging is too; the budget only bounds very wide chains.
        for (const Pegging& peg : planned->pegging) {
            if (budget == 0) {
                result.cut = true;
                break;
            }
            result.pegs.push_back(node(peg.demand, peg.qty, budget));
        }
    } else if (const auto wo = m_workOrders.find(demand); wo != m_workOrders.end()) {
        const WorkOrder& order = m_model.workOrders[wo->second];
        result.kind = PeggingNode::Kind::WorkOrder;
        result.item = order.item;
        result.date = order.due;
    } else if (const auto firm = m_firmOrders.find(demand); firm != m_firmOrders.end()) {
        const FirmPlannedOrder& order = m_model.firmPlannedOrders[firm->second];
        result.kind = PeggingNode::Kind::FirmPlannedOrder;
        result.item = order.item;
        result.date = order.release;
    }
    return result;
}

std::vector<const PeggingNode*> salesLinesOf(const PeggingNode& chain)
{
    std::vector<const PeggingNode*> out;
    collectSalesLines(chain, out);
    return out;
}

} // namespace pmc::core
