#include "store/ProgressBoardQuery.h"

#include "core/mrp/MrpEngine.h"
#include "core/scheduling/FiniteScheduler.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"

namespace pmc::store {

core::ProgressBoard queryProgressBoard(FactoryDatabase& database, const core::MrpResult* mrp,
    const core::ScheduleResult* schedule, core::Date date, int nowMinute, const core::BoardOptions& options)
{
    const std::vector<core::CompletionReport> reports = ExecutionRepository(database.database()).reports();
    const core::FactoryModel model = core::factoryAtStartOf(database.load(), reports, date);
    std::optional<core::MrpResult> run;
    if (!mrp) {
        run = database.lastMrpRun();
        if (!run)
            run = core::MrpEngine(model).run();
        mrp = &*run;
    }
    if (schedule)
        return core::buildProgressBoard(model, *mrp, *schedule, reports, date, nowMinute, options);
    // The construction (`schedule --seconds 0`), as `plan daily` prints it.
    const core::ScheduleResult constructed = core::FiniteScheduler(model).run(*mrp);
    return core::buildProgressBoard(model, *mrp, constructed, reports, date, nowMinute, options);
}

} // namespace pmc::store
