#include "store/PlanBasis.h"

#include "core/plan/PlanRelease.h"
#include "core/scheduling/FiniteScheduler.h"
#include "store/FactoryDatabase.h"
#include "store/MaterialIssueRepository.h"

namespace pmc::store {

PlanBasis planBasis(FactoryDatabase& database, core::FactoryModel model, core::MrpResult run)
{
    PlanBasis basis{std::move(model), std::move(run), {}, {}};
    basis.schedule = core::FiniteScheduler(basis.model).run(basis.mrp);
    basis.issues = MaterialIssueRepository(database.database()).issues();
    return basis;
}

core::DailyPlan dailyPlanOnItsDate(const PlanBasis& basis, core::Date date, const std::string& workshop)
{
    return core::planOnItsDate(
        core::buildDailyPlan(basis.model, basis.mrp, basis.schedule, date, workshop, basis.issues), basis.schedule.today);
}

} // namespace pmc::store
