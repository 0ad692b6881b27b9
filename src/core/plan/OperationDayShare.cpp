#include "core/plan/OperationDayShare.h"

#include <algorithm>
#include <cmath>

namespace pmc::core {

namespace {

/// The part of [from, to) covered by working intervals: its first and last working minute.
MinuteSpan workingExtent(WorkingTime& time, int from, int to)
{
    const std::vector<MinuteSpan>& intervals = time.intervals(to);
    auto it = std::upper_bound(
        intervals.begin(), intervals.end(), from, [](int minute, const MinuteSpan& span) { return minute < span.end; });
    MinuteSpan extent { to, from };
    for (; it != intervals.end() && it->start < to; ++it) {
        extent.start = std::min(extent.start, std::max(it->start, from));
        extent.end = std::max(extent.end, std::min(it->end, to));
    }
    return extent;
}

} // namespace

double roundPlanQuantity(double value, bool pieces)
{
    const double scale = pieces ? 1.0 : 1000.0;
    return std::round(value * scale) / scale;
}

std::optional<OperationDayShare> operationDayShare(
    WorkingTime& time, const ScheduledOperation& op, int dayStart, bool pieces)
{
    const int dayEnd = dayStart + kPlanMinutesPerDay;
    if (op.startMinute >= dayEnd || op.endMinute < dayStart)
        return std::nullopt;
    OperationDayShare share;
    const int from = std::max(op.startMinute, dayStart);
    const int to = std::min(op.endMinute, dayEnd);
    const int total = time.workingMinutesBetween(op.startMinute, op.endMinute);
    if (total == 0) {
        // An operation without duration is done where it starts.
        if (op.startMinute < dayStart)
            return std::nullopt;
        share.qty = op.qty;
        share.startMinute = share.endMinute = op.startMinute;
        return share;
    }
    share.workingMinutes = from < to ? time.workingMinutesBetween(from, to) : 0;
    if (share.workingMinutes == 0)
        return std::nullopt;
    // Cumulative rounding: the day shares of an operation always add up to its quantity.
    const int before = time.workingMinutesBetween(op.startMinute, std::max(op.startMinute, dayStart));
    const double upToDay = roundPlanQuantity(op.qty * (before + share.workingMinutes) / total, pieces);
    const double beforeDay = roundPlanQuantity(op.qty * before / total, pieces);
    share.qty = roundPlanQuantity(upToDay - beforeDay, pieces);
    const MinuteSpan extent = workingExtent(time, from, to);
    share.startMinute = extent.start;
    share.endMinute = extent.end;
    return share;
}

} // namespace pmc::core
