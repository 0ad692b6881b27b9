#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <climits>
#include <string>
#include <vector>

namespace pmc::core {

/// One routing step of a job, ready for placement.
struct ScheduleJobOperation {
    int seq = 0;
    int workCenter = 0; ///< index into ScheduleProblem::workCenters
    int duration = 0;   ///< working minutes: ⌈setup + qty × run / efficiency⌉
    int minutesAfter = 0; ///< queue + inspection + move: clock minutes before the next step
};

/// A work order or planned make order to be scheduled, with what it waits for.
struct ScheduleJob {
    std::string id; ///< work order number or planned order id
    std::string item;
    double qty = 0; ///< open quantity of a work order, lot-sized quantity of a planned order
    bool isWorkOrder = false;
    Date due;
    /// Earliest start from material: minute 0 and (due + material_buffer_days) 00:00 of every
    /// buy planned order pegged to this job.
    int materialReadyMinute = 0;
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
    std::vector<ScheduleJob> jobs;  ///< open work orders in model order, then make planned orders
};

/// Builds the jobs of every open work order (qty − completed_qty > 0) and every make planned
/// order of `mrp`, each through its item's routing. Throws std::logic_error when the pegging
/// forms a cycle or a routing names an unknown work center (FactoryValidator refuses both).
ScheduleProblem buildScheduleProblem(const FactoryModel& model, const MrpResult& mrp);

/// The construction's dispatch order: children before parents, otherwise earliest due date,
/// then priority, then id (a topological order chosen greedily by that key).
std::vector<int> dispatchOrder(const ScheduleProblem& problem);

/// Working minutes of `setup + qty × run / efficiency`, rounded up to whole minutes; float
/// noise within 1e-9 relative of a whole minute does not round up.
int operationMinutes(double setupMinutes, double qty, double runMinutesPerUnit, double efficiency);

/// The first minute at which a job due on `due` counts as late: the following day 00:00.
int lateFromMinute(Date today, Date due);

} // namespace pmc::core
