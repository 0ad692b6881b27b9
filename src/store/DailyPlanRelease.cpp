#include "store/DailyPlanRelease.h"

#include "core/masterdata/MasterDataEdit.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/OperationPinning.h"
#include "store/FactoryDatabase.h"
#include "store/EditConflict.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/MrpRepository.h"
#include "store/PlanBasis.h"
#include "store/PlanReleaseRepository.h"
#include "store/StoreError.h"
#include "store/Timestamp.h"
#include "store/UserRoles.h"

#include <stdexcept>

namespace pmc::store {

core::DailyPlan currentDailyPlan(FactoryDatabase& database, const core::MrpResult& run, core::Date date,
                                 const std::string& workshop)
{
    return dailyPlanOnItsDate(planBasis(database, database.load(), run), date, workshop);
}

core::PlanRelease releaseDailyPlan(FactoryDatabase& database, const core::MrpResult& run, core::Date date,
                                   const std::string& workshop, const std::string& note)
{
    const core::FactoryModel model = database.load();
    const core::ScheduleResult schedule = core::FiniteScheduler(model).run(run);
    const core::OperationPinning pinning = core::OperationPinning::until(model, run, schedule, date + 1);
    core::FactoryModel pinned = model;
    core::ValidationResult issues;
    try {
        issues = core::applyValidatedEdit(pinned, pinning.edit);
    } catch (const std::invalid_argument& e) {
        throw StoreError(e.what());
    }
    if (!issues.ok())
        throw InputError("plan release", issues);

    Database& db = database.database();
    Transaction tx(db);
    UserRoles(db).require(core::Action::ReleasePlan);
    // The freeze was worked out before the lock: refused when someone saved pins or orders since.
    if (std::vector<EditConflict> conflicts = findEditConflicts(FactoryRepository(db).load(), pinning.edit);
        !conflicts.empty())
        throw EditConflictError(std::move(conflicts));
    // The freeze as `schedule freeze` stores it (FactoryDatabase::storeEdit), in this transaction.
    FactoryRepository(db).apply(pinning.edit);
    MrpRepository(db).apply({database.lastMrpRunAt(), pinning.consumed, pinning.added});
    // Read back from what is stored now, so the released plan names the firmed orders by their
    // new numbers and shows the steps where the pins hold them.
    const std::optional<core::MrpResult> frozenRun = MrpRepository(db).load();
    if (!frozenRun)
        throw StoreError("plan release: the MRP run to release from is not stored");
    PlanReleaseRepository releases(db);
    core::PlanRelease release;
    release.date = date;
    release.workshop = workshop;
    release.version = releases.nextVersion(date, workshop);
    release.releasedBy = db.userName();
    release.releasedAt = localTimestampNow();
    release.note = note;
    release.pinnedSteps = static_cast<int>(pinning.pinned);
    release.plan = currentDailyPlan(database, *frozenRun, date, workshop);
    releases.insert(release);
    tx.commit();
    return release;
}

} // namespace pmc::store
