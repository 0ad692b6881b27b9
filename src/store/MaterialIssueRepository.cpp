#include "store/MaterialIssueRepository.h"

#include "core/FactoryModel.h"
#include "store/Database.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "store/Timestamp.h"

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
    const core::FactoryModel model = FactoryRepository(m_db).load();
    const core::ValidationResult problems = core::checkMaterialIssue(model, issues(), issue);
    if (!problems.ok())
        throw InputError("issue", problems);
    m_db.prepare("INSERT INTO material_issue (work_order, item, qty, issue_date, note, recorded_at) "
                 "VALUES (:order, :item, :qty, :date, :note, :at)")
        .bind(":order", issue.workOrder)
        .bind(":item", issue.item)
        .bind(":qty", issue.qty)
        .bind(":date", issue.date.toString())
        .bind(":note", issue.note)
        .bind(":at", localTimestampNow())
        .run();
    tx.commit();
}

} // namespace pmc::store
