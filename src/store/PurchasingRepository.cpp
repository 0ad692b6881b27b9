#include "store/PurchasingRepository.h"

#include "core/FactoryModel.h"
#include "core/QuantityText.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/ExecutionHistoryRows.h"
#include "store/FactoryRepository.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "store/UserRoles.h"
#include "store/Timestamp.h"

#include <algorithm>

namespace pmc::store {

namespace {

constexpr const char* kReceiptColumns = "id, purchase_order, receipt_date, qty, inspection, accepted_qty, rejected_qty, "
                                        "disposition, inspected_date, note";

core::PurchaseReceipt readReceipt(Statement& s)
{
    core::PurchaseReceipt r;
    r.id = s.integer(0);
    r.purchaseOrder = s.text(1);
    r.date = s.date(2);
    r.qty = s.real(3);
    r.inspected = s.text(4) == "inspected";
    r.acceptedQty = s.real(5);
    r.rejectedQty = s.real(6);
    core::parseDisposition(s.text(7), r.disposition);
    r.inspectedOn = s.optionalDate(8);
    r.note = s.text(9);
    return r;
}

const core::PurchaseOrder& orderOf(const core::FactoryModel& model, const std::string& number)
{
    return *std::find_if(model.purchaseOrders.begin(), model.purchaseOrders.end(),
                         [&](const core::PurchaseOrder& p) { return p.number == number; });
}

[[noreturn]] void refuse(const std::string& what, const std::string& path, const std::string& reason)
{
    core::ValidationResult issues;
    issues.add(path, reason);
    throw InputError(what, issues);
}

void addReceived(Database& db, const std::string& order, double qty)
{
    db.prepare("UPDATE purchase_order SET received_qty = max(0, received_qty + :qty) WHERE number = :order")
        .bind(":qty", qty)
        .bind(":order", order)
        .run();
}

} // namespace

std::vector<core::PurchaseReceipt> PurchasingRepository::receipts()
{
    std::vector<core::PurchaseReceipt> result;
    for (Statement s = m_db.prepare(std::string("SELECT ") + kReceiptColumns + " FROM purchase_receipt ORDER BY id");
         s.step();)
        result.push_back(readReceipt(s));
    return result;
}

void PurchasingRepository::addToStock(const std::string& item, double onHand, double onInspection)
{
    // The item's first stock row takes the movement; an item without one gets a row.
    Statement row = m_db.prepare("SELECT id FROM inventory WHERE item = :item ORDER BY id LIMIT 1");
    row.bind(":item", item);
    if (!row.step()) {
        m_db.prepare("INSERT INTO inventory (item, on_hand, on_inspection) VALUES (:item, :hand, :inspection)")
            .bind(":item", item)
            .bind(":hand", std::max(0.0, onHand))
            .bind(":inspection", std::max(0.0, onInspection))
            .run();
        return;
    }
    m_db.prepare("UPDATE inventory SET on_hand = max(0, on_hand + :hand), "
                 "on_inspection = max(0, on_inspection + :inspection) WHERE id = :id")
        .bind(":hand", onHand)
        .bind(":inspection", onInspection)
        .bind(":id", row.integer(0))
        .run();
}

core::PurchaseReceipt PurchasingRepository::receive(core::PurchaseReceipt receipt)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    const core::FactoryModel model = FactoryRepository(m_db).load();
    const core::ValidationResult issues = core::checkReceipt(model, receipt);
    if (!issues.ok())
        throw InputError("receipt", issues);
    receipt.inspected = false;
    receipt.acceptedQty = receipt.rejectedQty = 0;
    receipt.disposition = core::Disposition::None;
    receipt.inspectedOn.reset();
    const long long wanted = receipt.id;
    ExecutionHistoryRows(m_db).insert(std::vector{receipt});
    receipt.id = m_db.lastInsertRowId();
    if (wanted > 0 && wanted != receipt.id) {
        // The redo of an undone receipt takes its old id back, so its inspection's redo finds it;
        // when another receipt took the id since, the constraint refuses and nothing is stored.
        m_db.prepare("UPDATE purchase_receipt SET id = :wanted WHERE id = :id").bind(":wanted", wanted).bind(":id", receipt.id).run();
        receipt.id = wanted;
    }
    addReceived(m_db, receipt.purchaseOrder, receipt.qty);
    addToStock(orderOf(model, receipt.purchaseOrder).item, 0, receipt.qty);
    AuditTrail(m_db).recordRows("receive", {.receipts = {receipt}});
    tx.commit();
    return receipt;
}

