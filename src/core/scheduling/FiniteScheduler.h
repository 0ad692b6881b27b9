#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

namespace pmc::core {

/// Finite-capacity forward scheduling of open work orders and the make planned orders of an
/// MRP run on the work centers' units and working time (docs/scheduling.md): list scheduling
/// in an EDD order that respects the pegging (children before parents, bought material
/// `material_buffer_days` after its due), then, given seconds, an anytime search over the
/// dispatch order that minimises total weighted tardiness, then makespan.
/// Holds a reference to the model, which must outlive the scheduler and not change during a
/// run; run() keeps no state between calls, so it can run on a worker thread over a snapshot.
class FiniteScheduler {
public:
    explicit FiniteScheduler(const FactoryModel& model);

    /// Schedules everything. Deterministic for the construction; the improvement is
    /// deterministic for a seed and a number of iterations. Throws std::logic_error for a
    /// pegging cycle or unknown work center, std::runtime_error when a work center has no
    /// working time left in the calendar.
    ScheduleResult run(const MrpResult& mrp, const ScheduleOptions& options = {}) const;

private:
    const FactoryModel& m_model;
};

} // namespace pmc::core
