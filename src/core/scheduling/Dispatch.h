#pragma once

#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"

#include <vector>

namespace pmc::core {

/// The forward construction (list scheduling, docs/scheduling.md): dispatches the jobs one by
/// one, children before parents, each time the ready job the rule of `options` puts first,
/// into `decoder`, which then holds the schedule. Returns the dispatch sequence, which decodes
/// to the same schedule. Deterministic.
std::vector<int> dispatchJobs(const ScheduleProblem& problem, ScheduleDecoder& decoder, const ScheduleOptions& options);

} // namespace pmc::core
