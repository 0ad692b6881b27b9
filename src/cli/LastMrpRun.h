#pragma once

#include "core/mrp/MrpResult.h"

namespace pmc::store {
class FactoryDatabase;
}

namespace pmc::cli {

/// The MRP run that `schedule`, `plan daily` and `load` schedule: the last stored run of
/// `database`, or, when it has none, a fresh run that is stored as `mrp` stores it.
core::MrpResult lastOrFreshMrpRun(store::FactoryDatabase& database);

} // namespace pmc::cli
