#pragma once

#include "core/Date.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Where a customer order stands (docs/orders.md, "Lifecycle"). Only confirmed orders that are
/// not yet fully shipped are demand for MRP and the schedule: a draft or an order under review
/// is not a commitment yet (capable-to-promise tries it on top of the plan instead).
enum class SalesOrderStatus {
    Draft,            ///< entered, not yet sent to review
    InReview,         ///< 评审中: departments are giving their verdicts
    Confirmed,        ///< 已确认: accepted with promised dates
    InProduction,     ///< 生产中: the plant works on it
    PartiallyShipped, ///< 部分出货
    Shipped,          ///< 已出货: every line shipped in full
    Cancelled,        ///< 已取消: what was not shipped is no longer wanted
};
const char* toString(SalesOrderStatus status);
bool parseSalesOrderStatus(const std::string& text, SalesOrderStatus& out);

/// The departments of the order review (订单评审, pmc-workflow.md R-92).
enum class Department { Sales, Engineering, Quality, Production, Purchasing, Pmc };
inline constexpr Department kDepartments[] = {Department::Sales,      Department::Engineering,
                                              Department::Quality,    Department::Production,
                                              Department::Purchasing, Department::Pmc};
const char* toString(Department department);
bool parseDepartment(const std::string& text, Department& out);

enum class ReviewVerdict {
    Accept,               ///< 接受
    AcceptWithConditions, ///< 有条件接受: accepted, the comment says on what condition
    Reject,               ///< 不接受
};
const char* toString(ReviewVerdict verdict);
bool parseReviewVerdict(const std::string& text, ReviewVerdict& out);

/// One department's answer in the review of an order.
struct DepartmentReview {
    Department department = Department::Sales;
    ReviewVerdict verdict = ReviewVerdict::Accept;
    /// The date the department can meet (drawings ready, material in, capacity free), if it names one.
    std::optional<Date> canMeet;
    std::string comment;
    std::string reviewer;
    std::string reviewedAt; ///< timestamp `YYYY-MM-DDTHH:MM`

    bool operator==(const DepartmentReview&) const = default;
};

/// A (partial) delivery of one sales order line.
struct Shipment {
    std::string number; ///< delivery note number, may be empty
    Date date;
    double qty = 0;

    bool operator==(const Shipment&) const = default;
};

struct SalesOrderLine {
    std::string item;
    double qty = 0;
    Date due; ///< the customer's requested date
    /// The date the plant promised (确认交期), once the order is confirmed.
    std::optional<Date> promised;
    std::vector<Shipment> shipments;

    double shippedQty() const;
    /// What is still to deliver: ordered less shipped, never negative.
    double openQty() const;
    /// The date the plant works to: the promised date, else the requested one.
    Date committedDate() const { return promised.value_or(due); }
    bool operator==(const SalesOrderLine&) const = default;
};

/// A customer order; priority 1 is the most urgent.
struct SalesOrder {
    std::string number;
    std::string customer;
    int priority = 3;
    std::vector<SalesOrderLine> lines;
    /// Orders of a scenario that names no status are confirmed: interchange.md plans every line.
    SalesOrderStatus status = SalesOrderStatus::Confirmed;
    std::optional<Date> orderDate;
    /// A non-standard (定制) order: the review policy may ask more departments for it.
    bool custom = false;
    std::string note;
    /// At most one per department; the latest verdict replaces an earlier one.
    std::vector<DepartmentReview> reviews;

    /// Pegging id of a line, numbered from 1 (interchange.md §2).
    std::string lineId(std::size_t index) const { return number + "/" + std::to_string(index + 1); }
    /// Whether the open quantities of the lines are demand to plan (see SalesOrderStatus).
    bool isDemand() const;
    const DepartmentReview* review(Department department) const;
    bool operator==(const SalesOrder&) const = default;
};

} // namespace pmc::core
