#include "app/purchasing/MaterialFollowUp.h"

#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/KpiHistoryQuery.h"
#include "store/PurchasingRepository.h"

namespace pmc::app {

MaterialFollowUp MaterialFollowUp::build(const std::string& databasePath, int reminderDays, int idleDays)
{
    store::FactoryDatabase database(databasePath);
    const core::FactoryModel model = database.load();
    const core::KpiHistory history = store::readKpiHistory(database.database());
    store::PurchasingRepository purchasing(database.database());
    MaterialFollowUp result;
    result.receipts = history.receipts;
    result.promises = purchasing.promises();
    result.purchaseOrders = core::purchaseFollowUp(model, result.receipts, result.promises, reminderDays);
    result.slowMoving = core::reviewSlowMovingStock(model, history, idleDays);
    for (const core::Item& item : model.items)
        result.itemNames.emplace(item.code, item.name);
    for (const core::Supplier& supplier : model.suppliers)
        result.supplierNames.emplace(supplier.code, supplier.name);
    for (const core::PurchaseOrder& order : model.purchaseOrders)
        result.orderItems.emplace(order.number, order.item);
    return result;
}

} // namespace pmc::app
