#pragma once

#include "cli/CommandLine.h"
#include "cli/LastMrpRun.h"
#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "store/FactoryDatabase.h"
#include "store/PlanBasis.h"

#include <string>

namespace pmc::cli {

/// `--date D` of a plan command; UsageError when it is missing or not a date.
core::Date planDate(const CommandLine& args);

/// UsageError listing the known workshops when `workshop` is set and no work center belongs to it.
void checkWorkshop(const core::FactoryModel& model, const std::string& workshop);

/// What every plan document is derived from (store::PlanBasis) with the last stored MRP run,
/// a fresh one when there is none; `check` runs on the model first (bad input is refused
/// before planning).
template <typename Check>
store::PlanBasis loadPlanBasis(store::FactoryDatabase& database, Check check)
{
    core::FactoryModel model = database.load();
    check(model);
    core::MrpResult run = lastOrFreshMrpRun(database);
    return store::planBasis(database, std::move(model), std::move(run));
}

} // namespace pmc::cli
