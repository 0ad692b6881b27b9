#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <functional>

namespace pmc::core {

/// Regenerative MRP in daily buckets over `today … today + horizon_days − 1`, exactly as
/// interchange.md §2 defines it: items in low-level-code order, sales lines and dependent
/// demand netted against on-hand, open purchase/work orders and safety stock, lot-sized
/// planned orders with lead-time offsets, pegging, and past_due/expedite/excess exceptions.
/// Holds a reference to the model, which must outlive the engine and not change during a
/// run; run() keeps no state between calls, so one engine may run on a worker thread while
/// the caller works on another snapshot.
class MrpEngine {
public:
    explicit MrpEngine(const FactoryModel& model);

    /// Plans the whole model. `cancelled`, when set, is asked before each item; when it
    /// answers true the run throws Cancelled and returns nothing. Expects a model that
    /// FactoryValidator accepts: rows naming unknown items are skipped, and a BOM cycle
    /// throws std::logic_error.
    MrpResult run(const std::function<bool()>& cancelled = {}, MrpOptions options = {}) const;

private:
    const FactoryModel& m_model;
};

} // namespace pmc::core
