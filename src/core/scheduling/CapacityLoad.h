#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Which periods a capacity load analysis (产能负荷分析) covers: `buckets` consecutive periods
/// of `bucketDays` calendar days (1 = day, 7 = week) starting at `from` 00:00.
struct CapacityLoadRequest {
    Date from;
    int buckets = 28;
    int bucketDays = 1;
    /// Only this work center; empty = every work center, in model order.
    std::string workCenter;
};

/// Load against capacity of one work center in one period (docs/scheduling.md, "Capacity
/// load"). Hours are standard hours: working time × efficiency.
struct CapacityLoadBucket {
    std::string workCenter;
    Date start;
    int days = 1;
    double loadHours = 0;
    /// Working time of the period (shifts on working days plus the work center's overtime)
    /// × parallel_units × efficiency.
    double availableHours = 0;
    /// load ÷ available; nullopt when nothing is available.
    std::optional<double> utilisation;
    /// load > available (beyond 1e-9 hours).
    bool overloaded = false;

    bool operator==(const CapacityLoadBucket&) const = default;
};

/// Every bucket of every requested work center, by work center (model order), then by start.
struct CapacityLoad {
    std::vector<CapacityLoadBucket> buckets;

    bool operator==(const CapacityLoad&) const = default;
};

/// The load of a finite schedule: each operation counts the working minutes of its work
/// center that fall inside the period (a night, weekend or break it spans counts nothing),
/// × efficiency. Operations of work centers the model does not know are ignored. Throws
/// std::invalid_argument for buckets < 0 or bucketDays < 1.
CapacityLoad scheduledCapacityLoad(const FactoryModel& model, const ScheduleResult& schedule,
                                   const CapacityLoadRequest& request);

/// The infinite-capacity load (as MRP sees it, before scheduling) of the open work orders and
/// the make planned orders of `mrp`: each order's whole routing time (⌈setup + qty × run /
/// efficiency⌉ minutes per operation, × efficiency) on its start day — a planned order's
/// release date, a work order's due date minus its item's lead time in working days — but
/// never before the model's today (late work is still to be done). Throws as
/// buildScheduleProblem for unknown work centers or a pegging cycle.
CapacityLoad plannedCapacityLoad(const FactoryModel& model, const MrpResult& mrp, const CapacityLoadRequest& request);

} // namespace pmc::core
