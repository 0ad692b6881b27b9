#pragma once

#include "cli/CommandLine.h"
#include "cli/LastMrpRun.h"
#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/ScheduleRequest.h"
#include "store/FactoryDatabase.h"

#include <string>

namespace pmc::cli {

/// `--date D` of a plan command; UsageError when it is missing or not a date.
core::Date planDate(const CommandLine& args);

/// UsageError listing the known workshops when `workshop` is set and no work center belongs to it.
void checkWorkshop(const core::FactoryModel& model, const std::string& workshop);

/// What every plan document is derived from: the factory, the last stored MRP run (a fresh one
/// when there is none) and the schedule construction over it (`schedule --seconds 0`), which is
/// deterministic, so the printed plan and the JSON agree and a reprint gives the same sheet.
struct PlanBasis {
    core::FactoryModel model;
    core::MrpResult mrp;
    core::ScheduleResult schedule;
};

/// Loads the basis; `check` runs on the model before planning (bad input is refused first).
template <typename Check>
PlanBasis loadPlanBasis(store::FactoryDatabase& database, Check check)
{
    PlanBasis basis{database.load(), {}, {}};
    check(basis.model);
    basis.mrp = lastOrFreshMrpRun(database);
    basis.schedule = core::FiniteScheduler(basis.model).run(basis.mrp);
    return basis;
}

} // namespace pmc::cli
