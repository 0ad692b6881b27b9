#pragma once

#include "core/execution/AbnormalHours.h"
#include "core/execution/CompletionReport.h"
#include "core/execution/MaterialIssue.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <vector>

namespace pmc::store {

class Database;

/// What the plant recorded as it happened: completion reports, abnormal hours, purchase receipts
/// with their inspection, suppliers' promised dates and material issues, each oldest first.
struct ExecutionHistory {
    std::vector<core::CompletionReport> reports;
    std::vector<core::AbnormalHours> abnormalHours;
    std::vector<core::PurchaseReceipt> receipts;
    std::vector<core::PromisedDate> promises;
    std::vector<core::MaterialIssue> issues;

    bool operator==(const ExecutionHistory&) const = default;
};

/// The SQL of the execution history rows (schemas 0003, 0009, 0011) as they are: inserting one
/// moves no stock and books no quantity on its order; the repositories that record new events do
/// that around these inserts. Rows are stamped `recorded_at` now (a promise keeps its own stamp when
/// it has one). Use inside the caller's transaction.
class ExecutionHistoryRows {
public:
    explicit ExecutionHistoryRows(Database& db) : m_db(db) {}

    /// Every stored row, in the order they were recorded.
    static ExecutionHistory readAll(Database& db);

    void insert(const std::vector<core::CompletionReport>& reports);
    void insert(const std::vector<core::AbnormalHours>& records);
    void insert(const std::vector<core::PurchaseReceipt>& receipts);
    void insert(const std::vector<core::PromisedDate>& promises);
    void insert(const std::vector<core::MaterialIssue>& issues);
    /// Inserts every row of `history`; the caller has emptied the tables (an import does so by
    /// replacing the orders they belong to).
    void insert(const ExecutionHistory& history);
    /// Deletes the stored abnormal hours, which outlive the orders (no foreign keys).
    void clearAbnormalHours();

private:
    Database& m_db;
};

} // namespace pmc::store
