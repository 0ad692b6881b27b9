#include "app/kpi/KpiDashboard.h"

#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/KpiHistoryQuery.h"

#include <algorithm>

namespace pmc::app {

KpiDashboard KpiDashboard::build(const std::string& databasePath, std::optional<core::Date> from,
                                 std::optional<core::Date> to)
{
    store::FactoryDatabase database(databasePath);
    const core::FactoryModel model = database.load();
    const core::KpiHistory history = store::readKpiHistory(database.database());
    return compute(model, history, core::defaultKpiPeriod(model, history.reports, from, to));
}

KpiDashboard KpiDashboard::compute(const core::FactoryModel& model, const core::KpiHistory& history,
                                   const core::DateRange& period)
{
    KpiDashboard d;
    d.period = period;
    d.targets = model.settings.kpiTargets;
    d.total = core::computeKpis(model, history, period);
    for (const core::DateRange& month : core::monthsOf(period))
        d.months.push_back(core::computeKpis(model, history, month));
    d.suppliers = core::supplierPerformance(model, history.receipts, period);
    d.daily = core::dailyAchievement(history, period);
    for (const core::DailyAchievement& day : d.daily) {
        auto row = std::find_if(d.workCenters.begin(), d.workCenters.end(),
                                [&](const WorkCenterAchievement& w) { return w.workCenter == day.workCenter; });
        if (row == d.workCenters.end()) {
            d.workCenters.push_back({day.workCenter, day.workCenterName});
            row = std::prev(d.workCenters.end());
        }
        row->planned += day.planned;
        row->actual += day.actual;
        row->abnormalHours += day.abnormalHours;
        row->daysNotReported += day.notReported() ? 1 : 0;
    }
    d.scrapReasons = core::scrapPareto(history.reports, period);
    d.abnormalCauses = core::abnormalHoursPareto(history.abnormalHours, period);
    d.workers = core::workerOutput(model, history.reports, period);
    return d;
}

} // namespace pmc::app
