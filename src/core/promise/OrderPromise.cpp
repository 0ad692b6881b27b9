#include "core/promise/OrderPromise.h"

#include <algorithm>
#include <stdexcept>

namespace pmc::core {

OrderPromise promiseSalesOrder(const FactoryModel& model, const SalesOrder& order, const PromiseOptions& options)
{
    FactoryModel plan = model;
    std::erase_if(plan.salesOrders, [&](const SalesOrder& o) { return o.number == order.number; });
    OrderPromise result;
    for (std::size_t l = 0; l < order.lines.size(); ++l) {
        const SalesOrderLine& line = order.lines[l];
        if (!(line.openQty() > 0))
            continue;
        LinePromise promised{static_cast<int>(l + 1), promiseDelivery(plan, line.item, line.openQty(), options)};
        result.date = std::max(result.date, promised.promise.date);
        result.feasibleInHorizon = result.feasibleInHorizon && promised.promise.feasibleInHorizon;
        // Committed from now on, so the next line plans around it.
        SalesOrder committed{order.number + "/" + std::to_string(l + 1), order.customer, order.priority,
                             {{line.item, line.openQty(), promised.promise.date}}};
        plan.salesOrders.push_back(std::move(committed));
        result.lines.push_back(std::move(promised));
    }
    if (result.lines.empty())
        throw std::invalid_argument("sales order " + order.number + " has nothing left to deliver");
    return result;
}

} // namespace pmc::core
