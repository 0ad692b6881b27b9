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
    /// Takes back receipt `id` before its inspection, with its lot on inspection and the quantity
    /// it received (the undo of receive()). Refused when inspected, or when the lot is no longer
    /// on inspection.
    void cancelReceipt(long long id);
    /// Takes the inspection of receipt `id` back: the lot waits on inspection again and the
    /// rejected part counts as received (the undo of inspect()). Refused when the accepted part
    /// is no longer on hand.
    void reopenInspection(long long id);

    /// Every promised date, oldest first.
    std::vector<core::PromisedDate> promises();
    /// Records the date the supplier now promises for an order (the history keeps the earlier
    /// ones); returns its stored id.
    long long promise(const core::PromisedDate& promise);
    /// Takes promised date `id` back (the undo of promise()).
    void withdrawPromise(long long id);

private:
    core::PurchaseReceipt receipt(long long id);
    void addToStock(const std::string& item, double onHand, double onInspection);
    /// Takes a movement back from the stock row addToStock() put it on; refused naming `what`
    /// when that row no longer holds it (stock counted, issued or imported since).
    void takeFromStock(const std::string& item, double onHand, double onInspection, const std::string& what);

    Database& m_db;
};

} // namespace pmc::store
