#pragma once

#include "core/Date.h"
#include "core/execution/AbnormalCause.h"
#include "core/kpi/KpiHistory.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Plan against actual for one work center (line, team) on one day (日计划达成, pmc-workflow.md
/// §3.9): the quantities of the day's released plan and the good the shop floor reported on those
/// plan lines that day, with the hours lost and why.
struct DailyAchievement {
    Date date;
    std::string workshop;
    std::string workCenter;
    std::string workCenterName;
    double planned = 0;
    double actual = 0; ///< good reported on the plan's lines that day, each capped at its plan
    int planLines = 0;
    int reportedLines = 0; ///< plan lines with at least one report that day
    double abnormalHours = 0;
    std::vector<AbnormalCause> causes; ///< causes of those hours, largest first

    std::optional<double> rate() const { return planned > 0 ? std::optional<double>(actual / planned) : std::nullopt; }
    /// No plan line of the work center got a report that day (未回报).
    bool notReported() const { return reportedLines == 0; }
};

/// The lines of the plan in force on `date`: its latest release for all workshops, with a later
/// release of one workshop replacing that workshop's lines. Empty when nothing was released.
std::vector<DailyPlanLine> planLinesInForce(const std::vector<PlanRelease>& releases, Date date);

/// One row per (day, work center) that has released work-order lines in `period`, by date and then in the
/// plan's order. A day's plan is its latest release for all workshops, with a later release of
/// one workshop replacing that workshop's lines.
std::vector<DailyAchievement> dailyAchievement(const KpiHistory& history, const DateRange& period);

} // namespace pmc::core
