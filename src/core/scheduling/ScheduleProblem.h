#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <climits>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core {

/// One routing step of a job, ready for placement.
struct ScheduleJobOperation {
    int seq = 0;
    int workCenter = 0; ///< index into ScheduleProblem::workCenters
    int duration = 0;   ///< working minutes: ⌈setup + qty × run / efficiency⌉
    int minutesAfter = 0; ///< queue + inspection + move: clock minutes before the next step
    /// Pinned: the unit and the minute it starts at (else -1).
    int fixedUnit = -1;
    int fixedStart = 0;

    bool isFixed() const { return fixedUnit >= 0; }
};

/// The changeover minutes of one work center between product families (indices into
/// ScheduleProblem::families), resolved from its Changeover rows: the exact pair, else the
/// row from the family to `*`, else from `*` to the family, else `*` to `*`, else none.
class ChangeoverTable {
public:
    void add(int fromFamily, int toFamily, int minutes); ///< -1 = `*`
    bool empty() const { return m_exact.empty() && m_from.empty() && m_to.empty() && !m_any; }
    int minutes(int fromFamily, int toFamily) const;

private:
    std::unordered_map<long long, int> m_exact;
    std::unordered_map<int, int> m_from;
    std::unordered_map<int, int> m_to;
    std::optional<int> m_any;
};

/// A work order or planned make order to be scheduled, with what it waits for.
struct ScheduleJob {
    std::string id; ///< work order number or planned order id
    std::string item;
    double qty = 0; ///< open quantity of a work order, lot-sized quantity of a planned order
    bool isWorkOrder = false;
    Date due;
    /// When it needs its components: a planned order's release date; a work order's due date
    /// less its item's lead time in working days, not before today (as MRP has it).
    Date release;
    int family = 0; ///< index into ScheduleProblem::families
    /// Earliest start from material (setMaterialReadiness) and, for a firm planned order, its
    /// release date.
    int materialReadyMinute = 0;
    /// Some bought component is not covered by stock or any open or planned supply.
    bool materialShort = false;
    /// Most urgent (smallest) priority of the sales orders this job's pegging chain reaches;
    /// INT_MAX when it reaches none.
    int priority = INT_MAX;
    /// Tardiness weight: 6 − priority (at least 1; 1 without a sales order).
    int weight = 1;
    std::vector<int> children; ///< make jobs pegged to this one: they finish before it starts
    std::vector<int> parents;  ///< jobs this one is pegged to
    std::vector<ScheduleJobOperation> operations; ///< in seq order; empty without a routing
};

/// The compiled input of the finite scheduler: jobs, their precedence and work centers.
struct ScheduleProblem {
    Date today;
    std::vector<std::string> workCenters;
    std::vector<int> parallelUnits; ///< per work center, at least 1
    std::vector<ChangeoverTable> changeovers; ///< per work center
    std::vector<std::string> families;        ///< product families of the jobs and changeover rows
    std::vector<ScheduleJob> jobs;  ///< open work orders in model order, then make planned orders
    /// Pins the schedule cannot honour at all (their unit no longer exists).
    std::vector<ScheduleConflict> pinConflicts;

    bool hasChangeovers() const;
    /// Changeover minutes on `workCenter` from family `from` (-1 = nothing before) to `to`.
    int changeoverMinutes(int workCenter, int from, int to) const
    {
        return from < 0 || from == to ? 0 : changeovers[static_cast<std::size_t>(workCenter)].minutes(from, to);
    }
};

/// Builds the jobs of every open work order (qty − completed_qty > 0) and every make planned
/// order of `mrp`, each through its item's routing, with the model's operation pins (a pin
/// of an order or step not scheduled is ignored) and changeovers. A firm planned order
/// starts no earlier than its release date. Throws std::logic_error when the pegging
/// forms a cycle or a routing names an unknown work center (FactoryValidator refuses both).
ScheduleProblem buildScheduleProblem(const FactoryModel& model, const MrpResult& mrp);

/// The construction's dispatch order for a rule whose order does not depend on the placement
/// (edd, priority, fifo): children before parents, otherwise by the rule's key, then id (a
/// topological order chosen greedily by that key). The default is earliest due date, then
/// priority.
std::vector<int> dispatchOrder(const ScheduleProblem& problem, DispatchRule rule = DispatchRule::EarliestDueDate);
/// Children before parents, otherwise the smallest `key` first. Throws std::logic_error on a
/// pegging cycle.
std::vector<int> topologicalOrder(const ScheduleProblem& problem, const std::function<bool(int, int)>& less);

/// Working minutes of `setup + qty × run / efficiency`, rounded up to whole minutes; float
/// noise within 1e-9 relative of a whole minute does not round up.
int operationMinutes(double setupMinutes, double qty, double runMinutesPerUnit, double efficiency);

/// The first minute at which a job due on `due` counts as late: the following day 00:00.
int lateFromMinute(Date today, Date due);

} // namespace pmc::core
