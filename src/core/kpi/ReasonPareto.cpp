#include "core/kpi/ReasonPareto.h"

#include <algorithm>
#include <map>

namespace pmc::core {

namespace {

std::vector<ParetoBar> pareto(const std::map<std::string, double>& amounts)
{
    std::vector<ParetoBar> bars;
    double total = 0;
    for (const auto& [reason, amount] : amounts) {
        if (amount > 0) {
            bars.push_back({reason, amount, 0});
            total += amount;
        }
    }
    // Ties keep the reasons' alphabetical order, so the chart does not shuffle between runs.
    std::stable_sort(bars.begin(), bars.end(), [](const ParetoBar& a, const ParetoBar& b) { return a.amount > b.amount; });
    double running = 0;
    for (ParetoBar& bar : bars) {
        running += bar.amount;
        bar.cumulativeShare = running / total;
    }
    return bars;
}

} // namespace

std::vector<ParetoBar> scrapPareto(const std::vector<CompletionReport>& reports, const DateRange& period)
{
    std::map<std::string, double> amounts;
    for (const CompletionReport& r : reports)
        if (period.contains(r.date))
            amounts[r.scrapReason] += r.scrapQty;
    return pareto(amounts);
}

std::vector<ParetoBar> abnormalHoursPareto(const std::vector<AbnormalHours>& records, const DateRange& period)
{
    std::map<std::string, double> amounts;
    for (const AbnormalHours& a : records)
        if (period.contains(a.date))
            amounts[toString(a.cause)] += a.hours;
    return pareto(amounts);
}

} // namespace pmc::core
