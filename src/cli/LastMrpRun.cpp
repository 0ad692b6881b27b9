#include "cli/LastMrpRun.h"

#include "store/FactoryDatabase.h"

namespace pmc::cli {

core::MrpResult lastOrFreshMrpRun(store::FactoryDatabase& database)
{
    std::optional<core::MrpResult> mrp = database.lastMrpRun();
    if (!mrp)
        mrp = database.runMrp();
    return std::move(*mrp);
}

} // namespace pmc::cli
