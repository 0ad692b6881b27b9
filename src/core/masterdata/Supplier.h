#pragma once

#include <string>

namespace pmc::core {

struct Supplier {
    std::string code;
    std::string name;

    bool operator==(const Supplier&) const = default;
};

/// Stock of an item on hand (good stock available to planning).
struct InventoryRecord {
    std::string item;
    double onHand = 0;

    bool operator==(const InventoryRecord&) const = default;
};

} // namespace pmc::core
