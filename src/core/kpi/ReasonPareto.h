#pragma once

#include "core/Date.h"
#include "core/kpi/KpiHistory.h"

#include <string>
#include <vector>

namespace pmc::core {

/// One bar of a Pareto chart: a reason, its amount and the running share of the total up to and
/// including this bar (the line of the chart).
struct ParetoBar {
    std::string reason;
    double amount = 0;
    double cumulativeShare = 0;
};

/// Scrapped quantity by reason over the reports dated in `period`, largest first.
std::vector<ParetoBar> scrapPareto(const std::vector<CompletionReport>& reports, const DateRange& period);

/// Abnormal hours by cause (`material`, `equipment`, …) dated in `period`, largest first.
std::vector<ParetoBar> abnormalHoursPareto(const std::vector<AbnormalHours>& records, const DateRange& period);

} // namespace pmc::core
