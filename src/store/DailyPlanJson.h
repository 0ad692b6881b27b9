#pragma once

#include "core/plan/DailyPlan.h"
#include "core/scheduling/ScheduleRequest.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli plan daily --json` document (interchange.md §3, docs/plans.md):
/// `{"date","plan_number","workshop","lines":[{"workshop","workcenter","workcenter_name","unit",
///   "order","item","item_name","seq","qty","order_qty","start","end","customer_orders":[…],
///   "due","material_status",…}],"totals":{…}}`. `start`/`end` are `HH:MM` on the plan's date
/// (`24:00` for a stretch that runs to midnight); `workshop` is null for all workshops.
/// `today` is the schedule's day 0, which the lines' minutes count from.
nlohmann::ordered_json dailyPlanToJson(const core::DailyPlan& plan, core::Date today);

} // namespace pmc::store
