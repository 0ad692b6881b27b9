#pragma once

#include "core/orders/OrderProgress.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

/// The `pmc-cli progress --order N --json` document: the order's header, then per line its
/// supplying orders with their steps, short materials, delay causes and fixes. Times are
/// `YYYY-MM-DDTHH:MM` (local factory time), dates `YYYY-MM-DD`.
nlohmann::ordered_json orderProgressToJson(const core::OrderProgress& progress);

} // namespace pmc::store
