#pragma once

namespace pmc::core {

/// One gross requirement of an item, already bucketed into the horizon. Kept at 16 bytes:
/// a large run holds tens of millions of them.
struct ItemDemand {
    int day = 0;    ///< days after today, 0 … horizon − 1
    int origin = 0; ///< what it comes from (a sales line, work order or planned order), for pegging
    double qty = 0;
};

/// One open purchase or work order of an item, already bucketed into the horizon.
struct OpenSupply {
    int day = 0; ///< days after today of its due, 0 … horizon − 1
    bool isWorkOrder = false;
    int ref = 0; ///< index into FactoryModel::purchaseOrders or ::workOrders
    double qty = 0; ///< still to come
};

} // namespace pmc::core
