#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/plan/PlanRelease.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Whether the next working day's plan has been released by the cut-off (下达截止时间,
/// PlanningSettings::planReleaseCutoffMinute; docs/plans.md "Release").
struct ReleaseReminder {
    Date planDate; ///< the first working day after the day of `now`
    /// The cut-off on the last working day before planDate: the day of `now` on a working day,
    /// the working day before the weekend or holiday otherwise.
    Date dueDate;
    int dueMinute = 0;
    /// Released for all workshops at once, or by every workshop of the factory on its own.
    bool released = false;
    /// Not released and `now` is at or after the cut-off.
    bool overdue = false;
    /// Named workshops without a release of planDate (empty once an all-workshop release exists).
    std::vector<std::string> unreleasedWorkshops;

    bool operator==(const ReleaseReminder&) const = default;
};

/// The reminder at `now` (`date` at minute `minute` of the day) given the `releases` made so
/// far (any dates). nullopt when the calendar has no working day in the year after `date`.
/// Pure function.
std::optional<ReleaseReminder> releaseReminder(const FactoryModel& model, const std::vector<PlanRelease>& releases,
                                               Date date, int minute);

} // namespace pmc::core
