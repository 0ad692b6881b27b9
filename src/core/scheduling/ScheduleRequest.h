#pragma once

#include "core/Date.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace pmc::core {

/// Progress of the improvement phase, reported to ScheduleOptions::progress.
struct ScheduleProgress {
    long long iterations = 0;
    double elapsedSeconds = 0;
    long long bestWeightedTardiness = 0;
    int bestMakespan = 0;
};

/// How long and how the finite scheduler searches (docs/scheduling.md).
struct ScheduleOptions {
    /// Wall-clock budget of the improvement after construction; 0 = construction only.
    double seconds = 0;
    /// Seed of the improvement's random choices.
    std::uint64_t seed = 1;
    /// Stops the improvement after this many candidate schedules (0 = no limit). With a limit
    /// and enough seconds the result depends only on the seed, which makes runs reproducible
    /// independently of the machine's speed.
    long long maxIterations = 0;
    /// Asked between candidates; true stops the search and keeps the best schedule so far.
    std::function<bool()> cancelled;
    /// Called after construction, on each improvement and about every 1000 candidates.
    std::function<void(const ScheduleProgress&)> progress;
};

/// One operation of an order placed on one unit of its work center.
struct ScheduledOperation {
    std::string order; ///< work order number or planned order id
    std::string item;
    double qty = 0;
    int seq = 0;
    std::string workCenter;
    int unit = 0;        ///< 0 … parallel_units − 1
    int startMinute = 0; ///< minutes since today 00:00
    int endMinute = 0;

    bool operator==(const ScheduledOperation&) const = default;
};

/// When a scheduled work order or planned make order is finished.
struct OrderCompletion {
    std::string order;
    std::string item;
    bool isWorkOrder = false;
    Date due;
    /// End of its last operation; its earliest start when its item has no routing.
    int completionMinute = 0;
    int lateDays = 0; ///< max(0, completion date − due)

    bool operator==(const OrderCompletion&) const = default;
};

/// When a sales order line is covered: the latest completion of the make planned orders
/// pegged to it, or today 00:00 when stock or open supply covers it.
struct DemandCompletion {
    std::string demand; ///< `SO-NUMBER/LINE`
    Date due;
    int completionMinute = 0;
    int lateDays = 0;

    bool operator==(const DemandCompletion&) const = default;
};

/// A finite-capacity schedule. Times are minutes since `today` 00:00, in local factory time.
struct ScheduleResult {
    Date today;
    std::vector<ScheduledOperation> operations; ///< by order (as in `orders`), then seq
    std::vector<OrderCompletion> orders;        ///< open work orders, then planned make orders
    std::vector<DemandCompletion> demands;      ///< every sales order line, in model order
    long long weightedTardiness = 0;            ///< objective, see docs/scheduling.md
    int makespan = 0;                           ///< latest operation end (0 without operations)
    long long constructionWeightedTardiness = 0;
    int constructionMakespan = 0;
    long long iterations = 0; ///< candidate schedules the improvement decoded
    bool cancelled = false;   ///< the improvement was stopped by ScheduleOptions::cancelled

    bool operator==(const ScheduleResult&) const = default;
};

} // namespace pmc::core
