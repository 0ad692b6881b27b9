#include "store/KpiHistoryQuery.h"

#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/MaterialIssueRepository.h"
#include "store/PlanReleaseRepository.h"
#include "store/PurchasingRepository.h"

namespace pmc::store {

core::KpiHistory readKpiHistory(Database& db)
{
    core::KpiHistory history;
    ExecutionRepository execution(db);
    history.reports = execution.reports();
    history.abnormalHours = execution.abnormalHours();
    history.issues = MaterialIssueRepository(db).issues();
    history.receipts = PurchasingRepository(db).receipts();
    history.releases = PlanReleaseRepository(db).releases();
    return history;
}

} // namespace pmc::store
