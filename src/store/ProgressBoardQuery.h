#pragma once

#include "core/plan/ProgressBoard.h"

namespace pmc::store {

class FactoryDatabase;

/// The progress board of `date` at `nowMinute` (minutes since the factory's today 00:00) over
/// the factory stored in `database` and its completion reports, as the CLI and the desktop
/// board both show it. The plan is `schedule` when given (the planner's current schedule),
/// else the construction over `mrp` of the factory as it stood at the start of `date`
/// (core::factoryAtStartOf); without `mrp`, the last stored MRP run, else a fresh run that is
/// not stored. Reads only; safe on a worker thread with a connection of its own.
core::ProgressBoard queryProgressBoard(FactoryDatabase& database, const core::MrpResult* mrp,
    const core::ScheduleResult* schedule, core::Date date, int nowMinute, const core::BoardOptions& options = {});

} // namespace pmc::store
