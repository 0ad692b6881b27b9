#pragma once

#include <string>

namespace pmc::core {

struct Supplier {
    std::string code;
    std::string name;
    std::string contact;
    std::string phone;

    bool operator==(const Supplier&) const = default;
};

/// Stock of an item: good stock, stock waiting for incoming inspection (IQC) and stock
/// already allocated to issued work orders.
struct InventoryRecord {
    std::string item;
    double onHand = 0;
    double onInspection = 0;
    double allocated = 0;
    /// Warehouse location (库位) the kitting list prints; "" when not kept.
    std::string location;

    /// What planning may use today: inspected lots are expected to pass, allocated stock is
    /// spoken for. Negative when more is allocated than exists, which MRP must then cover.
    double plannable() const { return onHand + onInspection - allocated; }

    bool operator==(const InventoryRecord&) const = default;
};

} // namespace pmc::core
