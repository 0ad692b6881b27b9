#include "core/scheduling/CapacityLoad.h"

#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr double kOverloadToleranceHours = 1e-9;

void checkRequest(const CapacityLoadRequest& request)
{
    if (request.buckets < 0)
        throw std::invalid_argument("capacity load: the number of buckets must be >= 0");
    if (request.bucketDays < 1)
        throw std::invalid_argument("capacity load: a bucket must be at least one day");
}

std::vector<const WorkCenter*> requestedWorkCenters(const FactoryModel& model, const CapacityLoadRequest& request)
{
    std::vector<const WorkCenter*> result;
    for (const WorkCenter& wc : model.workCenters)
        if (request.workCenter.empty() || wc.code == request.workCenter)
            result.push_back(&wc);
    return result;
}

/// Empty buckets with their available hours, all work centers; `first[i]` is the index of the
/// first bucket of work center i. Working time counts from `base` (≤ request.from).
struct BucketGrid {
    std::vector<CapacityLoadBucket> buckets;
    std::unordered_map<std::string, std::size_t> first;
};

BucketGrid availableHours(const FactoryModel& model, const CapacityLoadRequest& request, Date base,
                          std::unordered_map<std::string, WorkingTime>& workingTimes)
{
    BucketGrid grid;
    for (const WorkCenter* wc : requestedWorkCenters(model, request)) {
        WorkingTime& time = workingTimes.try_emplace(wc->code, model.calendar, base, wc->code).first->second;
        grid.first[wc->code] = grid.buckets.size();
        for (int b = 0; b < request.buckets; ++b) {
            const int startDay = (request.from - base) + b * request.bucketDays;
            const int minutes = time.workingMinutesBetween(startDay * kMinutesPerDay,
                                                           (startDay + request.bucketDays) * kMinutesPerDay);
            CapacityLoadBucket bucket;
            bucket.workCenter = wc->code;
            bucket.start = request.from + b * request.bucketDays;
            bucket.days = request.bucketDays;
            bucket.availableHours = minutes / 60.0 * std::max(1, wc->parallelUnits) * wc->efficiency;
            grid.buckets.push_back(std::move(bucket));
        }
    }
    return grid;
}

void finish(std::vector<CapacityLoadBucket>& buckets)
{
    for (CapacityLoadBucket& bucket : buckets) {
        bucket.utilisation.reset();
        if (bucket.availableHours > 0)
            bucket.utilisation = bucket.loadHours / bucket.availableHours;
        bucket.overloaded = bucket.loadHours > bucket.availableHours + kOverloadToleranceHours;
    }
}

double efficiencyOf(const FactoryModel& model, const std::string& workCenter)
{
    for (const WorkCenter& wc : model.workCenters)
        if (wc.code == workCenter)
            return wc.efficiency;
    return 1.0;
}

} // namespace

CapacityLoad scheduledCapacityLoad(const FactoryModel& model, const ScheduleResult& schedule,
                                   const CapacityLoadRequest& request)
{
    checkRequest(request);
    // Working time is generated from the earlier of the two dates, so that both the buckets
    // and the schedule's minutes (since schedule.today 00:00) map onto it.
    const Date base = std::min(request.from, schedule.today);
    const int scheduleOffset = (schedule.today - base) * kMinutesPerDay;
    std::unordered_map<std::string, WorkingTime> workingTimes;
    BucketGrid grid = availableHours(model, request, base, workingTimes);
    const int rangeStart = (request.from - base) * kMinutesPerDay;
    const int bucketMinutes = request.bucketDays * kMinutesPerDay;
    const int rangeEnd = rangeStart + request.buckets * bucketMinutes;

    for (const ScheduledOperation& op : schedule.operations) {
        const auto first = grid.first.find(op.workCenter);
        if (first == grid.first.end())
            continue;
        WorkingTime& time = workingTimes.at(op.workCenter);
        const double efficiency = efficiencyOf(model, op.workCenter);
        const int start = std::max(op.startMinute + scheduleOffset, rangeStart);
        const int end = std::min(op.endMinute + scheduleOffset, rangeEnd);
        for (int b = (start - rangeStart) / bucketMinutes; start < end && b < request.buckets; ++b) {
            const int bucketStart = rangeStart + b * bucketMinutes;
            const int from = std::max(start, bucketStart);
            const int to = std::min(end, bucketStart + bucketMinutes);
            if (from >= to)
                break;
            grid.buckets[first->second + static_cast<std::size_t>(b)].loadHours +=
                time.workingMinutesBetween(from, to) / 60.0 * efficiency;
        }
    }
    finish(grid.buckets);
    return {std::move(grid.buckets)};
}

CapacityLoad plannedCapacityLoad(const FactoryModel& model, const MrpResult& mrp, const CapacityLoadRequest& request)
{
    checkRequest(request);
    const Date today = model.settings.today;
    const Date base = std::min(request.from, today);
    std::unordered_map<std::string, WorkingTime> workingTimes;
    BucketGrid grid = availableHours(model, request, base, workingTimes);

    std::unordered_map<std::string, Date> releaseOf;
    for (const PlannedOrder& po : mrp.plannedOrders)
        releaseOf.emplace(po.id, po.release);
    const ScheduleProblem problem = buildScheduleProblem(model, mrp);
    for (const ScheduleJob& job : problem.jobs) {
        Date start = job.due;
        if (job.isWorkOrder) {
            const Item* item = model.findItem(job.item);
            start = model.calendar.subtractWorkdays(job.due, item ? item->leadTimeDays : 0);
        } else if (const auto it = releaseOf.find(job.id); it != releaseOf.end()) {
            start = it->second;
        }
        start = std::max(start, today);
        const int b = start - request.from;
        if (b < 0 || b >= request.buckets * request.bucketDays)
            continue;
        for (const ScheduleJobOperation& op : job.operations) {
            const std::string& code = problem.workCenters[static_cast<std::size_t>(op.workCenter)];
            const auto first = grid.first.find(code);
            if (first == grid.first.end())
                continue;
            grid.buckets[first->second + static_cast<std::size_t>(b / request.bucketDays)].loadHours +=
                op.duration / 60.0 * efficiencyOf(model, code);
        }
    }
    finish(grid.buckets);
    return {std::move(grid.buckets)};
}

} // namespace pmc::core
