#pragma once

#include "core/Date.h"

#include <string>
#include <vector>

namespace pmc::core {

/// An open purchase order: supply of a bought item arriving on `due`.
struct PurchaseOrder {
    std::string number;
    std::string item;
    double qty = 0;
    Date due;
    std::string supplier;

    bool operator==(const PurchaseOrder&) const = default;
};

/// An open production order; `qty - completedQty` is still to come.
struct WorkOrder {
    std::string number;
    std::string item;
    double qty = 0;
    Date due;
    double completedQty = 0;

    double openQty() const { return qty > completedQty ? qty - completedQty : 0.0; }
    bool operator==(const WorkOrder&) const = default;
};

struct SalesOrderLine {
    std::string item;
    double qty = 0;
    Date due;

    bool operator==(const SalesOrderLine&) const = default;
};

/// A customer order; priority 1 is the most urgent.
struct SalesOrder {
    std::string number;
    std::string customer;
    int priority = 3;
    std::vector<SalesOrderLine> lines;

    /// Pegging id of a line, numbered from 1 (interchange.md §2).
    std::string lineId(std::size_t index) const { return number + "/" + std::to_string(index + 1); }
    bool operator==(const SalesOrder&) const = default;
};

} // namespace pmc::core
