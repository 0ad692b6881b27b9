#include "core/kpi/DailyAchievement.h"

#include <algorithm>
#include <map>
#include <tuple>
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
    // Good reported per (day, order, step) and abnormal hours per (day, work center), read once:
    // a plant's month holds tens of thousands of reports.
    std::map<std::tuple<int, std::string, int>, double> good;
    for (const CompletionReport& r : history.reports)
        if (period.contains(r.date))
            good[{r.date.days(), r.workOrder, r.seq}] += r.goodQty;
    std::map<std::pair<int, std::string>, std::map<AbnormalCause, double>> lost;
    for (const AbnormalHours& a : history.abnormalHours)
        if (period.contains(a.date))
            lost[{a.date.days(), a.workCenter}][a.cause] += a.hours;
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
            const auto reported = good.find({date.days(), line.order, line.seq});
            row->planned += line.qty;
            row->actual += reported == good.end() ? 0.0 : std::min(reported->second, line.qty);
            ++row->planLines;
            row->reportedLines += reported == good.end() ? 0 : 1;
        }
        for (std::size_t k = first; k < rows.size(); ++k) {
            const auto byCause = lost.find({date.days(), rows[k].workCenter});
            if (byCause == lost.end())
                continue;
            std::vector<std::pair<AbnormalCause, double>> causes(byCause->second.begin(), byCause->second.end());
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
