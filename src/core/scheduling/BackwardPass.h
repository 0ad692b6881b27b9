#pragma once

#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"

#include <vector>

namespace pmc::core {

/// Just-in-time times from a backward pass, per flattened operation (as ScheduleDecoder
/// numbers them) and per job.
struct JustInTime {
    std::vector<int> start; ///< latest start found; 0 where none fits after today 00:00
    std::vector<int> unit;  ///< its unit, or -1
    std::vector<int> jobStart; ///< start of the job's first operation (0 when it does not fit)
};

/// Backward scheduling (docs/scheduling.md): parents before children, each job as late as its
/// due date and its parents' just-in-time starts allow, each operation ending as late as
/// possible on the unit where it starts latest, in a gap of that unit where it fits whole.
/// Pinned operations stay where they are. Jobs are taken latest due date first (`edd`) or most
/// urgent priority first, then latest due date (`priority`); other rules throw
/// std::invalid_argument. Uses `decoder` for its working time and pinned placements only.
JustInTime backwardPass(const ScheduleProblem& problem, ScheduleDecoder& decoder, DispatchRule rule);

} // namespace pmc::core
