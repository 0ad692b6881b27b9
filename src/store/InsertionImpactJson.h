#pragma once

#include "core/orders/RushInsertion.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli insert --json` document (docs/orders.md, "Rush orders"):
/// `{"order","rule","rush_lines":[{"demand","item","qty","requested","scheduled_completion",
///   "completion","days_late","reason","late_material":[{"item","in_house"}]}],
///   "displaced":[{"order","sales_order","customer","priority","item","due","old_completion",
///   "new_completion","old_days_late","new_days_late","newly_late"}],
///   "totals":{"newly_late","added_days_late","makespan_change_days","changeover_change_hours"}}`.
/// Timestamps are `YYYY-MM-DDTHH:MM` in local factory time, dates `YYYY-MM-DD`; `reason` is
/// on_time, capacity or material; a work order has null sales_order and priority.
nlohmann::ordered_json insertionImpactToJson(const core::InsertionImpact& impact, const core::ScheduleOptions& options,
                                             core::Date today);

} // namespace pmc::store
