#include "store/MaterialIssueRepository.h"

#include "core/FactoryModel.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/ExecutionHistoryRows.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "store/UserRoles.h"

namespace pmc::store {

std::vector<core::MaterialIssue> MaterialIssueRepository::issues()
{
    std::vector<core::MaterialIssue> result;
    for (Statement rows = m_db.prepare("SELECT work_order, item, qty, issue_date, note FROM material_issue ORDER BY id");
         rows.step();)
        result.push_back({rows.text(0), rows.text(1), rows.real(2), rows.date(3), rows.text(4)});
    return result;
}

void MaterialIssueRepository::record(const core::MaterialIssue& issue)
{
    // BEGIN IMMEDIATE takes the write lock before reading, so the check sees what it guards.
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    const core::FactoryModel model = FactoryRepository(m_db).load();
    const core::ValidationResult problems = core::checkMaterialIssue(model, issues(), issue);
    if (!problems.ok())
        throw InputError("issue", problems);
    ExecutionHistoryRows(m_db).insert(std::vector{issue});
    AuditTrail(m_db).recordRows("issue", {.issues = {issue}});
    tx.commit();
}

} // namespace pmc::store
