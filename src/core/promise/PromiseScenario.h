#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pmc::core::promise {

/// A planned order MRP must release before today in a scenario but not in the baseline (or one
/// the promise relies on): the material cannot be there by lead time.
struct LateMaterial {
    std::string item;
    /// The order covers a parent's dependent demand, so the material buffer applies to it.
    bool dependent = false;
    /// Its pegging chain reaches the promise line; false when the promise took stock that
    /// existing orders now miss.
    bool servesPromise = false;

    bool operator==(const LateMaterial&) const = default;
};

/// One link of what holds back the promise line's completion in a scenario's schedule.
struct Bottleneck {
    enum class Kind {
        Capacity,   ///< an operation of `item` waited for a unit of `code` until `minute`, ran until `endMinute`
        Material,   ///< bought item `code` is in house (incl. buffer) only at `minute`
        Production, ///< the promise's own order of item `code` completes at `minute`
    };
    Kind kind = Kind::Production;
    std::string code;
    int minute = 0;
    std::string item;
    int endMinute = 0;

    bool operator==(const Bottleneck&) const = default;
};

/// The outcome of planning the factory with the promise line due on one date.
struct ScenarioRun {
    Date due;
    /// Root orders of material that is late by lead time (their components, late only because
    /// they are, are left out), in MRP order.
    std::vector<LateMaterial> lateMaterial;
    /// Completion of the promise line in the schedule (minute since today 00:00); 0 when stock
    /// or open supply covers it.
    int completionMinute = 0;
    Date completionDate;
    /// Why the promise completes when it does: the binding capacity wait or material readiness
    /// along the critical path, then the promise's top order itself. Empty without a make order.
    std::vector<Bottleneck> criticalPath;
    /// Existing sales lines and work orders that end up later than in the baseline, as
    /// "SO-1/1 (3 days late instead of 0)".
    std::vector<std::string> delayedOrders;
    /// Part of the quantity covered by stock and open supply (not pegged to a planned order).
    double fromStock = 0;

    bool feasible() const { return lateMaterial.empty() && completionDate <= due && delayedOrders.empty(); }
};

/// Plans the factory with and without one hypothetical sales order line (item × qty, lowest
/// priority, a number no order uses) through the real MRP and the finite scheduler's
/// construction, and compares each scenario with the baseline. The promise chain — the orders
/// that serve only the new line — is dispatched after every other order, so it uses only the
/// capacity they leave over, and its purchases count as released today. Runs are memoised per
/// due date. Holds a reference to the model, which must outlive it and not change.
class PromiseScenarios {
public:
    PromiseScenarios(const FactoryModel& model, std::string item, double qty);

    /// The scenario with the promise line due on `due` (computed once).
    const ScenarioRun& at(Date due);
    /// Scenarios computed so far, the baseline not counted.
    std::size_t runCount() const { return m_runs.size(); }

private:
    /// What one plan yields; the baseline keeps it to compare scenarios with.
    struct Plan {
        ScenarioRun run;
        std::map<std::pair<std::string, Date>, double> pastDueQty; ///< by item and due
        /// Late days of the existing sales lines (model order), then open work orders.
        std::vector<std::pair<std::string, int>> lateDays;
    };
    /// Plans `model`; compared with `baseline` unless that is null (planning the baseline).
    Plan plan(const FactoryModel& model, const Plan* baseline) const;

    const FactoryModel& m_model;
    std::string m_item;
    double m_qty = 0;
    std::string m_number;   ///< sales order number of the promise line
    std::string m_demandId; ///< its pegging id, `NUMBER/1`
    int m_priority = 0;
    Plan m_baseline;
    std::map<Date, ScenarioRun> m_runs;
};

} // namespace pmc::core::promise
