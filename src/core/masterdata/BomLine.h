#pragma once

#include "core/Date.h"

#include <optional>
#include <string>

namespace pmc::core {

/// One parent → component row of a bill of materials.
struct BomLine {
    std::string parent;
    std::string component;
    double qtyPer = 1;
    double scrapRate = 0; ///< the seeds' standard defect rate: usage × (1 + scrapRate)
    std::optional<Date> validFrom; ///< inclusive, unbounded when empty
    std::optional<Date> validTo;   ///< exclusive, unbounded when empty

    bool isValidOn(Date date) const
    {
        return (!validFrom || *validFrom <= date) && (!validTo || date < *validTo);
    }
    /// Gross component quantity per unit of parent, scrap included.
    double grossPerParent() const { return qtyPer * (1.0 + scrapRate); }
    bool operator==(const BomLine&) const = default;
};

} // namespace pmc::core
