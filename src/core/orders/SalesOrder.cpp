#include "core/orders/SalesOrder.h"

#include "core/EnumNames.h"

#include <algorithm>
#include <numeric>

namespace pmc::core {

namespace {

constexpr EnumNames<SalesOrderStatus, 7> statusNames{{
    {"draft", SalesOrderStatus::Draft}, {"in_review", SalesOrderStatus::InReview},
    {"confirmed", SalesOrderStatus::Confirmed}, {"in_production", SalesOrderStatus::InProduction},
    {"partially_shipped", SalesOrderStatus::PartiallyShipped}, {"shipped", SalesOrderStatus::Shipped},
    {"cancelled", SalesOrderStatus::Cancelled}}};
constexpr EnumNames<Department, 6> departmentNames{{
    {"sales", Department::Sales}, {"engineering", Department::Engineering}, {"quality", Department::Quality},
    {"production", Department::Production}, {"purchasing", Department::Purchasing}, {"pmc", Department::Pmc}}};
constexpr EnumNames<ReviewVerdict, 3> verdictNames{{
    {"accept", ReviewVerdict::Accept}, {"accept_with_conditions", ReviewVerdict::AcceptWithConditions},
    {"reject", ReviewVerdict::Reject}}};

} // namespace

const char* toString(SalesOrderStatus status) { return nameOf(statusNames, status); }
bool parseSalesOrderStatus(const std::string& text, SalesOrderStatus& out) { return parseName(statusNames, text, out); }
const char* toString(Department department) { return nameOf(departmentNames, department); }
bool parseDepartment(const std::string& text, Department& out) { return parseName(departmentNames, text, out); }
const char* toString(ReviewVerdict verdict) { return nameOf(verdictNames, verdict); }
bool parseReviewVerdict(const std::string& text, ReviewVerdict& out) { return parseName(verdictNames, text, out); }

double SalesOrderLine::shippedQty() const
{
    return std::accumulate(shipments.begin(), shipments.end(), 0.0,
                           [](double sum, const Shipment& s) { return sum + s.qty; });
}

double SalesOrderLine::openQty() const
{
    return std::max(0.0, qty - shippedQty());
}

bool SalesOrder::isDemand() const
{
    return status == SalesOrderStatus::Confirmed || status == SalesOrderStatus::InProduction
        || status == SalesOrderStatus::PartiallyShipped;
}

const DepartmentReview* SalesOrder::review(Department department) const
{
    const auto it = std::find_if(reviews.begin(), reviews.end(),
                                 [&](const DepartmentReview& r) { return r.department == department; });
    return it == reviews.end() ? nullptr : &*it;
}

} // namespace pmc::core
