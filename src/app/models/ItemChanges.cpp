#include "app/models/ItemChanges.h"

namespace pmc::app {

void ItemChanges::applyTo(core::Item& item) const
{
    item.buyer = buyer.value_or(item.buyer);
    item.supplier = supplier.value_or(item.supplier);
    item.leadTimeDays = leadTimeDays.value_or(item.leadTimeDays);
    item.safetyStock = safetyStock.value_or(item.safetyStock);
    item.lot = lot.value_or(item.lot);
    item.minStock = minStock.value_or(item.minStock);
    item.maxStock = maxStock.value_or(item.maxStock);
    item.defectRate = defectRate.value_or(item.defectRate);
}

} // namespace pmc::app
