#pragma once

#include "core/Date.h"
#include "core/execution/CompletionReport.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// The days a KPI report covers, both ends included.
struct KpiPeriod {
    Date from;
    Date to;

    bool operator==(const KpiPeriod&) const = default;
};

/// One KPI as a fraction with the counts behind it. `value` is nullopt, never 0, when the
/// denominator is 0 or the data it needs is not recorded; `note` then says which.
struct KpiRatio {
    std::optional<double> value;
    double numerator = 0;
    double denominator = 0;
    std::string note;
};

/// The PMC KPIs of pmc-workflow.md §4 that the stored data supports (interchange.md §3 `kpi`).
struct KpiReport {
    KpiPeriod period;
    /// 计划达成率: finished good quantity of the work orders due in the period ÷ their quantity.
    KpiRatio planAchievement;
    /// 交货达成率: delivered ÷ ordered for sales lines due in the period (needs shipments).
    KpiRatio deliveryAchievement;
    /// 出货及时率: sales lines delivered by their due ÷ lines due (needs shipments).
    KpiRatio onTimeDelivery;
    /// 供应商按时交付率: purchase orders received by their due ÷ those due (needs receipts).
    KpiRatio supplierOnTime;
    /// Scrap ÷ (good + scrap) over the completion reports dated in the period.
    KpiRatio scrapRate;
};

/// The period when the caller gives none or only one end: `to` defaults to today, `from` to the
/// earliest date with data (a work order, sales line or purchase order due, or a report) not
/// after `to`, so that a plain `kpi` covers everything up to today.
KpiPeriod defaultKpiPeriod(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                           std::optional<Date> from, std::optional<Date> to);

KpiReport computeKpis(const FactoryModel& model, const std::vector<CompletionReport>& reports, const KpiPeriod& period);

} // namespace pmc::core
