#pragma once

#include "core/mrp/MrpResult.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli mrp --json` document of a run (interchange.md §3, plus `id` and `order`):
/// `{"planned_orders":[{"id","item","qty","due","release","source","pegging":[{"demand","qty"}]}],
///   "exceptions":[{"item","kind","date","message","order"}]}`, in the result's order.
/// Dates are `YYYY-MM-DD`; integral quantities are written as JSON integers.
nlohmann::json mrpResultToJson(const core::MrpResult& result);

} // namespace pmc::store
