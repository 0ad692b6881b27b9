#include "store/ExecutionHistoryRows.h"

#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/MaterialIssueRepository.h"
#include "store/PurchasingRepository.h"
#include "store/Statement.h"
#include "store/Timestamp.h"

namespace pmc::store {

ExecutionHistory ExecutionHistoryRows::readAll(Database& db)
{
    ExecutionHistory history;
    ExecutionRepository execution(db);
    history.reports = execution.reports();
    history.abnormalHours = execution.abnormalHours();
    PurchasingRepository purchasing(db);
    history.receipts = purchasing.receipts();
    history.promises = purchasing.promises();
    history.issues = MaterialIssueRepository(db).issues();
    return history;
}

void ExecutionHistoryRows::insert(const std::vector<core::CompletionReport>& reports)
{
    Statement s = m_db.prepare("INSERT INTO completion_report (work_order, seq, report_date, good_qty, scrap_qty, "
                               "scrap_reason, worker, labour_hours, recorded_at) "
                               "VALUES (:order, :seq, :date, :good, :scrap, :reason, :worker, :hours, :at)");
    const std::string now = localTimestampNow();
    for (const core::CompletionReport& r : reports)
        s.bind(":order", r.workOrder).bind(":seq", r.seq).bind(":date", r.date.toString()).bind(":good", r.goodQty)
            .bind(":scrap", r.scrapQty).bind(":reason", r.scrapReason).bind(":worker", r.worker)
            .bind(":hours", r.labourHours).bind(":at", now).run();
}

void ExecutionHistoryRows::insert(const std::vector<core::AbnormalHours>& records)
{
    Statement s = m_db.prepare("INSERT INTO abnormal_hours (report_date, work_center, work_order, category, hours, "
                               "owner, note, recorded_at) VALUES (:date, :wc, :order, :cause, :hours, :owner, :note, :at)");
    const std::string now = localTimestampNow();
    for (const core::AbnormalHours& r : records)
        s.bind(":date", r.date.toString()).bind(":wc", r.workCenter).bind(":order", r.workOrder)
            .bind(":cause", core::toString(r.cause)).bind(":hours", r.hours).bind(":owner", r.owner)
            .bind(":note", r.note).bind(":at", now).run();
}

void ExecutionHistoryRows::insert(const std::vector<core::PurchaseReceipt>& receipts)
{
    Statement s = m_db.prepare("INSERT INTO purchase_receipt (purchase_order, receipt_date, qty, inspection, "
                               "accepted_qty, rejected_qty, disposition, inspected_date, note, recorded_at) "
                               "VALUES (:order, :date, :qty, :inspection, :accepted, :rejected, :disposition, "
                               ":inspected, :note, :at)");
    const std::string now = localTimestampNow();
    for (const core::PurchaseReceipt& r : receipts)
        s.bind(":order", r.purchaseOrder).bind(":date", r.date.toString()).bind(":qty", r.qty)
            .bind(":inspection", r.inspected ? "inspected" : "pending").bind(":accepted", r.acceptedQty)
            .bind(":rejected", r.rejectedQty).bind(":disposition", core::toString(r.disposition))
            .bindOptional(":inspected", r.inspectedOn ? std::optional(r.inspectedOn->toString()) : std::nullopt)
            .bind(":note", r.note).bind(":at", now).run();
}

void ExecutionHistoryRows::insert(const std::vector<core::PromisedDate>& promises)
{
    Statement s = m_db.prepare("INSERT INTO purchase_promise (purchase_order, promised_date, note, recorded_at) "
                               "VALUES (:order, :date, :note, :at)");
    const std::string now = localTimestampNow();
    for (const core::PromisedDate& p : promises)
        s.bind(":order", p.purchaseOrder).bind(":date", p.date.toString()).bind(":note", p.note)
            .bind(":at", p.recordedAt.empty() ? now : p.recordedAt).run();
}

void ExecutionHistoryRows::insert(const std::vector<core::MaterialIssue>& issues)
{
    Statement s = m_db.prepare("INSERT INTO material_issue (work_order, item, qty, issue_date, note, recorded_at) "
                               "VALUES (:order, :item, :qty, :date, :note, :at)");
    const std::string now = localTimestampNow();
    for (const core::MaterialIssue& i : issues)
        s.bind(":order", i.workOrder).bind(":item", i.item).bind(":qty", i.qty).bind(":date", i.date.toString())
            .bind(":note", i.note).bind(":at", now).run();
}

void ExecutionHistoryRows::insert(const ExecutionHistory& history)
{
    insert(history.reports);
    insert(history.abnormalHours);
    insert(history.receipts);
    insert(history.promises);
    insert(history.issues);
}

void ExecutionHistoryRows::clearAbnormalHours()
{
    m_db.execute("DELETE FROM abnormal_hours");
}

} // namespace pmc::store
