#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/mrp/TimePhasedRecord.h"

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace pmc::core {

class MrpRun;

/// The state of an MRP plan kept between runs, so that a change to a few items re-plans only
/// them and what depends on them (net change) and still gives exactly what a regenerative
/// run (interchange.md §2) gives. Planned orders stay compact records; result() builds the
/// PlannedOrder values, timePhased() and requirements() answer for one item.
/// Holds a reference to the model last planned, which must outlive the plan and not change
/// while it is used (replan() switches to the new one). Not thread-safe.
class MrpPlan {
public:
    /// Plans the whole model. `cancelled`, when set, is asked before each item; when it
    /// answers true this throws Cancelled. A BOM cycle throws std::logic_error.
    explicit MrpPlan(const FactoryModel& model, MrpOptions options = {}, const std::function<bool()>& cancelled = {});
    MrpPlan(MrpPlan&&) noexcept;
    MrpPlan& operator=(MrpPlan&&) noexcept;
    ~MrpPlan();

    /// True when `model` has the structure this plan was built on: the same items in the same
    /// order, BOM rows, calendar and settings; only then can replan() take it.
    bool canReplan(const FactoryModel& model) const;
    /// Net change onto `model` (canReplan must hold): `changedItems` names every item whose own
    /// fields, stock, sales lines, purchase or work orders, requisitions or firm planned orders
    /// differ from the model planned before. Re-plans those items, the components of their
    /// work and firm orders, and every item below whose dependent demand changes as a result.
    /// Returns how many items were re-planned.
    std::size_t replan(const FactoryModel& model, std::span<const std::string> changedItems);

    /// Planned orders and exceptions, ordered as MrpEngine::run returns them.
    MrpResult result() const;
    /// The item's time-phased record in buckets of `bucketDays` days from today (1 or 7).
    /// An unknown item gives an empty record.
    TimePhasedRecord timePhased(const std::string& item, int bucketDays = 1) const;
    /// Every gross requirement of the item in the horizon, by day, with the id of its demand.
    std::vector<GrossRequirement> requirements(const std::string& item) const;
    /// The item's open purchase and work orders, requisitions and firm planned orders that MRP
    /// counted, by day.
    std::vector<ScheduledReceipt> scheduledReceipts(const std::string& item) const;

private:
    std::unique_ptr<MrpRun> m_run;
};

/// The items whose MRP inputs differ between two models of the same structure (see
/// MrpPlan::replan): own fields, stock, sales lines, purchase and work orders, requisitions,
/// firm planned orders. Empty when nothing that MRP reads changed.
std::vector<std::string> itemsWithChangedPlanningInputs(const FactoryModel& before, const FactoryModel& after);

} // namespace pmc::core
