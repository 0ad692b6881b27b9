#pragma once

#include "core/Date.h"

#include <cstdint>

namespace pmc::core {

/// One gross requirement of an item, already bucketed into the horizon. Kept at 16 bytes:
/// a large run holds tens of millions of them.
struct ItemDemand {
    int day = 0;    ///< days after today, 0 … horizon − 1
    int origin = 0; ///< what it comes from (a sales line, work order or planned order), for pegging
    double qty = 0;
};

/// What kind of order an open supply is.
enum class SupplyKind : std::uint8_t { PurchaseOrder, WorkOrder, Requisition, FirmPlannedOrder };

/// One open purchase or work order, requisition or firm planned order of an item, already
/// bucketed into the horizon.
struct OpenSupply {
    int day = 0;    ///< days after today of its due, 0 … horizon − 1
    int number = 0; ///< its number's slot in the run's id table
    Date due;       ///< as the order states it, before a past due is moved to today
    SupplyKind kind = SupplyKind::PurchaseOrder;
    double qty = 0; ///< still to come
};

} // namespace pmc::core
