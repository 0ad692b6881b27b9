#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pmc::core {

/// The sales order lines and due a make order serves, found by walking its pegging upwards.
struct ServedDemand {
    std::vector<std::string> lines; ///< `SO-NUMBER/LINE`, distinct, in pegging order
    std::vector<std::string> customers; ///< distinct customer names of those lines
    std::optional<Date> due; ///< earliest due of those lines
};

/// Follows MRP pegging from a planned order up to the sales order lines it serves (through
/// parent planned orders; a chain reaching a work order or safety stock ends there). Work
/// orders are not pegged by MRP, so they reach none. Used by the plans (docs/plans.md).
class PeggingTracer
{
public:
    PeggingTracer(const FactoryModel& model, const MrpResult& mrp);

    /// The sales lines reached from `order`, memoised since a big run shares long chains.
    const std::vector<std::string>& salesLinesOf(const std::string& order);
    ServedDemand served(const std::string& order);

private:
    std::unordered_map<std::string, std::pair<const SalesOrder*, std::size_t>> m_salesLines;
    std::unordered_map<std::string, const PlannedOrder*> m_planned;
    std::unordered_map<std::string, std::vector<std::string>> m_memo;
};

} // namespace pmc::core
