#pragma once

#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"

#include <vector>

namespace pmc::core {

/// Prepares a repair of `previous` (ScheduleOptions::previous): sets on `decoder` each listed
/// operation's start there as its release and its unit there as the only unit it may take,
/// and returns the dispatch order: children before parents, otherwise by the job's first
/// start in `previous`; jobs not in it after those, in the order of `rule` (by due date when
/// the rule depends on the placement). Operations are matched by order and seq.
std::vector<int> prepareRepair(const ScheduleProblem& problem, ScheduleDecoder& decoder,
                               const std::vector<ScheduledOperation>& previous, DispatchRule rule);

} // namespace pmc::core
