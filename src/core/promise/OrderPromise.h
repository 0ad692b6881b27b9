#pragma once

#include "core/promise/DeliveryPromise.h"

#include <vector>

namespace pmc::core {

/// The promise of one line of an order.
struct LinePromise {
    int line = 0; ///< 1-based
    PromiseResult promise;
};

/// The capable-to-promise answer for a whole sales order (订单评审's 确认交期).
struct OrderPromise {
    /// The latest of the lines' dates: when the whole order can be delivered.
    Date date;
    std::vector<LinePromise> lines; ///< open lines only
    bool feasibleInHorizon = true;
};

/// Promises the open lines of `order` one after another on top of the current plan, each line
/// counted as committed on its date before the next is promised, so that lines sharing
/// material or capacity do not promise the same stock or hours twice. The order itself is
/// left out of the plan first (a confirmed order is promised anew). Throws
/// std::invalid_argument when it has no open line (and as promiseDelivery does).
OrderPromise promiseSalesOrder(const FactoryModel& model, const SalesOrder& order, const PromiseOptions& options = {});

} // namespace pmc::core
