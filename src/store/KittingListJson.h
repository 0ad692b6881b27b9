#pragma once

#include "core/plan/KittingList.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli plan kitting --json` document (docs/plans.md, "Kitting list"):
/// `{"number","date","workcenter","orders":[{"order","order_type","item","item_name","qty",
///   "workcenter","start","releasable","kit_date","lines":[{"item","name","uom","qty_per",
///   "scrap_rate","required","location","issued","to_issue","allocated","short","ready_date"}]}]}`.
/// `start` is the order's first operation start as `YYYY-MM-DD HH:MM`; `today` is the
/// schedule's day 0.
nlohmann::ordered_json kittingListToJson(const core::KittingList& list, core::Date today);

} // namespace pmc::store
