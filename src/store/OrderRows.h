#pragma once

#include "store/ImportChanges.h"
#include "store/RowChangeDispatch.h"
#include "store/Statement.h"

namespace pmc::store {

class Database;

/// The SQL of row-by-row changes to open orders: a changed order keeps its row (and the
/// completion reports that name a work order), a removed one is deleted, an added one goes
/// last, as FactoryRepository loads them. Use inside the caller's transaction.
class OrderRows {
public:
    explicit OrderRows(Database& db);

    void apply(const OrderChanges& changes);

private:
    void insert(const core::PurchaseOrder& order);
    void insert(const core::WorkOrder& order);
    void insert(const core::SalesOrder& order);
    void change(const core::PurchaseOrder& before, const core::PurchaseOrder& after);
    void change(const core::WorkOrder& before, const core::WorkOrder& after);
    void change(const core::SalesOrder& before, const core::SalesOrder& after);
    void remove(const core::PurchaseOrder& order);
    void remove(const core::WorkOrder& order);
    void remove(const core::SalesOrder& order);
    void insertLines(const core::SalesOrder& order, long long orderId);
    template <typename Rows, typename Row>
    friend void storeRowChanges(Rows& rows, const std::vector<core::RowChange<Row>>& changes);

    Database& m_db;
    Statement m_insertPurchase;
    Statement m_insertWork;
    Statement m_insertSales;
    Statement m_insertLine;
};

} // namespace pmc::store
