#pragma once

#include "core/Date.h"
#include "core/kpi/DailyAchievement.h"
#include "core/kpi/Kpi.h"
#include "core/kpi/ReasonPareto.h"
#include "core/kpi/SupplierPerformance.h"
#include "core/kpi/WorkerOutput.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::app {

/// Plan against actual of one work center summed over a period (the bars by line/team).
struct WorkCenterAchievement {
    std::string workCenter;
    std::string name;
    double planned = 0;
    double actual = 0;
    double abnormalHours = 0;
    int daysNotReported = 0;

    std::optional<double> rate() const { return planned > 0 ? std::optional<double>(actual / planned) : std::nullopt; }
};

/// Everything the Reports area shows for one period, computed from the database on a worker
/// (the same functions `pmc-cli kpi` and `pmc-cli pay` use).
struct KpiDashboard {
    core::DateRange period;
    core::KpiTargets targets;
    core::KpiReport total;
    std::vector<core::KpiReport> months; ///< one per calendar month of the period
    std::vector<core::SupplierMonth> suppliers;
    std::vector<core::DailyAchievement> daily;
    std::vector<WorkCenterAchievement> workCenters;
    std::vector<core::ParetoBar> scrapReasons;
    std::vector<core::ParetoBar> abnormalCauses;
    std::vector<core::WorkerOutput> workers;

    /// Opens `databasePath` and computes the dashboard of `from` … `to` (defaults as in
    /// core::defaultKpiPeriod). Throws std::exception with a readable message.
    static KpiDashboard build(const std::string& databasePath, std::optional<core::Date> from, std::optional<core::Date> to);
    /// Computes the dashboard from data already read.
    static KpiDashboard compute(const core::FactoryModel& model, const core::KpiHistory& history, const core::DateRange& period);
};

} // namespace pmc::app
