#include "core/access/Access.h"

#include "core/masterdata/MasterDataEdit.h"

#include <algorithm>

namespace pmc::core {

namespace {

constexpr std::pair<Role, const char*> kRoleNames[] = {
    {Role::Admin, "admin"},           {Role::Planner, "planner"},   {Role::Reviewer, "reviewer"},
    {Role::Purchasing, "purchasing"}, {Role::Reporter, "reporter"}, {Role::Viewer, "viewer"},
};

bool roleAllows(Role role, Action action)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Planner:
        return action != Action::ManageUsers;
    case Role::Purchasing:
        return action == Action::RecordPurchasing;
    case Role::Reporter:
        return action == Action::ReportProduction;
    case Role::Reviewer:
    case Role::Viewer:
        return false;
    }
    return false;
}

/// Only the reviews of departments `access` speaks for differ (recording a verdict moves no
/// status: confirming the order is the planner's step).
bool onlyOwnReviews(const Access& access, SalesOrder before, SalesOrder after)
{
    const auto own = [&](const DepartmentReview& r) { return access.mayReview(r.department); };
    std::erase_if(before.reviews, own);
    std::erase_if(after.reviews, own);
    return before == after;
}

template <typename Row>
bool touches(const std::vector<RowChange<Row>>& changes)
{
    return !changes.empty();
}

} // namespace

const char* toString(Role role)
{
    for (const auto& [value, name] : kRoleNames)
        if (value == role)
            return name;
    return "viewer";
}

bool parseRole(const std::string& text, Role& out)
{
    for (const auto& [value, name] : kRoleNames)
        if (text == name) {
            out = value;
            return true;
        }
    return false;
}

const char* describe(Action action)
{
    switch (action) {
    case Action::ChangeMasterData: return "change master data";
    case Action::ChangeOrders: return "change sales orders";
    case Action::PlanAndSchedule: return "plan and schedule (MRP, work orders, pins)";
    case Action::ReleasePlan: return "release plans";
    case Action::RecordPurchasing: return "record purchasing (orders, promised dates, receipts, inspections, issues)";
    case Action::ReportProduction: return "report production (completions, abnormal hours)";
    case Action::Import: return "import and replace the factory's data";
    case Action::ManageUsers: return "assign roles";
    }
    return "";
}

bool Access::may(Action action) const
{
    return unrestricted
        || std::any_of(grants.begin(), grants.end(), [&](const RoleGrant& g) { return roleAllows(g.role, action); });
}

bool Access::mayReview(Department department) const
{
    if (may(Action::ChangeOrders))
        return true;
    return std::any_of(grants.begin(), grants.end(), [&](const RoleGrant& g) {
        return g.role == Role::Reviewer && (!g.department || *g.department == department);
    });
}

std::string Access::roles() const
{
    if (grants.empty())
        return unrestricted ? "admin" : "viewer";
    std::string text;
    for (const RoleGrant& g : grants) {
        text += (text.empty() ? "" : ", ") + std::string(toString(g.role));
        if (g.department)
            text += std::string(" (") + toString(*g.department) + ")";
    }
    return text;
}

std::string refusalText(const Access& access, Action action)
{
    return access.user + " (" + access.roles() + ") may not " + describe(action)
        + "; nothing was changed. Ask an administrator for a role that may.";
}

std::optional<std::string> editRefusal(const Access& access, const MasterDataEdit& edit)
{
    if (access.unrestricted)
        return std::nullopt;
    const bool masterData = touches(edit.suppliers) || touches(edit.items) || touches(edit.boms)
        || touches(edit.workCenters) || touches(edit.routings) || touches(edit.inventory) || edit.calendar
        || edit.changeovers || edit.settings || edit.reviewPolicy;
    if (masterData && !access.may(Action::ChangeMasterData))
        return refusalText(access, Action::ChangeMasterData);
    const bool planning = touches(edit.workOrders) || touches(edit.firmPlannedOrders) || edit.operationPins;
    if (planning && !access.may(Action::PlanAndSchedule))
        return refusalText(access, Action::PlanAndSchedule);
    const bool purchasing = touches(edit.purchaseOrders) || touches(edit.purchaseRequisitions);
    if (purchasing && !access.may(Action::RecordPurchasing))
        return refusalText(access, Action::RecordPurchasing);
    if (!access.may(Action::ChangeOrders))
        for (const RowChange<SalesOrder>& change : edit.salesOrders)
            if (!change.before || !change.after || !onlyOwnReviews(access, *change.before, *change.after))
                return refusalText(access, Action::ChangeOrders);
    return std::nullopt;
}

} // namespace pmc::core
