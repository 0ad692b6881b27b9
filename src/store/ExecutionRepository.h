#pragma once

#include "core/execution/CompletionReport.h"
#include "core/orders/Orders.h"

#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// Shop-floor execution data (schema 0003): completion reports and their effect on the work
/// orders' completed quantity.
class ExecutionRepository {
public:
    explicit ExecutionRepository(Database& db) : m_db(db) {}

    /// Every stored report, in the order they were recorded.
    std::vector<core::CompletionReport> reports();
    /// Checks `report` against the stored data and, when accepted, stores it and adds a last
    /// operation's good quantity to the work order's completed_qty, in its own transaction, so a
    /// concurrent report cannot overbook the same operation. Throws InputError (nothing written)
    /// when refused; returns the work order as it now is.
    core::WorkOrder record(const core::CompletionReport& report);

private:
    Database& m_db;
};

} // namespace pmc::store
