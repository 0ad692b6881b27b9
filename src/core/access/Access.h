#pragma once

#include "core/orders/SalesOrder.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct MasterDataEdit;

/// What a person does in the PMC team. A reviewer reviews orders for one department (订单评审).
enum class Role { Admin, Planner, Reviewer, Purchasing, Reporter, Viewer };
const char* toString(Role role);
bool parseRole(const std::string& text, Role& out);

struct RoleGrant {
    Role role = Role::Viewer;
    std::optional<Department> department; ///< the department a reviewer speaks for
    bool operator==(const RoleGrant&) const = default;
};

/// The kinds of change the roles are about.
enum class Action {
    ChangeMasterData,  ///< items, BOMs, routings, work centers, suppliers, stock, calendar, settings
    ChangeOrders,      ///< sales orders beyond a department's review
    PlanAndSchedule,   ///< MRP runs, work orders, firm planned orders, pins
    ReleasePlan,       ///< releasing the daily plan
    RecordPurchasing,  ///< purchase orders, requisitions, promised dates, receipts, inspections, issues
    ReportProduction,  ///< completion reports, abnormal hours
    Import,            ///< replacing the factory from a scenario or tables
    ManageUsers,       ///< assigning roles
};
const char* describe(Action action);

/// What one person may do. Unrestricted for the single local user of a file, and on a server
/// until an administrator assigns the first role; then a login without a role only reads.
struct Access {
    std::string user;
    std::vector<RoleGrant> grants;
    bool unrestricted = false;

    bool may(Action action) const;
    bool mayReview(Department department) const;
    /// "planner, reviewer (quality)" or "viewer".
    std::string roles() const;
};

/// Why `access` may not store `edit`, or nothing when it may. A reviewer may save a sales order
/// whose only differences are the reviews of their departments.
std::optional<std::string> editRefusal(const Access& access, const MasterDataEdit& edit);

/// The refusal text for `action`: who, in which role, and whom to ask.
std::string refusalText(const Access& access, Action action);

} // namespace pmc::core
