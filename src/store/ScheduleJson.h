#pragma once

#include "core/scheduling/ScheduleRequest.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli schedule --json` document (interchange.md §3):
/// `{"operations":[{"order","item","qty","seq","workcenter","unit","start","end"}],
///   "orders":[{"order","due","completion","late_days"}],
///   "demands":[{"demand","due","completion","late_days"}]}`, in the result's order.
/// Timestamps are `YYYY-MM-DDTHH:MM` in local factory time, dates `YYYY-MM-DD`; integral
/// quantities are written as JSON integers.
nlohmann::ordered_json scheduleResultToJson(const core::ScheduleResult& result);

} // namespace pmc::store
