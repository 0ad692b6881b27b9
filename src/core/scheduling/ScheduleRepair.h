#pragma once

#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"

#include <vector>

namespace pmc::core {

/// Prepares a repair of `previous` (ScheduleOptions::previous): sets on `decoder` each listed
/// operation's start there as its release and its unit there as the only unit it may take,
/// and returns the operation order for ScheduleDecoder::addOperation, one entry (the job) per
/// operation (one for a job without operations): the operations in the order of their start
/// in `previous`, a job's first only after its children's last, so that each meets the same
/// neighbours on its unit as before (and the same changeovers). Jobs not in `previous` follow
/// in the order of `rule` (by due date when the rule depends on the placement). Operations are
/// matched by order and seq. Throws std::logic_error on a pegging cycle.
std::vector<int> prepareRepair(const ScheduleProblem& problem, ScheduleDecoder& decoder,
                               const std::vector<ScheduledOperation>& previous, DispatchRule rule);

} // namespace pmc::core
