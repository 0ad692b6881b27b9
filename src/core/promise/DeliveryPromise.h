#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"

#include <functional>
#include <string>
#include <vector>

namespace pmc::core {

/// How a capable-to-promise search runs.
struct PromiseOptions {
    /// Asked before each candidate date; true stops the search with core::Cancelled (so the
    /// desktop app can run it on a worker thread and give up on it).
    std::function<bool()> cancelled;
};

/// The earliest delivery date of a quantity and what decides it (docs/scheduling.md,
/// "Capable-to-promise").
struct PromiseResult {
    Date date;
    /// Planner-readable reasons in English with codes and dates: the material, capacity or
    /// existing orders that make the day before impossible, and the stock used.
    std::vector<std::string> limitedBy;
    /// False when no day of the planning horizon works; `date` is then the promise's
    /// completion when due on the horizon's last day, at least that day.
    bool feasibleInHorizon = true;

    bool operator==(const PromiseResult&) const = default;
};

/// Capable-to-promise: the earliest day from today within the horizon on which `qty` of `item`
/// can be delivered as one more sales order line of lowest priority, such that MRP needs no
/// release before today that it did not need without it, the finite schedule (the new line's
/// orders dispatched after every existing order) completes it that day, and no existing sales
/// line or work order gets later. Days are tried in order, since MRP's netting and one order per
/// item and day make feasibility not monotone in the date. Throws std::invalid_argument for an
/// unknown item, a quantity that is not > 0 or an empty horizon.
PromiseResult promiseDelivery(const FactoryModel& model, const std::string& item, double qty,
                              const PromiseOptions& options = {});

} // namespace pmc::core
