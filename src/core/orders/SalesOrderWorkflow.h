#pragma once

#include "core/Date.h"
#include "core/orders/OrderReviewPolicy.h"
#include "core/orders/SalesOrder.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Why an order action is refused; describe() gives the English text, the desktop app its own
/// translation from the same fields.
struct OrderProblem {
    enum class Kind {
        WrongStatus,          ///< the action is not allowed in `status`
        NoLines,              ///< an order needs at least one line
        QuantityNotPositive,  ///< line `line`: `qty` is not > 0
        QuantityBelowShipped, ///< line `line`: `qty` is less than the `shipped` already delivered
        DateBeforeToday,      ///< `date` (a line's due or a promise) lies before today
        NoSuchLine,           ///< line `line` does not exist
        ShipMoreThanOpen,     ///< shipping `qty` of line `line`, only `open` is left
        ShipInFuture,         ///< a shipment dated `date` after today
        ReviewMissing,        ///< `departments` have not answered
        ReviewRejected,       ///< `departments` rejected the order
        PriorityNotPositive,  ///< priority `qty` below 1
    };
    Kind kind = Kind::WrongStatus;
    std::string order;
    int line = 0; ///< 1-based, 0 = the whole order
    double qty = 0;
    double other = 0; ///< shipped or open quantity
    Date date;
    SalesOrderStatus status = SalesOrderStatus::Draft;
    std::vector<Department> departments;

    bool operator==(const OrderProblem&) const = default;
};
std::string describe(const OrderProblem& problem);

/// What keeps the order's review from confirming it: the required departments still to answer
/// and those that rejected it (empty when it can be confirmed).
std::vector<OrderProblem> reviewProblems(const SalesOrder& order, const OrderReviewPolicy& policy);

/// An action's result: the order as it would be afterwards, or why not (then `after` is the
/// order unchanged).
struct OrderActionResult {
    SalesOrder after;
    std::vector<OrderProblem> problems;

    bool ok() const { return problems.empty(); }
};

/// The sales order lifecycle (docs/orders.md): every transition checks its preconditions on a
/// copy, so a refused action changes nothing. `today` is the planning today.
namespace salesorder {

/// A new order in Draft: at least one line, every quantity > 0, no requested date before today.
OrderActionResult create(SalesOrder order, Date today);
/// Draft (or a confirmed order being re-reviewed after a change) → InReview; earlier verdicts
/// are cleared, since they answered a different order.
OrderActionResult submitForReview(const SalesOrder& order);
/// Records (or replaces) one department's verdict; only while the order is in review.
OrderActionResult recordReview(const SalesOrder& order, const DepartmentReview& review, Date today);
/// InReview → Draft, after a rejection, so that sales can revise the order.
OrderActionResult returnToDraft(const SalesOrder& order);
/// InReview → Confirmed once every required department answered and none rejected. Each line is
/// promised `promised` when given, else the later of its requested date and the latest date a
/// department can meet.
OrderActionResult confirm(const SalesOrder& order, const OrderReviewPolicy& policy, std::optional<Date> promised,
                          Date today);
/// Confirmed → InProduction.
OrderActionResult startProduction(const SalesOrder& order);
/// Ships `qty` of line `line` (1-based) on `date` (not after today): PartiallyShipped, or
/// Shipped when every line is delivered in full.
OrderActionResult ship(const SalesOrder& order, int line, double qty, Date date, const std::string& number,
                       Date today);
/// Changes a line's quantity and requested date (订单变更); not below what is shipped, no new
/// date before today. A line reduced to its shipped quantity is complete.
OrderActionResult changeLine(const SalesOrder& order, int line, double qty, Date due, Date today);
/// Changes the promised date of every open line (a new 确认交期 after a change).
OrderActionResult promise(const SalesOrder& order, Date promised, Date today);
OrderActionResult setPriority(const SalesOrder& order, int priority);
/// Any status but Shipped or Cancelled → Cancelled; what was shipped stays recorded.
OrderActionResult cancel(const SalesOrder& order);

} // namespace salesorder

} // namespace pmc::core
