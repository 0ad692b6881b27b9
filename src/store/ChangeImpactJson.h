#pragma once

#include "core/orders/ChangeImpact.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The change impact as `pmc-cli order change --json` writes it:
/// `{"today","reason","sales_lines":[…],"plan_adjustments":[…],"material_adjustments":[…]}`.
/// A side an item is missing from (a new or cancelled order, a purchase nothing needs) is
/// `null`; times are `YYYY-MM-DDTHH:MM` like `pmc-cli schedule --json`, dates `YYYY-MM-DD`.
nlohmann::ordered_json changeImpactToJson(const core::ChangeImpact& impact);

} // namespace pmc::store
