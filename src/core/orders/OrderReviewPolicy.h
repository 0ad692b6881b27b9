#pragma once

#include "core/orders/SalesOrder.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// When a department must answer before an order can be confirmed.
enum class ReviewRequirement {
    Always,     ///< every order
    CustomOnly, ///< non-standard (定制) orders only, e.g. engineering's drawing cycle
    Never,      ///< the department may answer but is not waited for
};
const char* toString(ReviewRequirement requirement);
bool parseReviewRequirement(const std::string& text, ReviewRequirement& out);

/// Which departments the order review waits for (scenario key `order_review.required`).
/// The default asks engineering for custom orders only, every other department always.
struct OrderReviewPolicy {
    std::array<ReviewRequirement, std::size(kDepartments)> required{
        ReviewRequirement::Always, ReviewRequirement::CustomOnly, ReviewRequirement::Always,
        ReviewRequirement::Always, ReviewRequirement::Always,     ReviewRequirement::Always};

    ReviewRequirement requirement(Department department) const { return required[static_cast<std::size_t>(department)]; }
    void setRequirement(Department department, ReviewRequirement r) { required[static_cast<std::size_t>(department)] = r; }
    bool isRequired(Department department, const SalesOrder& order) const;
    bool operator==(const OrderReviewPolicy&) const = default;
};

/// Where the review of one order stands against the policy.
struct ReviewOutcome {
    std::vector<Department> missing;  ///< required departments that have not answered
    std::vector<Department> rejected; ///< departments that answered "reject"
    std::vector<Department> conditional;
    /// The latest date any department can meet: the earliest date the order could be promised.
    std::optional<Date> proposedDate;

    bool canConfirm() const { return missing.empty() && rejected.empty(); }
};
ReviewOutcome reviewOutcome(const SalesOrder& order, const OrderReviewPolicy& policy);

} // namespace pmc::core
