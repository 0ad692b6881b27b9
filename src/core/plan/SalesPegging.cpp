#include "core/plan/SalesPegging.h"

#include <algorithm>

namespace pmc::core {

PeggingTracer::PeggingTracer(const FactoryModel& model, const MrpResult& mrp)
{
    for (const SalesOrder& order : model.salesOrders)
        for (std::size_t i = 0; i < order.lines.size(); ++i)
            m_salesLines.emplace(order.lineId(i), std::make_pair(&order, i));
    for (const PlannedOrder& planned : mrp.plannedOrders)
        m_planned.emplace(planned.id, &planned);
}

const std::vector<std::string>& PeggingTracer::salesLinesOf(const std::string& order)
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

ServedDemand PeggingTracer::served(const std::string& order)
{
    ServedDemand result;
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

} // namespace pmc::core
