#include "store/OrderRows.h"

#include "store/Database.h"
#include "store/StoreError.h"

namespace pmc::store {

namespace {

void bindPurchase(Statement& s, const core::PurchaseOrder& o)
{
    s.bind(":number", o.number).bind(":item", o.item).bind(":qty", o.qty).bind(":due", o.due.toString())
        .bindOptional(":supplier", o.supplier.empty() ? std::nullopt : std::optional<std::string>(o.supplier));
}

void bindWork(Statement& s, const core::WorkOrder& o)
{
    s.bind(":number", o.number).bind(":item", o.item).bind(":qty", o.qty).bind(":due", o.due.toString())
        .bind(":done", o.completedQty);
}

// One column list per table, shared by INSERT and UPDATE so that they cannot drift apart.
constexpr const char* kFirmColumns = "number = :number, item = :item, qty = :qty, due = :due, release = :release";
constexpr const char* kRequisitionColumns
    = "number = :number, item = :item, qty = :qty, due = :due, release = :release, supplier = :supplier";

void bindFirm(Statement& s, const core::FirmPlannedOrder& o)
{
    s.bind(":number", o.number).bind(":item", o.item).bind(":qty", o.qty).bind(":due", o.due.toString())
        .bind(":release", o.release.toString());
}

void bindRequisition(Statement& s, const core::PurchaseRequisition& o)
{
    s.bind(":number", o.number).bind(":item", o.item).bind(":qty", o.qty).bind(":due", o.due.toString())
        .bind(":release", o.release.toString())
        .bindOptional(":supplier", o.supplier.empty() ? std::nullopt : std::optional<std::string>(o.supplier));
}

/// Rewrites the row numbered `before.number` of `table` with `after` in place.
template <typename Order, typename Bind>
void updateByNumber(Database& db, const char* table, const char* columns, Bind bind, const Order& before,
                    const Order& after, const std::string& what)
{
    Statement s = db.prepare(std::string("UPDATE ") + table + " SET " + columns + " WHERE number = :key");
    bind(s, after);
    s.bind(":key", before.number);
    s.runOnOneRow(what);
}


} // namespace

OrderRows::OrderRows(Database& db)
    : m_db(db),
      m_insertPurchase(db.prepare("INSERT INTO purchase_order (number, item, qty, due, supplier, received_qty) "
                                  "VALUES (:number, :item, :qty, :due, :supplier, :received)")),
      m_insertWork(db.prepare("INSERT INTO work_order (number, item, qty, due, completed_qty) "
                              "VALUES (:number, :item, :qty, :due, :done)")),
      m_sales(db),
      m_insertFirm(db.prepare("INSERT INTO firm_planned_order (number, item, qty, due, release) "
                              "VALUES (:number, :item, :qty, :due, :release)")),
      m_insertRequisition(db.prepare("INSERT INTO purchase_requisition (number, item, qty, due, release, supplier) "
                                     "VALUES (:number, :item, :qty, :due, :release, :supplier)"))
{
}

void OrderRows::apply(const OrderChanges& changes)
{
    // Orders may name items added in the same transaction; references are checked at commit.
    m_db.deferForeignKeys();
    m_recordHistory = true;
    storeRowChanges(*this, changes.purchaseOrders);
    storeRowChanges(*this, changes.workOrders);
    storeRowChanges(*this, changes.salesOrders);
}

void OrderRows::apply(const core::MasterDataEdit& edit)
{
    m_db.deferForeignKeys();
    m_recordHistory = true;
    storeRowChanges(*this, edit.workOrders);
    storeRowChanges(*this, edit.salesOrders);
    storeRowChanges(*this, edit.purchaseOrders);
    storeRowChanges(*this, edit.firmPlannedOrders);
    storeRowChanges(*this, edit.purchaseRequisitions);
}

void OrderRows::insert(const core::PurchaseOrder& order)
{
    // What has arrived is only ever changed by receipts (PurchasingRepository), never by an edit.
    bindPurchase(m_insertPurchase, order);
    m_insertPurchase.bind(":received", order.receivedQty);
    m_insertPurchase.run();
}

void OrderRows::insert(const core::WorkOrder& order)
{
    bindWork(m_insertWork, order);
    m_insertWork.run();
}

void OrderRows::insert(const core::SalesOrder& order)
{
    m_sales.insert(order);
    if (m_recordHistory)
        m_sales.recordHistory(nullptr, &order);
}

void OrderRows::insert(const core::FirmPlannedOrder& order)
{
    bindFirm(m_insertFirm, order);
    m_insertFirm.run();
}

void OrderRows::insert(const core::PurchaseRequisition& order)
{
    bindRequisition(m_insertRequisition, order);
    m_insertRequisition.run();
}

void OrderRows::change(const core::PurchaseOrder& before, const core::PurchaseOrder& after)
{
    Statement s = m_db.prepare("UPDATE purchase_order SET number = :number, item = :item, qty = :qty, due = :due, "
                               "supplier = :supplier WHERE number = :key");
    bindPurchase(s, after);
    s.bind(":key", before.number);
    s.runOnOneRow("purchase order " + before.number);
}

void OrderRows::change(const core::WorkOrder& before, const core::WorkOrder& after)
{
    Statement s = m_db.prepare("UPDATE work_order SET number = :number, item = :item, qty = :qty, due = :due, "
                               "completed_qty = :done WHERE number = :key");
    bindWork(s, after);
    s.bind(":key", before.number);
    s.runOnOneRow("work order " + before.number);
}

void OrderRows::change(const core::FirmPlannedOrder& before, const core::FirmPlannedOrder& after)
{
    updateByNumber(m_db, "firm_planned_order", kFirmColumns, bindFirm, before, after,
                   "firm planned order " + before.number);
}

void OrderRows::change(const core::PurchaseRequisition& before, const core::PurchaseRequisition& after)
{
    updateByNumber(m_db, "purchase_requisition", kRequisitionColumns, bindRequisition, before, after,
                   "purchase requisition " + before.number);
}

void OrderRows::change(const core::SalesOrder& before, const core::SalesOrder& after)
{
    m_sales.change(before, after);
    if (m_recordHistory)
        m_sales.recordHistory(&before, &after);
}

void OrderRows::remove(const core::PurchaseOrder& order)
{
    m_db.deleteOne("purchase_order", "number", order.number, "purchase order " + order.number);
}

void OrderRows::remove(const core::WorkOrder& order)
{
    // Its completion reports go with it (ON DELETE CASCADE): they belong to the order.
    m_db.deleteOne("work_order", "number", order.number, "work order " + order.number);
}

void OrderRows::remove(const core::SalesOrder& order)
{
    m_sales.remove(order);
    if (m_recordHistory)
        m_sales.recordHistory(&order, nullptr);
}

void OrderRows::remove(const core::FirmPlannedOrder& order)
{
    m_db.deleteOne("firm_planned_order", "number", order.number, "firm planned order " + order.number);
}

void OrderRows::remove(const core::PurchaseRequisition& order)
{
    m_db.deleteOne("purchase_requisition", "number", order.number, "purchase requisition " + order.number);
}

} // namespace pmc::store
