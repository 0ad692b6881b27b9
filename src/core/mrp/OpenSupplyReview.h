#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpEvents.h"
#include "core/mrp/MrpResult.h"

#include <span>
#include <string>
#include <vector>

namespace pmc::core {

/// Compares the open purchase and work orders of one item with its gross requirements and
/// reports those due after they are first needed (expedite) or not needed within the horizon
/// (excess). Planned orders are left out on purpose: the question is whether the open supply
/// itself is well timed. Holds a reference to the model, which must outlive it; stateless
/// otherwise, so one instance can review items from one thread at a time.
class OpenSupplyReview {
public:
    explicit OpenSupplyReview(const FactoryModel& model);

    /// Appends the item's expedite and excess exceptions to `out`. `supplies` must be sorted
    /// by (day, order number) and `demands` by day; both cover the item's whole horizon.
    void review(const Item& item, double onHand, std::span<const OpenSupply> supplies,
                std::span<const ItemDemand> demands, std::vector<MrpException>& out) const;
    /// The number of the purchase or work order behind `supply`.
    const std::string& number(const OpenSupply& supply) const;

private:
    Date originalDue(const OpenSupply& supply) const;

    const FactoryModel& m_model;
};

} // namespace pmc::core
