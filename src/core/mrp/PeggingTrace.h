#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core {

/// One step of a pegging chain (需求追溯): a demand, and above it what that demand serves.
struct PeggingNode {
    enum class Kind {
        SalesLine,        ///< `SO-NUMBER/LINE`: the end of the chain, with its customer
        PlannedOrder,     ///< a parent's planned order, followed up through its own pegging
        WorkOrder,        ///< an open work order of a parent (supply the planner already made)
        FirmPlannedOrder, ///< a parent's firm planned order
        SafetyStock,      ///< `safety_stock`: restoring the item's own safety stock
        Unknown,          ///< an id the run or the model no longer knows
    };

    Kind kind = Kind::Unknown;
    std::string id;   ///< the demand id as pegged
    double qty = 0;   ///< how much of this demand the step below covers
    std::string item; ///< the sales line's item, or the parent order's item
    Date date;        ///< a sales line's or work order's due; a planned order's release
    std::string customer; ///< sales lines only
    int priority = 0;     ///< sales lines only (1 = most urgent)
    /// A planned order: the demands it covers, as traced further up. Empty elsewhere.
    std::vector<PeggingNode> pegs;
    /// True when the trace stopped here for its size limit although pegs remain.
    bool cut = false;
};

/// Traces gross requirements and planned orders up their pegging (interchange.md §2) to the
/// sales lines and customers they finally serve: a component's demand `PLN-00007` is the
/// parent's planned order PLN-00007, whose pegging names `SO-1/1` (customer, due, priority),
/// a further parent order, or safety stock. Indexes the run once; holds references to the
/// model and the result, which must outlive it and stay unchanged. Not thread-safe.
class PeggingTrace {
public:
    PeggingTrace(const FactoryModel& model, const MrpResult& result);

    /// The chain above `qty` of the demand `demand` (a GrossRequirement's or Pegging's id).
    /// Expansion stops after `maxNodes` nodes (the rest is marked `cut`).
    PeggingNode trace(const std::string& demand, double qty, std::size_t maxNodes = 500) const;
    /// The chain above a planned order of the run: a PlannedOrder node for the order itself.
    PeggingNode traceOrder(const std::string& plannedOrderId, std::size_t maxNodes = 500) const;
    /// The planned order with this id, or nullptr.
    const PlannedOrder* plannedOrder(const std::string& id) const;

private:
    struct SalesLineRef {
        std::size_t order = 0;
        std::size_t line = 0;
    };

    PeggingNode node(const std::string& demand, double qty, std::size_t& budget) const;

    const FactoryModel& m_model;
    const MrpResult& m_result;
    std::unordered_map<std::string, std::size_t> m_plannedOrders;
    std::unordered_map<std::string, SalesLineRef> m_salesLines;
    std::unordered_map<std::string, std::size_t> m_workOrders;
    std::unordered_map<std::string, std::size_t> m_firmOrders;
};

/// The sales lines at the ends of a chain, depth first (a line reached twice is listed twice).
std::vector<const PeggingNode*> salesLinesOf(const PeggingNode& chain);

} // namespace pmc::core
