#pragma once

#include "core/purchasing/PurchaseReceipt.h"

#include <vector>

namespace pmc::store {

class Database;

/// Purchase follow-up (schema 0011, docs/purchasing.md): receipts of purchase orders with their
/// incoming inspection, and the dates suppliers promised. A receipt moves stock: the lot waits on
/// inspection (inventory.on_inspection) until inspected; then the accepted part is on hand and the
/// rejected part is open again on its order. Each write is one transaction that checks what it
/// guards; refused input throws InputError with nothing written.
class PurchasingRepository {
public:
    explicit PurchasingRepository(Database& db) : m_db(db) {}

    /// Every receipt, in the order they were recorded.
    std::vector<core::PurchaseReceipt> receipts();
    /// Records a delivery on a purchase order; returns the receipt with its id.
    core::PurchaseReceipt receive(core::PurchaseReceipt receipt);
    /// Records the incoming inspection of receipt `id`; returns the receipt as inspected.
    core::PurchaseReceipt inspect(long long id, const core::InspectionResult& result);

    /// Every promised date, oldest first.
    std::vector<core::PromisedDate> promises();
    /// Records the date the supplier now promises for an order (the history keeps the earlier ones).
    void promise(const core::PromisedDate& promise);

private:
    void addToStock(const std::string& item, double onHand, double onInspection);

    Database& m_db;
};

} // namespace pmc::store
