#include "store/ExecutionRepository.h"

#include "core/FactoryModel.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/ExecutionHistoryRows.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "store/UserRoles.h"
#include "store/StoreError.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pmc::store {

namespace {

/// Stores an accepted report and books a last operation's good quantity as finished on
/// `order` (in memory and in the table).
void storeReport(Database& db, const core::FactoryModel& model, const core::CompletionReport& report, core::WorkOrder& order)
{
    ExecutionHistoryRows(db).insert(std::vector{report});
    if (core::lastOperationSeq(model, order.item) == report.seq && report.goodQty > 0) {
        order.completedQty += report.goodQty;
        db.prepare("UPDATE work_order SET completed_qty = :completed WHERE number = :order")
            .bind(":completed", order.completedQty)
            .bind(":order", report.workOrder)
            .run();
    }
}

core::WorkOrder* findOrder(core::FactoryModel& model, const std::string& number)
{
    const auto it = std::find_if(model.workOrders.begin(), model.workOrders.end(),
                                 [&](const core::WorkOrder& w) { return w.number == number; });
    return it == model.workOrders.end() ? nullptr : &*it;
}

/// The stored report equal to `report` in every field, as `report 12 (WO-0001 op 10 on 2026-03-01),
/// recorded 2026-03-02T08:31:05`, or "" when there is none.
std::string storedRepeat(Database& db, const core::CompletionReport& report)
{
    Statement same = db.prepare("SELECT id, recorded_at FROM completion_report WHERE work_order = :order AND seq = :seq "
                                "AND report_date = :date AND good_qty = :good AND scrap_qty = :scrap "
                                "AND scrap_reason = :reason AND worker = :worker AND labour_hours = :hours "
                                "ORDER BY id LIMIT 1");
    same.bind(":order", report.workOrder).bind(":seq", report.seq).bind(":date", report.date.toString())
        .bind(":good", report.goodQty).bind(":scrap", report.scrapQty).bind(":reason", report.scrapReason)
        .bind(":worker", report.worker).bind(":hours", report.labourHours);
    if (!same.step())
        return {};
    return "report " + std::to_string(same.integer(0)) + " (" + report.workOrder + " op " + std::to_string(report.seq)
           + " on " + report.date.toString() + "), recorded " + same.text(1);
}

} // namespace

std::vector<core::CompletionReport> ExecutionRepository::reports()
{
    std::vector<core::CompletionReport> result;
    Statement rows = m_db.prepare("SELECT work_order, seq, report_date, good_qty, scrap_qty, scrap_reason, worker, "
                                  "labour_hours FROM completion_report ORDER BY id");
    while (rows.step()) {
        result.push_back({rows.text(0), static_cast<int>(rows.integer(1)), rows.date(2), rows.real(3), rows.real(4),
                          rows.text(5), rows.text(6), rows.real(7)});
    }
    return result;
}

core::WorkOrder ExecutionRepository::record(const core::CompletionReport& report)
{
    // BEGIN IMMEDIATE takes the write lock before reading, so the check sees what it guards.
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::ReportProduction);
    core::FactoryModel model = FactoryRepository(m_db).load();
    const core::ValidationResult issues = core::checkCompletionReport(model, reports(), report);
    if (!issues.ok())
        throw InputError("report", issues);
    core::WorkOrder order = *findOrder(model, report.workOrder);
    storeReport(m_db, model, report, order);
    AuditTrail(m_db).recordRows("record", {.reports = {report}});
    tx.commit();
    return order;
}

