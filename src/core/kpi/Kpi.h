#pragma once

#include "core/Date.h"
#include "core/kpi/KpiHistory.h"
#include "core/kpi/KpiTargets.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// One KPI with the counts behind it: `value` = numerator ÷ denominator. `value` is nullopt, never
/// 0, when the denominator is 0 or the data it needs is not recorded; `note` then says which.
struct KpiRatio {
    std::optional<double> value;
    double numerator = 0;
    double denominator = 0;
    std::string note;
};

/// The PMC KPIs of pmc-workflow.md §4 over one period (docs/kpi.md has every formula).
struct KpiReport {
    DateRange period;
    /// 计划达成率: finished good quantity of the work orders due in the period ÷ their quantity.
    KpiRatio planAchievement;
    /// 日计划达成率: good reported on the released daily plans' lines of the period's days ÷ planned.
    KpiRatio dailyPlanAchievement;
    /// 交货达成率: shipped (by the period's end) ÷ ordered, sales lines committed in the period.
    KpiRatio deliveryAchievement;
    /// 出货及时率: sales lines shipped in full by their committed date ÷ lines committed in the period.
    KpiRatio onTimeDelivery;
    /// 供应商按时交付率: purchase orders delivered in full by their due ÷ those due in the period.
    KpiRatio supplierOnTime;
    /// 工单结案率: work orders due in the period finished by its end ÷ those due.
    KpiRatio workOrderCloseRate;
    /// Scrap ÷ (good + scrap) over the completion reports dated in the period.
    KpiRatio scrapRate;
    /// 缺料工时率: abnormal hours for material ÷ labour hours reported in the period.
    KpiRatio materialIdleRate;
    /// 作业效率: standard hours of the reported output ÷ labour hours reported (may exceed 1).
    KpiRatio labourEfficiency;
    /// 产能利用率: standard hours of the reported output ÷ the work centers' available hours.
    KpiRatio capacityUtilisation;
    /// 材料周转率 (times in the period): value of material issued ÷ value of stock now.
    KpiRatio materialTurnover;
    /// Abnormal hours recorded in the period, all causes.
    double abnormalHours = 0;
};

/// The period when the caller gives none or only one end: `to` defaults to today, `from` to the
/// earliest date with data (a work order, sales line or purchase order due, or a report) not
/// after `to`, so that a plain `kpi` covers everything up to today.
DateRange defaultKpiPeriod(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                           std::optional<Date> from, std::optional<Date> to);

KpiReport computeKpis(const FactoryModel& model, const KpiHistory& history, const DateRange& period);

/// The calendar months the period touches, each cut to the period (`2026-11-03 … 2026-11-30`,
/// `2026-12-01 … 2026-12-10`), for monthly trends.
std::vector<DateRange> monthsOf(const DateRange& period);

/// `YYYY-MM` of a date.
std::string monthKey(Date date);

} // namespace pmc::core
