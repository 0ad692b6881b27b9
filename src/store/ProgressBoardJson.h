#pragma once

#include "core/plan/ProgressBoard.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli board --json` document (docs/plans.md, "Progress board"):
/// `{"date","now","workshop","rows":[{"workshop","workcenter","workcenter_name","unit","lines",
///   "plan","actual","scrap","due_by_now","achievement_pct","behind","achieved",
///   "current":{"order","item","item_name","seq","qty","start","end","running"}|null,
///   "late":[{"order","seq","due","projected"}]}],"workshops":[{"workshop",…totals}],"totals":{…}}`.
/// `now`, `start` and `end` are `HH:MM` on the board's date; `achievement_pct` is actual ÷ plan
/// in per cent to one decimal, null without a plan. `today` is the schedule's day 0.
nlohmann::ordered_json progressBoardToJson(const core::ProgressBoard& board, core::Date today);

} // namespace pmc::store