std::vector<long long> ExecutionRepository::recordAll(const std::vector<core::CompletionReport>& batch,
                                                     const std::vector<std::string>& labels, Repeats repeats)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::ReportProduction);
    std::vector<long long> ids;
    core::FactoryModel model = FactoryRepository(m_db).load();
    std::vector<core::CompletionReport> existing = reports();
    core::ValidationResult problems;
    const auto label = [&](std::size_t k) { return k < labels.size() ? labels[k] : "row " + std::to_string(k + 1); };
    // Before anything of the batch is stored, so equal rows within it do not count.
    for (std::size_t k = 0; repeats == Repeats::Refused && k < batch.size(); ++k)
        if (const std::string stored = storedRepeat(m_db, batch[k]); !stored.empty())
            problems.add(label(k) + " --allow-repeat", "the same as " + stored + ": is the sheet recorded twice?");
    for (std::size_t k = 0; k < batch.size(); ++k) {
        const core::CompletionReport& report = batch[k];
        const core::ValidationResult issues = core::checkCompletionReport(model, existing, report);
        for (const core::ValidationIssue& issue : issues.issues())
            problems.add(label(k) + " " + issue.path, issue.message);
        if (!issues.ok())
            continue;
        // Later rows are checked against the quantities the earlier ones booked.
        core::WorkOrder* order = findOrder(model, report.workOrder);
        storeReport(m_db, model, report, *order);
        ids.push_back(m_db.lastInsertRowId());
        existing.push_back(report);
    }
    if (!problems.ok())
        throw InputError("reports", problems); // the transaction rolls back: nothing is stored
    AuditTrail(m_db).recordRows("record", {.reports = batch});
    tx.commit();
    return ids;
}

void ExecutionRepository::remove(const std::vector<long long>& ids)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::ReportProduction);
    core::FactoryModel model = FactoryRepository(m_db).load();
    for (long long id : ids) {
        Statement row = m_db.prepare("SELECT work_order, seq, good_qty FROM completion_report WHERE id = :id");
        row.bind(":id", id);
        if (!row.step())
            continue; // already gone with its work order
        const std::string number = row.text(0);
        core::WorkOrder* order = findOrder(model, number);
        const int seq = static_cast<int>(row.integer(1));
        const double good = row.real(2);
        m_db.prepare("DELETE FROM completion_report WHERE id = :id").bind(":id", id).run();
        AuditTrail(m_db).record("take_back", "completion_reports", number + " op " + std::to_string(seq),
                                nlohmann::json{{"order", number}, {"seq", seq}, {"good", good}}.dump(), "");
        if (order && core::lastOperationSeq(model, order->item) == seq && good > 0) {
            order->completedQty = std::max(0.0, order->completedQty - good);
            m_db.prepare("UPDATE work_order SET completed_qty = :completed WHERE number = :order")
                .bind(":completed", order->completedQty)
                .bind(":order", order->number)
                .run();
        }
    }
    const core::ValidationResult issues = core::checkReportChain(model, reports());
    if (!issues.ok())
        throw InputError("reports", issues);
    tx.commit();
}

std::vector<core::AbnormalHours> ExecutionRepository::abnormalHours()
{
    return readAbnormalHours("", 0);
}

std::vector<core::AbnormalHours> ExecutionRepository::readAbnormalHours(const std::string& where, long long id)
{
    std::vector<core::AbnormalHours> result;
    Statement rows = m_db.prepare("SELECT report_date, work_center, work_order, category, hours, owner, note "
                                  "FROM abnormal_hours " + where + " ORDER BY id");
    if (!where.empty())
        rows.bind(":id", id);
    while (rows.step()) {
        core::AbnormalHours record{rows.date(0), rows.text(1), rows.text(2), core::AbnormalCause::Other,
                                   rows.real(4), rows.text(5), rows.text(6)};
        core::parseAbnormalCause(rows.text(3), record.cause);
        result.push_back(std::move(record));
    }
    return result;
}

long long ExecutionRepository::record(const core::AbnormalHours& record)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::ReportProduction);
    const core::ValidationResult issues = core::checkAbnormalHours(FactoryRepository(m_db).load(), record);
    if (!issues.ok())
        throw InputError("abnormal hours", issues);
    ExecutionHistoryRows(m_db).insert(std::vector{record});
    const long long id = m_db.lastInsertRowId();
    AuditTrail(m_db).recordRows("record", {.abnormalHours = {record}});
    tx.commit();
    return id;
}

void ExecutionRepository::removeAbnormalHours(long long id)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::ReportProduction);
    const std::vector<core::AbnormalHours> removed = readAbnormalHours("WHERE id = :id", id);
    m_db.deleteOne("abnormal_hours", "id", std::to_string(id), "abnormal hours " + std::to_string(id));
    AuditTrail(m_db).recordRows("take_back", {.abnormalHours = removed}, true);
    tx.commit();
}

} // namespace pmc::store
