#include "core/kpi/SupplierPerformance.h"

#include "core/FactoryModel.h"
#include "core/kpi/Kpi.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

namespace pmc::core {

bool deliveredOnTime(const PurchaseOrder& po, const std::vector<PurchaseReceipt>& receipts)
{
    double recorded = 0;
    double byDue = 0;
    for (const PurchaseReceipt& r : receipts) {
        if (r.purchaseOrder != po.number)
            continue;
        recorded += r.deliveredQty();
        byDue += r.date <= po.due ? r.deliveredQty() : 0;
    }
    byDue += std::max(0.0, po.receivedQty - recorded);
    return !isBelowWithTolerance(byDue, po.qty);
}

std::vector<SupplierMonth> supplierPerformance(const FactoryModel& model, const std::vector<PurchaseReceipt>& receipts,
                                               const DateRange& period)
{
    std::unordered_map<std::string, std::vector<PurchaseReceipt>> receiptsOf;
    for (const PurchaseReceipt& r : receipts)
        receiptsOf[r.purchaseOrder].push_back(r);
    const std::vector<PurchaseReceipt> none;
    std::map<std::pair<std::string, std::string>, SupplierMonth> rows;
    for (const PurchaseOrder& po : model.purchaseOrders) {
        if (!period.contains(po.due) || !(po.qty > 0))
            continue;
        SupplierMonth& row = rows[{po.supplier, monthKey(po.due)}];
        row.supplier = po.supplier;
        row.month = monthKey(po.due);
        ++row.due;
        const auto own = receiptsOf.find(po.number);
        if (deliveredOnTime(po, own == receiptsOf.end() ? none : own->second))
            ++row.onTime;
        else
            row.lateOrders.push_back(po.number);
    }
    std::vector<SupplierMonth> result;
    for (auto& [key, row] : rows)
        result.push_back(std::move(row));
    return result;
}

} // namespace pmc::core
