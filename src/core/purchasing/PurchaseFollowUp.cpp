#include "core/purchasing/PurchaseFollowUp.h"

#include "core/FactoryModel.h"

#include <algorithm>

namespace pmc::core {

std::vector<PurchaseFollowUpRow> purchaseFollowUp(const FactoryModel& model, const std::vector<PurchaseReceipt>& receipts,
                                                  const std::vector<PromisedDate>& promises, int reminderDays)
{
    std::vector<PurchaseFollowUpRow> rows;
    for (const PurchaseOrder& po : model.purchaseOrders) {
        if (po.isReceived())
            continue;
        PurchaseFollowUpRow row;
        row.number = po.number;
        row.supplier = po.supplier;
        row.item = po.item;
        row.qty = po.qty;
        row.receivedQty = po.receivedQty;
        row.openQty = po.openQty();
        row.due = po.due;
        for (const PurchaseReceipt& r : receipts)
            if (r.purchaseOrder == po.number && !r.inspected)
                row.onInspectionQty += r.qty;
        for (const PromisedDate& p : promises) {
            if (p.purchaseOrder != po.number)
                continue;
            row.promised = p.date;
            ++row.promiseChanges;
        }
        row.needsConfirmation = !row.promised && po.due - model.settings.today <= reminderDays;
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PurchaseFollowUpRow& a, const PurchaseFollowUpRow& b) {
        return a.expected() < b.expected();
    });
    return rows;
}

} // namespace pmc::core
