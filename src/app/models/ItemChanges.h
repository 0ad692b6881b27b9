#pragma once

#include "core/masterdata/Item.h"

#include <optional>
#include <string>

namespace pmc::app {

/// The fields a planner sets on several items at once (multi-edit); a field left empty keeps
/// each item's own value. The lot policy is set as a whole, since its sizes belong to its rule.
struct ItemChanges {
    std::optional<std::string> buyer;
    std::optional<std::string> supplier;
    std::optional<int> leadTimeDays;
    std::optional<double> safetyStock;
    std::optional<core::LotPolicy> lot;
    std::optional<double> minStock;
    std::optional<double> maxStock;
    std::optional<double> defectRate; ///< a fraction, as in core::Item

    void applyTo(core::Item& item) const;
};

} // namespace pmc::app
