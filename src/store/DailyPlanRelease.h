#pragma once

#include "core/Date.h"
#include "core/mrp/MrpResult.h"
#include "core/plan/PlanRelease.h"

#include <string>

namespace pmc::store {

class FactoryDatabase;

/// The daily plan of `date` as `pmc-cli plan daily` shows it now: built on the construction
/// schedule of the stored data over `run` (the stored last MRP run), with the material issues
/// recorded; its lines' minutes count from `date` (core::planOnItsDate).
core::DailyPlan currentDailyPlan(FactoryDatabase& database, const core::MrpResult& run, core::Date date,
                                 const std::string& workshop);

/// Releases the daily plan of `date` for `workshop` ("" = all) in one transaction: freezes every
/// step of the current schedule over `run` that starts before `date` + 1 00:00, as
/// `pmc-cli schedule freeze --until date+1` does (core::OperationPinning::until, planned orders
/// among them firmed), then stores the plan read back under those pins as the next version,
/// stamped with the local user and time. Throws InputError (nothing written) when the freeze
/// is refused. `run` must be the stored last run (FactoryDatabase::lastMrpRun).
core::PlanRelease releaseDailyPlan(FactoryDatabase& database, const core::MrpResult& run, core::Date date,
                                   const std::string& workshop, const std::string& note);

} // namespace pmc::store
