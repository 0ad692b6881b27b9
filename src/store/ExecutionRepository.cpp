#include "store/ExecutionRepository.h"

#include "core/FactoryModel.h"
#include "store/Database.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Timestamp.h"

#include <algorithm>

namespace pmc::store {

std::vector<core::CompletionReport> ExecutionRepository::reports()
{
    std::vector<core::CompletionReport> result;
    Statement rows = m_db.prepare(
        "SELECT work_order, seq, report_date, good_qty, scrap_qty, scrap_reason FROM completion_report ORDER BY id");
    while (rows.step()) {
        result.push_back({rows.text(0), static_cast<int>(rows.integer(1)), rows.date(2), rows.real(3), rows.real(4), rows.text(5)});
    }
    return result;
}

core::WorkOrder ExecutionRepository::record(const core::CompletionReport& report)
{
    // BEGIN IMMEDIATE takes the write lock before reading, so the check sees what it guards.
    Transaction tx(m_db);
    const core::FactoryModel model = FactoryRepository(m_db).load();
    const core::ValidationResult issues = core::checkCompletionReport(model, reports(), report);
    if (!issues.ok())
        throw InputError("report", issues);

    m_db.prepare("INSERT INTO completion_report (work_order, seq, report_date, good_qty, scrap_qty, scrap_reason, "
                 "recorded_at) VALUES (:order, :seq, :date, :good, :scrap, :reason, :at)")
        .bind(":order", report.workOrder)
        .bind(":seq", report.seq)
        .bind(":date", report.date.toString())
        .bind(":good", report.goodQty)
        .bind(":scrap", report.scrapQty)
        .bind(":reason", report.scrapReason)
        .bind(":at", localTimestampNow())
        .run();

    core::WorkOrder order = *std::find_if(model.workOrders.begin(), model.workOrders.end(),
                                          [&](const core::WorkOrder& w) { return w.number == report.workOrder; });
    if (core::lastOperationSeq(model, order.item) == report.seq && report.goodQty > 0) {
        order.completedQty += report.goodQty;
        m_db.prepare("UPDATE work_order SET completed_qty = :completed WHERE number = :order")
            .bind(":completed", order.completedQty)
            .bind(":order", report.workOrder)
            .run();
    }
    tx.commit();
    return order;
}

} // namespace pmc::store