core::PurchaseReceipt PurchasingRepository::receipt(long long id)
{
    Statement find = m_db.prepare(std::string("SELECT ") + kReceiptColumns + " FROM purchase_receipt WHERE id = :id");
    find.bind(":id", id);
    if (!find.step())
        refuse("receipt", "--receipt", "no receipt " + std::to_string(id));
    return readReceipt(find);
}

void PurchasingRepository::takeFromStock(const std::string& item, double onHand, double onInspection,
                                         const std::string& what)
{
    Statement row = m_db.prepare("SELECT id, on_hand, on_inspection FROM inventory WHERE item = :item ORDER BY id LIMIT 1");
    row.bind(":item", item);
    if (!row.step() || core::isBelowWithTolerance(row.real(1), onHand)
        || core::isBelowWithTolerance(row.real(2), onInspection))
        refuse(what, "--receipt",
               "the stock of " + item + " no longer holds " + core::quantityText(onHand > 0 ? onHand : onInspection)
                   + (onHand > 0 ? " on hand" : " on inspection") + " (counted, issued or imported since?)");
    m_db.prepare("UPDATE inventory SET on_hand = max(0, on_hand - :hand), "
                 "on_inspection = max(0, on_inspection - :inspection) WHERE id = :id")
        .bind(":hand", onHand)
        .bind(":inspection", onInspection)
        .bind(":id", row.integer(0))
        .run();
}

void PurchasingRepository::cancelReceipt(long long id)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    const core::PurchaseReceipt r = receipt(id);
    if (r.inspected)
        refuse("receipt", "--receipt", "receipt " + std::to_string(id) + " has been inspected; take the inspection back first");
    const core::FactoryModel model = FactoryRepository(m_db).load();
    takeFromStock(orderOf(model, r.purchaseOrder).item, 0, r.qty, "receipt");
    addReceived(m_db, r.purchaseOrder, -r.qty);
    m_db.deleteOne("purchase_receipt", "id", std::to_string(id), "receipt " + std::to_string(id));
    AuditTrail(m_db).recordRows("take_back", {.receipts = {r}}, true);
    tx.commit();
}

void PurchasingRepository::reopenInspection(long long id)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    const core::PurchaseReceipt r = receipt(id);
    if (!r.inspected)
        refuse("inspection", "--receipt", "receipt " + std::to_string(id) + " is not inspected");
    const core::FactoryModel model = FactoryRepository(m_db).load();
    const std::string& item = orderOf(model, r.purchaseOrder).item;
    takeFromStock(item, r.acceptedQty, 0, "inspection");
    addToStock(item, 0, r.qty);
    addReceived(m_db, r.purchaseOrder, r.rejectedQty);
    m_db.prepare("UPDATE purchase_receipt SET inspection = 'pending', accepted_qty = 0, rejected_qty = 0, "
                 "disposition = '', inspected_date = NULL WHERE id = :id")
        .bind(":id", id)
        .run();
    core::PurchaseReceipt pending = r;
    pending.inspected = false;
    pending.acceptedQty = pending.rejectedQty = 0;
    pending.disposition = core::Disposition::None;
    pending.inspectedOn.reset();
    AuditTrail(m_db).recordRowChange("reopen_inspection", {.receipts = {r}}, {.receipts = {pending}});
    tx.commit();
}

