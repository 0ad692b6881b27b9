#include "core/kpi/DailyAchievement.h"

#include <algorithm>
#include <map>
#include <utility>

namespace pmc::core {

std::vector<DailyPlanLine> planLinesInForce(const std::vector<PlanRelease>& releases, Date date)
{
    std::map<std::string, const PlanRelease*> latest; // workshop ("" = all) → latest release
    for (const PlanRelease& r : releases) {
        if (r.date != date)
            continue;
        const PlanRelease*& slot = latest[r.workshop];
        if (!slot || slot->releasedAt < r.releasedAt)
            slot = &r;
    }
    std::vector<DailyPlanLine> lines;
    const auto all = latest.find("");
    if (all != latest.end())
        lines = all->second->plan.lines;
    for (const auto& [workshop, release] : latest) {
        if (workshop.empty() || (all != latest.end() && release->releasedAt < all->second->releasedAt))
            continue;
        std::erase_if(lines, [&](const DailyPlanLine& l) { return l.workshop == workshop; });
        lines.insert(lines.end(), release->plan.lines.begin(), release->plan.lines.end());
    }
    return lines;
}

std::vector<DailyAchievement> dailyAchievement(const KpiHistory& history, const DateRange& period)
{
    std::vector<DailyAchievement> rows;
    for (Date date = period.from; date <= period.to; ++date) {
        const std::vector<DailyPlanLine> lines = planLinesInForce(history.releases, date);
        if (lines.empty())
            continue;
        const std::size_t first = rows.size();
        const auto rowOf = [&](const std::string& workCenter) -> DailyAchievement* {
            for (std::size_t k = first; k < rows.size(); ++k)
                if (rows[k].workCenter == workCenter)
                    return &rows[k];
            return nullptr;
        };
        for (const DailyPlanLine& line : lines) {
            // A planned order's line cannot be reported on: it becomes a work order first.
            if (!line.isWorkOrder)
                continue;
            DailyAchievement* row = rowOf(line.workCenter);
            if (!row) {
                rows.push_back({.date = date, .workshop = line.workshop, .workCenter = line.workCenter,
                                .workCenterName = line.workCenterName});
                row = &rows.back();
            }
            double good = 0;
            bool reported = false;
            for (const CompletionReport& r : history.reports) {
                if (r.date == date && r.workOrder == line.order && r.seq == line.seq) {
                    good += r.goodQty;
                    reported = true;
                }
            }
            row->planned += line.qty;
            row->actual += std::min(good, line.qty);
            ++row->planLines;
            row->reportedLines += reported ? 1 : 0;
        }
        for (std::size_t k = first; k < rows.size(); ++k) {
            std::map<AbnormalCause, double> byCause;
            for (const AbnormalHours& a : history.abnormalHours)
                if (a.date == date && a.workCenter == rows[k].workCenter)
                    byCause[a.cause] += a.hours;
            std::vector<std::pair<AbnormalCause, double>> causes(byCause.begin(), byCause.end());
            std::stable_sort(causes.begin(), causes.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
            for (const auto& [cause, hours] : causes) {
                rows[k].abnormalHours += hours;
                rows[k].causes.push_back(cause);
            }
        }
    }
    return rows;
}

} // namespace pmc::core
