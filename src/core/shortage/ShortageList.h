#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <string>
#include <vector>

namespace pmc::core {

/// An open purchase order of a short material that arrives after its quantity is needed.
struct LatePurchaseOrder {
    std::string number;
    double qty = 0;
    Date due;
    Date neededOn;
    int daysLate = 0; ///< due − the day this PO's quantity is first needed
};

/// One line of the 欠料表: a bought material that stock and open supply do not cover in time.
struct Shortage {
    std::string item;
    /// Demand in the horizon that stock and all open supply (whatever their dates) leave uncovered.
    double shortQty = 0;
    /// The first day on which the cumulative demand exceeds what has arrived by then.
    Date needDate;
    /// Sales order and work order numbers whose demand is not covered on its date, traced
    /// through planned orders up to the orders that started the chain; sorted.
    std::vector<std::string> orders;
    std::vector<LatePurchaseOrder> latePurchaseOrders;
};

/// Builds the shortage list of bought materials from an MRP run made with gross
/// requirements kept (MrpOptions::keepRequirements). Sorted by need date, then item.
std::vector<Shortage> listShortages(const FactoryModel& model, const MrpResult& mrp);

} // namespace pmc::core
