#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/plan/DailyPlan.h"
#include "core/execution/MaterialIssue.h"
#include "core/scheduling/ScheduleRequest.h"

#include <string>
#include <vector>

namespace pmc::store {

class FactoryDatabase;

/// What every plan document is derived from (docs/plans.md): the stored factory, an MRP run
/// (the stored last one), the schedule construction over it, which is deterministic, so a
/// reprint gives the same sheet, and the material issues recorded.
struct PlanBasis {
    core::FactoryModel model;
    core::MrpResult mrp;
    core::ScheduleResult schedule;
    std::vector<core::MaterialIssue> issues;
};

/// The basis of `model` (as loaded from `database`, checked by the caller) and `run`.
PlanBasis planBasis(FactoryDatabase& database, core::FactoryModel model, core::MrpResult run);

/// The daily plan of `date` for `workshop` ("" = all) on `basis`, its lines' minutes counted
/// from `date` (core::planOnItsDate): the plan as it is released and compared.
core::DailyPlan dailyPlanOnItsDate(const PlanBasis& basis, core::Date date, const std::string& workshop);

} // namespace pmc::store
