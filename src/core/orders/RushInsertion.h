#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleComparison.h"

#include <climits>
#include <map>
#include <string>
#include <vector>

namespace pmc::core {

/// What the planner enters for a rush order (插单, pmc-workflow.md S1): one line.
struct RushOrderRequest {
    std::string customer;
    std::string item;
    double qty = 0;
    Date due;         ///< the customer's requested date
    int priority = 1; ///< 1 = most urgent
};

/// Checks a request against the model; each issue's path is the `pmc-cli insert` option it
/// concerns (`--item`, `--qty`, `--due`, `--priority`): an unknown item, a quantity not > 0,
/// a date before today, a priority below 1.
ValidationResult checkRushOrder(const FactoryModel& model, const RushOrderRequest& request);

/// The rush order as a confirmed sales order (it is demand at once, SalesOrder::isDemand):
/// numbered by settings.salesOrderNumberPattern on today, ordered today, one line without a
/// promised date yet. Throws std::invalid_argument for a bad numbering pattern.
SalesOrder rushOrder(const FactoryModel& model, const RushOrderRequest& request);

/// The priority of an order the planner sacrifices for the rush order: less urgent than every
/// order of the model, at least 6, so its tardiness weighs least (weight 1).
int sacrificedPriority(const FactoryModel& model);

/// The edit that inserts `rush` and gives existing orders new priorities (number → priority),
/// as one change the what-if copy and the live Document both take. Throws
/// std::invalid_argument naming an order number the model does not have.
MasterDataEdit rushInsertionEdit(const FactoryModel& model, const SalesOrder& rush,
                                 const std::map<std::string, int>& priorities = {});

/// What decides when a rush line completes.
enum class RushLateness {
    OnTime,   ///< completes by the requested date
    Capacity, ///< late in the schedule: the work centers cannot make it sooner
    Material, ///< late because a bought component cannot be in house by then
};
const char* toString(RushLateness lateness);

/// A bought component of a rush line that MRP would have had to order before today.
struct LateRushMaterial {
    std::string item;
    Date inHouse; ///< ordered today: today + lead time + material buffer

    bool operator==(const LateRushMaterial&) const = default;
};

/// One line of the rush order in the what-if plan.
struct RushLineImpact {
    std::string demand; ///< `SO-NUMBER/LINE`
    std::string item;
    double qty = 0;
    Date requested;
    /// In the what-if schedule, which (like the live one) takes MRP's purchases as arriving on
    /// their due dates; 0 when stock or open supply covers the line.
    int scheduledCompletionMinute = 0;
    /// Projected: the scheduled completion, later by as long as late material keeps the first
    /// order of the line's chain waiting past its scheduled start.
    Date completion;
    int daysLate = 0;
    RushLateness reason = RushLateness::OnTime;
    std::vector<LateRushMaterial> lateMaterial;

    bool operator==(const RushLineImpact&) const = default;
};

/// An existing sales line or open work order whose completion the insertion moves.
struct DisplacedOrder {
    std::string order;      ///< `SO-NUMBER/LINE` or a work order number
    std::string salesOrder; ///< the order the line belongs to (what the planner can sacrifice); empty for a work order
    std::string customer;
    int priority = INT_MAX; ///< in the what-if factory; INT_MAX for a work order
    std::string item;
    Date due; ///< committed date of a line, due date of a work order
    int oldCompletionMinute = 0;
    int newCompletionMinute = 0;
    int oldDaysLate = 0;
    int newDaysLate = 0;

    bool isNewlyLate() const { return oldDaysLate == 0 && newDaysLate > 0; }
    int addedDaysLate() const { return newDaysLate - oldDaysLate; }
    bool operator==(const DisplacedOrder&) const = default;
};

/// What inserting a rush order does to the plan (docs/orders.md, "Rush orders").
struct InsertionImpact {
    std::string rushOrder;
    std::vector<RushLineImpact> rushLines;
    /// Most harm first: added days late, newly late, minutes later, then order.
    std::vector<DisplacedOrder> displaced;
    int newlyLate = 0;     ///< displaced orders on time before and late now
    int addedDaysLate = 0; ///< Σ addedDaysLate() over `displaced`: net, an order finishing earlier counts against
    ScheduleComparison comparison;

    double makespanChangeDays() const;
    double changeoverChangeHours() const;
};

/// Compares the plan without the rush order (`baseline`) with the what-if plan that has it
/// (`whatIf`, planned from `whatIfMrp`). Both schedules must share `today`.
InsertionImpact assessInsertion(const ComparedPlan& baseline, const ComparedPlan& whatIf, const MrpResult& whatIfMrp,
                                const std::string& rushOrder);

} // namespace pmc::core