core::PurchaseReceipt PurchasingRepository::inspect(long long id, const core::InspectionResult& result)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    core::PurchaseReceipt receipt = this->receipt(id);
    const core::PurchaseReceipt pending = receipt;
    const core::FactoryModel model = FactoryRepository(m_db).load();
    core::ValidationResult issues = core::checkInspection(model, receipt, result);
    // Stock counted or imported since the lot arrived may no longer hold it on inspection;
    // booking the result then would invent stock.
    const std::string& item = orderOf(model, receipt.purchaseOrder).item;
    double onInspection = 0;
    for (const core::InventoryRecord& row : model.inventory)
        onInspection += row.item == item ? row.onInspection : 0;
    if (!receipt.inspected && core::isBelowWithTolerance(onInspection, receipt.qty))
        issues.add("--receipt", "only " + core::quantityText(onInspection) + " of " + item
                                    + " are on inspection, not the lot of " + core::quantityText(receipt.qty)
                                    + " (was the stock counted or imported since it arrived?)");
    if (!issues.ok())
        throw InputError("inspection", issues);
    m_db.prepare("UPDATE purchase_receipt SET inspection = 'inspected', accepted_qty = :accepted, "
                 "rejected_qty = :rejected, disposition = :disposition, inspected_date = :date, "
                 "note = CASE WHEN :note = '' THEN note ELSE :note END WHERE id = :id")
        .bind(":accepted", result.acceptedQty)
        .bind(":rejected", result.rejectedQty)
        .bind(":disposition", core::toString(result.disposition))
        .bind(":date", result.date.toString())
        .bind(":note", result.note)
        .bind(":id", id)
        .run();
    // The rejected part goes back to the supplier and is owed again.
    addReceived(m_db, receipt.purchaseOrder, -result.rejectedQty);
    addToStock(orderOf(model, receipt.purchaseOrder).item, result.acceptedQty, -receipt.qty);
    receipt.inspected = true;
    receipt.acceptedQty = result.acceptedQty;
    receipt.rejectedQty = result.rejectedQty;
    receipt.disposition = result.disposition;
    receipt.inspectedOn = result.date;
    if (!result.note.empty())
        receipt.note = result.note;
    AuditTrail(m_db).recordRowChange("inspect", {.receipts = {pending}}, {.receipts = {receipt}});
    tx.commit();
    return receipt;
}

std::vector<core::PromisedDate> PurchasingRepository::promises()
{
    std::vector<core::PromisedDate> result;
    for (Statement s = m_db.prepare(
             "SELECT purchase_order, promised_date, note, recorded_at FROM purchase_promise ORDER BY id");
         s.step();)
        result.push_back({s.text(0), s.date(1), s.text(2), s.text(3)});
    return result;
}

long long PurchasingRepository::promise(const core::PromisedDate& promise)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    const core::ValidationResult issues = core::checkPromise(FactoryRepository(m_db).load(), promise);
    if (!issues.ok())
        throw InputError("promise", issues);
    const core::PromisedDate stored{promise.purchaseOrder, promise.date, promise.note, localTimestampNow()};
    ExecutionHistoryRows(m_db).insert(std::vector{stored});
    const long long id = m_db.lastInsertRowId();
    AuditTrail(m_db).recordRows("promise", {.promises = {stored}});
    tx.commit();
    return id;
}

void PurchasingRepository::withdrawPromise(long long id)
{
    Transaction tx(m_db);
    UserRoles(m_db).require(core::Action::RecordPurchasing);
    Statement row = m_db.prepare("SELECT purchase_order, promised_date, note, recorded_at FROM purchase_promise WHERE id = :id");
    row.bind(":id", id);
    if (!row.step())
        refuse("promise", "--promise", "no promised date " + std::to_string(id));
    const core::PromisedDate withdrawn{row.text(0), row.date(1), row.text(2), row.text(3)};
    m_db.deleteOne("purchase_promise", "id", std::to_string(id), "promised date " + std::to_string(id));
    AuditTrail(m_db).recordRows("take_back", {.promises = {withdrawn}}, true);
    tx.commit();
}

} // namespace pmc::store
