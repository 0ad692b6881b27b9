#pragma once

#include "core/plan/PeriodPlan.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli plan weekly|monthly --json` document (docs/plans.md):
/// `{"period":"week|month","from","to","plan_number","workshop","buckets":[{"from","to"}],
///   "rows":[{"workshop","item","item_name","uom","qty":[…per bucket],"total","orders",
///            "order_numbers":[…],"customer_orders":[…],"customers":[…],"due"}],
///   "workshops":[{"workshop","qty":[…],"total","working_minutes":[…],"total_working_minutes",
///                 "products","orders"}],
///   "totals":{"products","orders","qty","working_minutes"}}`; `workshop` is null for all workshops.
nlohmann::ordered_json periodPlanToJson(const core::PeriodPlan& plan);

} // namespace pmc::store
