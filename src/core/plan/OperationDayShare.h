#pragma once

#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"

#include <optional>

namespace pmc::core {

/// Minutes in a calendar day (plans cut the schedule at local midnight).
constexpr int kPlanMinutesPerDay = 24 * 60;

/// Rounds to whole pieces for items counted in pieces, else to 0.001 (the precision the plan
/// documents print), so that the day shares of an operation add up to its quantity.
double roundPlanQuantity(double value, bool pieces);

/// The part of one scheduled operation that falls on one day (docs/plans.md, "qty").
struct OperationDayShare {
    double qty = 0; ///< the day's share of the operation's quantity
    int workingMinutes = 0; ///< working minutes of the operation on the day
    int startMinute = 0; ///< first working minute of the operation on the day (schedule minutes)
    int endMinute = 0; ///< end of its last working stretch on the day
};

/// The share of `op` on the day starting at schedule minute `dayStart`: its quantity spread
/// over its working minutes (`time` is its work center's), rounded cumulatively so that the
/// day shares of an operation always add up to its quantity. An operation without duration
/// has its whole quantity on the day it starts. nullopt when the operation does not work on
/// that day. The daily, weekly and monthly plans all use this one rule.
std::optional<OperationDayShare> operationDayShare(
    WorkingTime& time, const ScheduledOperation& op, int dayStart, bool pieces);

} // namespace pmc::core
