#pragma once

#include "core/Date.h"

#include <array>
#include <climits>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Which ready order the construction dispatches next (docs/scheduling.md, "Construction").
enum class DispatchRule {
    EarliestDueDate,     ///< `edd`: due date, then priority
    PriorityThenDueDate, ///< `priority`: sales priority, then due date
    CriticalRatio,       ///< `cr`: working time left until the due date ÷ work left
    LeastSlack,          ///< `slack`: working time left until the due date − work left
    FirstInFirstOut,     ///< `fifo`: work orders in their order, then planned orders by release
    SetupMinimizing,     ///< `setup`: the same product family again while its due date allows
};

/// Forward = as soon as possible; backward = just in time from the due date, then repaired
/// forward where that would start in the past or before the material is in.
enum class ScheduleDirection { Forward, Backward };

/// The criteria the improvement compares, most important first.
enum class ScheduleObjective { WeightedTardiness, Makespan, Changeovers };
using ObjectiveOrder = std::array<ScheduleObjective, 3>;
inline constexpr ObjectiveOrder kDefaultObjectiveOrder{ScheduleObjective::WeightedTardiness,
                                                       ScheduleObjective::Makespan, ScheduleObjective::Changeovers};

const char* toString(DispatchRule rule);
std::optional<DispatchRule> parseDispatchRule(const std::string& text);
const char* toString(ScheduleDirection direction);
std::optional<ScheduleDirection> parseScheduleDirection(const std::string& text);
const char* toString(ScheduleObjective objective);
/// "tardiness,makespan,changeovers" in any order; names may be left out (they follow in the
/// default order). nullopt for an unknown or repeated name.
std::optional<ObjectiveOrder> parseObjectiveOrder(const std::string& text);

/// Progress of the improvement phase, reported to ScheduleOptions::progress.
struct ScheduleProgress {
    long long iterations = 0;
    double elapsedSeconds = 0;
    long long bestWeightedTardiness = 0;
    int bestMakespan = 0;
    long long bestChangeoverMinutes = 0;
};

/// One operation of an order placed on one unit of its work center.
struct ScheduledOperation {
    std::string order; ///< work order number or planned order id
    std::string item;
    double qty = 0;
    int seq = 0;
    std::string workCenter;
    int unit = 0;        ///< 0 … parallel_units − 1
    int startMinute = 0; ///< minutes since today 00:00, the changeover included
    int endMinute = 0;
    /// Working minutes at the start kept for the changeover from the product family before it
    /// on the unit (0 without a changeover).
    int changeoverMinutes = 0;
    /// Placed where the planner pinned it, or frozen in a released plan.
    bool fixed = false;

    bool operator==(const ScheduledOperation&) const = default;
};

/// How long and how the finite scheduler searches (docs/scheduling.md).
struct ScheduleOptions {
    /// Wall-clock budget of the improvement after construction; 0 = construction only.
    double seconds = 0;
    DispatchRule rule = DispatchRule::EarliestDueDate;
    ScheduleDirection direction = ScheduleDirection::Forward;
    /// What the improvement minimises, lexicographically.
    ObjectiveOrder objectives = kDefaultObjectiveOrder;
    /// `setup` rule: an order of the family just dispatched goes first while its due date is at
    /// most this many days after the earliest due date among the ready orders.
    int setupWindowDays = 7;
    /// Seed of the improvement's random choices.
    std::uint64_t seed = 1;
    /// Stops the improvement after this many candidate schedules (0 = no limit). With a limit
    /// and enough seconds the result depends only on the seed, which makes runs reproducible
    /// independently of the machine's speed.
    long long maxIterations = 0;
    /// Repair instead of building anew (a planner moved steps on the Gantt chart): every
    /// operation listed keeps its unit and starts no earlier than it does here, the jobs go in
    /// the order of their first start here, and a step moves (later) only where a pin, its
    /// predecessor or another step in its way pushes it. Jobs not listed follow, by the rule.
    /// No improvement search runs on a repair.
    std::vector<ScheduledOperation> previous;
    /// Asked between candidates; true stops the search and keeps the best schedule so far.
    std::function<bool()> cancelled;
    /// Called after construction, on each improvement and about every 1000 candidates.
    std::function<void(const ScheduleProgress&)> progress;
};


/// When a scheduled work order or planned make order is finished.
struct OrderCompletion {
    std::string order;
    std::string item;
    bool isWorkOrder = false;
    Date due;
    /// End of its last operation; its earliest start when its item has no routing.
    int completionMinute = 0;
    int lateDays = 0; ///< max(0, completion date − due)
    /// A bought component is covered by no stock and no open or planned supply.
    bool materialShort = false;
    /// Most urgent sales priority its pegging reaches (1 = most urgent); INT_MAX for none.
    int priority = INT_MAX;

    bool operator==(const OrderCompletion&) const = default;
};

/// When a sales order line is covered: the latest completion of the make planned orders
/// pegged to it, or today 00:00 when stock or open supply covers it.
struct DemandCompletion {
    std::string demand; ///< `SO-NUMBER/LINE`
    Date due;
    int completionMinute = 0;
    int lateDays = 0;

    bool operator==(const DemandCompletion&) const = default;
};

/// A pinned operation the schedule could not honour without breaking a rule: it starts before
/// its predecessor (or the order's material, or a child order) is ready, or it overlaps
/// another pinned operation. The pin wins; the planner must resolve the conflict.
struct ScheduleConflict {
    std::string order;
    int seq = 0;
    std::string message;

    bool operator==(const ScheduleConflict&) const = default;
};

/// A finite-capacity schedule. Times are minutes since `today` 00:00, in local factory time.
struct ScheduleResult {
    Date today;
    std::vector<ScheduledOperation> operations; ///< by order (as in `orders`), then seq
    std::vector<OrderCompletion> orders;        ///< open work orders, then planned make orders
    std::vector<DemandCompletion> demands;      ///< every sales order line, in model order
    long long weightedTardiness = 0;            ///< objective, see docs/scheduling.md
    int makespan = 0;                           ///< latest operation end (0 without operations)
    long long changeoverMinutes = 0;            ///< sum over the operations
    long long constructionWeightedTardiness = 0;
    int constructionMakespan = 0;
    long long constructionChangeoverMinutes = 0;
    std::vector<ScheduleConflict> conflicts;
    long long iterations = 0; ///< candidate schedules the improvement decoded
    bool cancelled = false;   ///< the improvement was stopped by ScheduleOptions::cancelled

    bool operator==(const ScheduleResult&) const = default;
};

} // namespace pmc::core
