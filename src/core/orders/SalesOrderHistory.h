#pragma once

#include "core/orders/SalesOrder.h"

#include <string>
#include <vector>

namespace pmc::core {

/// One entry of an order's change history (订单变更记录): what changed from what to what, who
/// changed it and when. `kind` is one of created, removed, status, customer, priority, custom,
/// note, order_date, line_added, line_removed, item, qty, due, promised, review, shipment;
/// `line` is 1-based (0 = the order).
struct SalesOrderEvent {
    std::string order;
    std::string at;     ///< timestamp `YYYY-MM-DDTHH:MM:SS`
    std::string author;
    std::string kind;
    int line = 0;
    std::string before;
    std::string after;

    bool operator==(const SalesOrderEvent&) const = default;
};

/// The events that turn `before` into `after` (either may be null for a new or a removed
/// order), without `at` and `author`, which the store stamps.
std::vector<SalesOrderEvent> salesOrderEvents(const SalesOrder* before, const SalesOrder* after);

} // namespace pmc::core
