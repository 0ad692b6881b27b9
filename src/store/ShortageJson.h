#pragma once

#include "core/FactoryModel.h"
#include "core/shortage/ShortageList.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace pmc::store {

/// The `pmc-cli shortages --json` document (interchange.md §3), plus `name`, `uom` and
/// `supplier` per material and `needed` per late purchase order:
/// `[{"item","short_qty","need_date","orders":[…],"open_pos":[{"number","qty","due","days_late"}]}]`.
nlohmann::ordered_json shortagesToJson(const core::FactoryModel& model, const std::vector<core::Shortage>& shortages);

} // namespace pmc::store
