#pragma once

#include "core/scheduling/JobShopInstance.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace pmc::core::scheduling {

struct JobShopOptions {
    // Wall-clock budget. 0 returns the best priority-rule construction at once.
    double seconds = 1.0;
    std::uint64_t seed = 1;
    // Polled during the search; returning true stops it with the best schedule so far.
    std::function<bool()> cancelled;
    // Called (from the solving thread) whenever a better makespan is found.
    std::function<void(long makespan)> improved;
};

struct ScheduledJobOperation {
    int job;
    int op;      // index within the job
    int machine; // 0-based, the chosen alternative for flexible instances
    long start;
    long end;
};

struct JobShopSolution {
    long makespan = 0;
    // One entry per operation, ordered by job then operation index.
    std::vector<ScheduledJobOperation> operations;
};

// Minimises the makespan. Throws std::invalid_argument when the instance is
// inconsistent (machine out of range, negative duration, operation without
// alternatives). Deterministic for a given seed unless the time budget or the
// cancellation callback cuts the search short.
JobShopSolution solveJobShop(const JobShopInstance& instance, const JobShopOptions& options);

} // namespace pmc::core::scheduling
