#pragma once

#include "core/Date.h"
#include "core/plan/DailyPlan.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// One released version of the daily plan (下达的日生产计划) for a date and workshop, as the
/// planner handed it to the shop floor (docs/plans.md "Release").
struct PlanRelease {
    Date date;
    std::string workshop; ///< "" = all workshops
    int version = 0;      ///< 1, 2, … per date and workshop
    std::string releasedBy;
    std::string releasedAt; ///< local time `YYYY-MM-DDTHH:MM:SS`
    std::string note;
    int pinnedSteps = 0; ///< schedule steps the release froze (already pinned ones not counted)
    /// The plan as released; its lines' minutes count from `date` 00:00 (planOnItsDate).
    DailyPlan plan;

    bool operator==(const PlanRelease&) const = default;
};

/// `plan` with its lines' minutes counted from the plan's own date instead of the schedule's
/// `today`, so that plans built on different days compare.
DailyPlan planOnItsDate(DailyPlan plan, Date today);

/// What changed for one line (order, seq) between two versions of a daily plan.
enum class PlanChangeKind {
    Added,          ///< 新增: only in the newer plan
    Removed,        ///< 取消: only in the older plan
    Moved,          ///< 调整: another work center, unit, start or end
    QuantityChanged ///< 数量变更: another day's quantity
};

/// `added`, `removed`, `moved` or `qty`, as in `pmc-cli plan diff --json`.
const char* toString(PlanChangeKind kind);

/// The changes of one plan line; a line can be both moved and changed in quantity.
struct PlanLineChange {
    std::string order;
    int seq = 0;
    std::vector<PlanChangeKind> kinds; ///< Added, Removed, or Moved and/or QuantityChanged
    std::optional<DailyPlanLine> before; ///< the line in the older plan
    std::optional<DailyPlanLine> after;  ///< the line in the newer plan

    /// The line as it is now, else as it was (never both empty).
    const DailyPlanLine& line() const { return after ? *after : *before; }
    bool operator==(const PlanLineChange&) const = default;
};

/// The line changes from `older` to `newer`, keyed by (order, seq): first the lines of `newer`
/// that are new or changed, in its order, then the lines that left, in the order of `older`.
/// Both plans' minutes must count from the same day (planOnItsDate). Pure function.
std::vector<PlanLineChange> diffPlans(const DailyPlan& older, const DailyPlan& newer);

/// The latest release of `date` and `workshop` among `releases`, or null.
const PlanRelease* latestRelease(const std::vector<PlanRelease>& releases, Date date, const std::string& workshop);

} // namespace pmc::core
