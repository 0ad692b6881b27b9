#pragma once

#include "core/scheduling/CapacityLoad.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli load --json` document:
/// `{"buckets":[{"workcenter","start","days","load_hours","available_hours","utilisation","overloaded"}]}`
/// in the load's order. `start` is `YYYY-MM-DD`; hours are rounded to 1e-6 (float noise), whole
/// values print as integers; `utilisation` is null when nothing is available.
nlohmann::ordered_json capacityLoadToJson(const core::CapacityLoad& load);

} // namespace pmc::store
