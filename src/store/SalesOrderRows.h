#pragma once

#include "core/orders/SalesOrder.h"
#include "core/orders/SalesOrderHistory.h"
#include "store/Statement.h"

#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// The SQL of a sales order with everything it owns: its lines (with promised dates), their
/// shipments and the departments' review verdicts, plus the order's change history. Use inside
/// the caller's transaction.
class SalesOrderRows {
public:
    explicit SalesOrderRows(Database& db);

    void insert(const core::SalesOrder& order);
    /// Rewrites the order in place (it keeps its row and its place among the orders).
    void change(const core::SalesOrder& before, const core::SalesOrder& after);
    void remove(const core::SalesOrder& order);
    /// Appends the events turning `before` into `after` (core::salesOrderEvents) to the
    /// history, stamped with the local user and the time now.
    void recordHistory(const core::SalesOrder* before, const core::SalesOrder* after);

    /// Every stored order with its lines, shipments and reviews, in their stored order.
    static std::vector<core::SalesOrder> readAll(Database& db);
    /// The history of one order, oldest first (also of an order no longer stored).
    static std::vector<core::SalesOrderEvent> history(Database& db, const std::string& order);

private:
    void insertOwned(const core::SalesOrder& order, long long orderId);

    Database& m_db;
    Statement m_insertOrder;
    Statement m_insertLine;
    Statement m_insertShipment;
    Statement m_insertReview;
    Statement m_insertEvent;
};

} // namespace pmc::store
