#include "core/orders/SalesOrderWorkflow.h"

#include "core/QuantityText.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <initializer_list>

namespace pmc::core {

namespace {

using Kind = OrderProblem::Kind;

std::string departmentList(const std::vector<Department>& departments)
{
    std::string text;
    for (const Department d : departments)
        text += (text.empty() ? "" : ", ") + std::string(toString(d));
    return text;
}

OrderActionResult refused(const SalesOrder& order, OrderProblem problem)
{
    problem.order = order.number;
    return {order, {std::move(problem)}};
}

bool statusIn(const SalesOrder& order, std::initializer_list<SalesOrderStatus> allowed)
{
    return std::find(allowed.begin(), allowed.end(), order.status) != allowed.end();
}

OrderProblem wrongStatus(const SalesOrder& order)
{
    OrderProblem p;
    p.kind = Kind::WrongStatus;
    p.status = order.status;
    return p;
}

/// Shipped when no line has anything open, partially shipped when something went out.
SalesOrderStatus statusAfterDelivery(const SalesOrder& order)
{
    bool anyShipped = false;
    bool anyOpen = false;
    for (const SalesOrderLine& line : order.lines) {
        anyShipped = anyShipped || line.shippedQty() > 0;
        anyOpen = anyOpen || isBelowWithTolerance(line.shippedQty(), line.qty);
    }
    if (!anyOpen)
        return SalesOrderStatus::Shipped;
    return anyShipped ? SalesOrderStatus::PartiallyShipped : order.status;
}

} // namespace

std::string describe(const OrderProblem& p)
{
    const std::string line = "line " + std::to_string(p.line) + ": ";
    switch (p.kind) {
    case Kind::WrongStatus:
        return "sales order " + p.order + " is " + toString(p.status) + ", which does not allow this";
    case Kind::NoLines: return "sales order " + p.order + " has no lines";
    case Kind::QuantityNotPositive: return line + "quantity " + quantityText(p.qty) + " must be greater than 0";
    case Kind::QuantityBelowShipped:
        return line + "quantity " + quantityText(p.qty) + " is less than the " + quantityText(p.other)
            + " already shipped";
    case Kind::DateBeforeToday: return "date " + p.date.toString() + " lies before today";
    case Kind::NoSuchLine: return "sales order " + p.order + " has no line " + std::to_string(p.line);
    case Kind::ShipMoreThanOpen:
        return line + "shipping " + quantityText(p.qty) + " but only " + quantityText(p.other) + " is open";
    case Kind::ShipInFuture: return "shipment date " + p.date.toString() + " lies after today";
    case Kind::ReviewMissing: return "waiting for the review of " + departmentList(p.departments);
    case Kind::ReviewRejected: return "rejected by " + departmentList(p.departments);
    case Kind::PriorityNotPositive: return "priority " + quantityText(p.qty) + " must be 1 or more";
    }
    return {};
}

std::vector<OrderProblem> reviewProblems(const SalesOrder& order, const OrderReviewPolicy& policy)
{
    const ReviewOutcome outcome = reviewOutcome(order, policy);
    std::vector<OrderProblem> problems;
    if (!outcome.missing.empty())
        problems.push_back({.kind = Kind::ReviewMissing, .order = order.number, .departments = outcome.missing});
    if (!outcome.rejected.empty())
        problems.push_back({.kind = Kind::ReviewRejected, .order = order.number, .departments = outcome.rejected});
    return problems;
}

namespace salesorder {

OrderActionResult create(SalesOrder order, Date today)
{
    order.status = SalesOrderStatus::Draft;
    order.reviews.clear();
    OrderActionResult result{order, {}};
    if (order.lines.empty())
        result.problems.push_back({Kind::NoLines, order.number});
    if (order.priority < 1)
        result.problems.push_back({.kind = Kind::PriorityNotPositive, .order = order.number, .qty = double(order.priority)});
    for (std::size_t l = 0; l < order.lines.size(); ++l) {
        const SalesOrderLine& line = order.lines[l];
        if (!(line.qty > 0))
            result.problems.push_back(
                {.kind = Kind::QuantityNotPositive, .order = order.number, .line = int(l + 1), .qty = line.qty});
        if (line.due < today)
            result.problems.push_back({.kind = Kind::DateBeforeToday, .order = order.number, .line = int(l + 1), .date = line.due});
    }
    return result;
}

OrderActionResult submitForReview(const SalesOrder& order)
{
    if (!statusIn(order, {SalesOrderStatus::Draft, SalesOrderStatus::Confirmed}))
        return refused(order, wrongStatus(order));
    if (order.lines.empty())
        return refused(order, {Kind::NoLines});
    SalesOrder after = order;
    after.status = SalesOrderStatus::InReview;
    after.reviews.clear();
    return {after, {}};
}

OrderActionResult recordReview(const SalesOrder& order, const DepartmentReview& review, Date today)
{
    if (order.status != SalesOrderStatus::InReview)
        return refused(order, wrongStatus(order));
    if (review.canMeet && *review.canMeet < today)
        return refused(order, {.kind = Kind::DateBeforeToday, .date = *review.canMeet});
    SalesOrder after = order;
    const auto it = std::find_if(after.reviews.begin(), after.reviews.end(),
                                 [&](const DepartmentReview& r) { return r.department == review.department; });
    if (it != after.reviews.end())
        *it = review;
    else
        after.reviews.push_back(review);
    // Kept in department order so that the form and the history read the same every time.
    std::sort(after.reviews.begin(), after.reviews.end(),
              [](const DepartmentReview& a, const DepartmentReview& b) { return a.department < b.department; });
    return {after, {}};
}

OrderActionResult returnToDraft(const SalesOrder& order)
{
    if (order.status != SalesOrderStatus::InReview)
        return refused(order, wrongStatus(order));
    SalesOrder after = order;
    after.status = SalesOrderStatus::Draft;
    return {after, {}};
}

OrderActionResult confirm(const SalesOrder& order, const OrderReviewPolicy& policy, std::optional<Date> promised,
                          Date today)
{
    if (order.status != SalesOrderStatus::InReview)
        return refused(order, wrongStatus(order));
    const ReviewOutcome outcome = reviewOutcome(order, policy);
    OrderActionResult result{order, reviewProblems(order, policy)};
    if (promised && *promised < today)
        result.problems.push_back({.kind = Kind::DateBeforeToday, .order = order.number, .date = *promised});
    if (!result.ok())
        return result;
    result.after.status = SalesOrderStatus::Confirmed;
    for (SalesOrderLine& line : result.after.lines)
        line.promised = promised ? *promised : std::max(line.due, outcome.proposedDate.value_or(line.due));
    return result;
}

OrderActionResult startProduction(const SalesOrder& order)
{
    if (order.status != SalesOrderStatus::Confirmed)
        return refused(order, wrongStatus(order));
    SalesOrder after = order;
    after.status = SalesOrderStatus::InProduction;
    return {after, {}};
}

OrderActionResult ship(const SalesOrder& order, int line, double qty, Date date, const std::string& number,
                       Date today)
{
    if (!statusIn(order, {SalesOrderStatus::Confirmed, SalesOrderStatus::InProduction,
                          SalesOrderStatus::PartiallyShipped}))
        return refused(order, wrongStatus(order));
    if (line < 1 || line > static_cast<int>(order.lines.size()))
        return refused(order, {.kind = Kind::NoSuchLine, .line = line});
    const double open = order.lines[static_cast<std::size_t>(line - 1)].openQty();
    if (!(qty > 0))
        return refused(order, {.kind = Kind::QuantityNotPositive, .line = line, .qty = qty});
    if (isBelowWithTolerance(open, qty))
        return refused(order, {.kind = Kind::ShipMoreThanOpen, .line = line, .qty = qty, .other = open});
    if (date > today)
        return refused(order, {.kind = Kind::ShipInFuture, .line = line, .date = date});
    SalesOrder after = order;
    after.lines[static_cast<std::size_t>(line - 1)].shipments.push_back({number, date, qty});
    after.status = statusAfterDelivery(after);
    return {after, {}};
}

OrderActionResult changeLine(const SalesOrder& order, int line, double qty, Date due, Date today)
{
    if (statusIn(order, {SalesOrderStatus::Shipped, SalesOrderStatus::Cancelled}))
        return refused(order, wrongStatus(order));
    if (line < 1 || line > static_cast<int>(order.lines.size()))
        return refused(order, {.kind = Kind::NoSuchLine, .line = line});
    const SalesOrderLine& before = order.lines[static_cast<std::size_t>(line - 1)];
    OrderActionResult result{order, {}};
    if (!(qty > 0))
        result.problems.push_back({.kind = Kind::QuantityNotPositive, .order = order.number, .line = line, .qty = qty});
    else if (isBelowWithTolerance(qty, before.shippedQty()))
        result.problems.push_back({.kind = Kind::QuantityBelowShipped, .order = order.number, .line = line,
                                   .qty = qty, .other = before.shippedQty()});
    if (due != before.due && due < today)
        result.problems.push_back({.kind = Kind::DateBeforeToday, .order = order.number, .line = line, .date = due});
    if (!result.ok())
        return result;
    SalesOrderLine& after = result.after.lines[static_cast<std::size_t>(line - 1)];
    after.qty = qty;
    after.due = due;
    if (result.after.status == SalesOrderStatus::PartiallyShipped || before.shippedQty() > 0)
        result.after.status = statusAfterDelivery(result.after);
    return result;
}

OrderActionResult promise(const SalesOrder& order, Date promised, Date today)
{
    if (!order.isDemand())
        return refused(order, wrongStatus(order));
    if (promised < today)
        return refused(order, {.kind = Kind::DateBeforeToday, .date = promised});
    SalesOrder after = order;
    for (SalesOrderLine& line : after.lines)
        if (line.openQty() > 0)
            line.promised = promised;
    return {after, {}};
}

OrderActionResult setPriority(const SalesOrder& order, int priority)
{
    if (priority < 1)
        return refused(order, {.kind = Kind::PriorityNotPositive, .qty = double(priority)});
    SalesOrder after = order;
    after.priority = priority;
    return {after, {}};
}

OrderActionResult cancel(const SalesOrder& order)
{
    if (statusIn(order, {SalesOrderStatus::Shipped, SalesOrderStatus::Cancelled}))
        return refused(order, wrongStatus(order));
    SalesOrder after = order;
    after.status = SalesOrderStatus::Cancelled;
    return {after, {}};
}

} // namespace salesorder

} // namespace pmc::core
