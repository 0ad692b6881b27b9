#pragma once

#include "core/masterdata/Item.h"

namespace pmc::core {

/// Turns a net requirement into a planned order quantity with an item's lot rule
/// (interchange.md §1 `lot`), then rounds `pcs` items up to whole units. A value type
/// without state beyond the item's policy; safe to use from any thread.
class LotSizer {
public:
    explicit LotSizer(const Item& item);

    /// Order quantity covering `need` (> 0); never below it except by float noise.
    double orderQty(double need) const;

private:
    LotPolicy m_policy;
    bool m_wholeUnits = false;
};

} // namespace pmc::core
