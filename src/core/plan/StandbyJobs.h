#pragma once

#include "core/plan/DailyPlan.h"
#include "core/plan/KitCheck.h"

namespace pmc::core {

/// Sets each line's kit status (releasable, kit date) from `check` and proposes the plan's
/// standby jobs (备选工单, docs/plans.md "Standby jobs"): for each work center, unit and order
/// of the plan that is not releasable, the releasable order whose operation on the same work
/// center starts first after the plan's day, has no line in the plan and is not yet proposed
/// for another line. `schedule` is the one the plan was built from.
void proposeStandbyJobs(DailyPlan& plan, const KitCheck& check, const ScheduleResult& schedule);

} // namespace pmc::core
