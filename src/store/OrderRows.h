#pragma once

#include "store/ImportChanges.h"
#include "store/RowChangeDispatch.h"
#include "store/SalesOrderRows.h"
#include "store/Statement.h"

namespace pmc::store {

class Database;

/// The SQL of order rows, one place for inserting (a whole import) and for row-by-row
/// changes: a changed order keeps its row (and the completion reports that name a work order),
/// a removed one is deleted, an added one goes last, as FactoryRepository loads them. Use
/// inside the caller's transaction.
class OrderRows {
public:
    explicit OrderRows(Database& db);

    /// Order changes of a table import (recorded in the sales orders' history).
    void apply(const OrderChanges& changes);
    /// The order sections of an edit (work orders, firm planned orders, requisitions).
    void apply(const core::MasterDataEdit& edit);

    void insert(const core::PurchaseOrder& order);
    void insert(const core::WorkOrder& order);
    void insert(const core::SalesOrder& order);
    void insert(const core::FirmPlannedOrder& order);
    void insert(const core::PurchaseRequisition& order);

private:
    void change(const core::PurchaseOrder& before, const core::PurchaseOrder& after);
    void change(const core::WorkOrder& before, const core::WorkOrder& after);
    void change(const core::SalesOrder& before, const core::SalesOrder& after);
    void change(const core::FirmPlannedOrder& before, const core::FirmPlannedOrder& after);
    void change(const core::PurchaseRequisition& before, const core::PurchaseRequisition& after);
    void remove(const core::PurchaseOrder& order);
    void remove(const core::WorkOrder& order);
    void remove(const core::SalesOrder& order);
    void remove(const core::FirmPlannedOrder& order);
    void remove(const core::PurchaseRequisition& order);
    template <typename Rows, typename Row>
    friend void storeRowChanges(Rows& rows, const std::vector<core::RowChange<Row>>& changes);

    Database& m_db;
    Statement m_insertPurchase;
    Statement m_insertWork;
    SalesOrderRows m_sales;
    /// Changes of a planner's edit or a table import go into the orders' history; a whole
    /// scenario import does not (it replaces the data, it does not change orders).
    bool m_recordHistory = false;
    Statement m_insertFirm;
    Statement m_insertRequisition;
};

} // namespace pmc::store
