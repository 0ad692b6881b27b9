#include "core/orders/OrderReviewPolicy.h"

#include "core/EnumNames.h"

namespace pmc::core {

namespace {

constexpr EnumNames<ReviewRequirement, 3> requirementNames{{
    {"always", ReviewRequirement::Always}, {"custom", ReviewRequirement::CustomOnly},
    {"never", ReviewRequirement::Never}}};

} // namespace

const char* toString(ReviewRequirement requirement) { return nameOf(requirementNames, requirement); }
bool parseReviewRequirement(const std::string& text, ReviewRequirement& out)
{
    return parseName(requirementNames, text, out);
}

bool OrderReviewPolicy::isRequired(Department department, const SalesOrder& order) const
{
    switch (requirement(department)) {
    case ReviewRequirement::Always: return true;
    case ReviewRequirement::CustomOnly: return order.custom;
    case ReviewRequirement::Never: return false;
    }
    return false;
}

ReviewOutcome reviewOutcome(const SalesOrder& order, const OrderReviewPolicy& policy)
{
    ReviewOutcome outcome;
    for (const Department d : kDepartments) {
        const DepartmentReview* review = order.review(d);
        if (!review) {
            if (policy.isRequired(d, order))
                outcome.missing.push_back(d);
            continue;
        }
        if (review->verdict == ReviewVerdict::Reject)
            outcome.rejected.push_back(d);
        else if (review->verdict == ReviewVerdict::AcceptWithConditions)
            outcome.conditional.push_back(d);
        if (review->canMeet && (!outcome.proposedDate || *outcome.proposedDate < *review->canMeet))
            outcome.proposedDate = review->canMeet;
    }
    return outcome;
}

} // namespace pmc::core
