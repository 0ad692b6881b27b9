#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpEvents.h"
#include "core/mrp/MrpResult.h"

#include <span>
#include <string>
#include <vector>

namespace pmc::core {

/// Compares the open supply of one item (purchase and work orders, requisitions, firm planned
/// orders) with its gross requirements and reports what is due after it is first needed
/// (expedite) or not needed within the horizon (excess). Planned orders are left out on
/// purpose: the question is whether the supply already decided on is well timed. Reads the
/// order numbers from the run's id table, which must outlive it.
class OpenSupplyReview {
public:
    OpenSupplyReview(Date today, const std::vector<std::string>& ids);

    /// Appends the item's expedite and excess exceptions to `out`. `supplies` must be sorted
    /// by (day, order number) and `demands` by day; both cover the item's whole horizon.
    void review(const Item& item, double onHand, std::span<const OpenSupply> supplies,
                std::span<const ItemDemand> demands, std::vector<MrpException>& out) const;

private:
    Date m_today;
    const std::vector<std::string>& m_ids;
};

} // namespace pmc::core
