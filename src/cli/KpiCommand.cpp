#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/QuantityText.h"
#include "core/kpi/DailyAchievement.h"
#include "core/kpi/Kpi.h"
#include "core/kpi/ReasonPareto.h"
#include "core/kpi/SupplierPerformance.h"
#include "store/FactoryDatabase.h"
#include "store/KpiHistoryQuery.h"
#include "store/ScenarioJson.h"

#include <iomanip>
#include <ostream>
#include <sstream>

namespace pmc::cli {

namespace {

using nlohmann::ordered_json;

ordered_json optionalNumber(const std::optional<double>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

/// `{"value", <numerator>, <denominator>}` under the KPI's own count names, plus "target" when
/// the seeds set one and "note" when there is no value.
ordered_json ratioJson(const core::KpiRatio& ratio, const char* numerator, const char* denominator,
                       std::optional<double> target = std::nullopt)
{
    ordered_json doc;
    doc["value"] = optionalNumber(ratio.value);
    doc[numerator] = store::jsonQuantity(ratio.numerator);
    doc[denominator] = store::jsonQuantity(ratio.denominator);
    if (target)
        doc["target"] = *target;
    if (!ratio.note.empty())
        doc["note"] = ratio.note;
    return doc;
}

ordered_json paretoJson(const std::vector<core::ParetoBar>& bars, const char* amountName)
{
    ordered_json doc = ordered_json::array();
    for (const core::ParetoBar& bar : bars)
        doc.push_back({{"reason", bar.reason}, {amountName, store::jsonQuantity(bar.amount)},
                       {"cumulative_share", bar.cumulativeShare}});
    return doc;
}

ordered_json kpiJson(const core::KpiReport& kpi, const core::KpiTargets& targets)
{
    return {{"plan_achievement", ratioJson(kpi.planAchievement, "actual", "planned", targets.planAchievement)},
            {"delivery_achievement", ratioJson(kpi.deliveryAchievement, "delivered", "ordered", targets.deliveryAchievement)},
            {"on_time_delivery", ratioJson(kpi.onTimeDelivery, "on_time", "due")},
            {"supplier_on_time", ratioJson(kpi.supplierOnTime, "on_time", "due", targets.supplierOnTime)},
            {"scrap_rate", ratioJson(kpi.scrapRate, "scrap", "reported")},
            {"daily_plan_achievement", ratioJson(kpi.dailyPlanAchievement, "actual", "planned", targets.planAchievement)},
            {"work_order_close_rate", ratioJson(kpi.workOrderCloseRate, "closed", "due", targets.workOrderCloseRate)},
            {"material_idle_rate", ratioJson(kpi.materialIdleRate, "material_hours", "labour_hours", targets.materialIdleRate)},
            {"labour_efficiency", ratioJson(kpi.labourEfficiency, "standard_hours", "labour_hours", targets.labourEfficiency)},
            {"capacity_utilisation", ratioJson(kpi.capacityUtilisation, "standard_hours", "available_hours")},
            {"material_turnover", ratioJson(kpi.materialTurnover, "issued_value", "stock_value")},
            {"abnormal_hours", store::jsonQuantity(kpi.abnormalHours)}};
}

void printRatio(std::ostream& out, const char* name, const core::KpiRatio& ratio, bool percent = true)
{
    out << std::left << std::setw(24) << name << std::right;
    if (ratio.value) {
        // Formatted apart so that the fixed one-decimal figure does not leak into the counts.
        std::ostringstream figure;
        figure << std::fixed << std::setprecision(percent ? 1 : 2) << *ratio.value * (percent ? 100 : 1);
        out << std::setw(7) << figure.str() << (percent ? " %" : "  ") << "  (" << core::quantityText(ratio.numerator)
            << " / " << core::quantityText(ratio.denominator) << ")\n";
    } else {
        out << "      –    " << ratio.note << "\n";
    }
}

} // namespace

int runKpi(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"from", "to"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    const std::optional<core::Date> from = args.date("from");
    const std::optional<core::Date> to = args.date("to");
    if (from && to && *to < *from)
        throw UsageError("--to: " + to->toString() + " is before --from " + from->toString());

    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const core::KpiHistory history = store::readKpiHistory(database.database());
    const core::DateRange period = core::defaultKpiPeriod(model, history.reports, from, to);
    if (period.to < period.from)
        throw UsageError("--from: " + period.from.toString() + " is after the period's end " + period.to.toString());
    const core::KpiReport kpi = core::computeKpis(model, history, period);
    const core::KpiTargets& targets = model.settings.kpiTargets;

    if (args.flag("json")) {
        ordered_json doc = {{"from", period.from.toString()}, {"to", period.to.toString()}};
        doc.update(kpiJson(kpi, targets));
        ordered_json months = ordered_json::array();
        for (const core::DateRange& month : core::monthsOf(period)) {
            ordered_json m = {{"month", core::monthKey(month.from)}, {"from", month.from.toString()},
                              {"to", month.to.toString()}};
            m.update(kpiJson(core::computeKpis(model, history, month), targets));
            months.push_back(m);
        }
        doc["months"] = months;
        ordered_json suppliers = ordered_json::array();
        for (const core::SupplierMonth& s : core::supplierPerformance(model, history.receipts, period))
            suppliers.push_back({{"supplier", s.supplier}, {"month", s.month}, {"on_time", s.onTime}, {"due", s.due},
                                 {"value", s.rate()}, {"target", targets.supplierOnTime},
                                 {"meets_target", s.rate() >= targets.supplierOnTime}, {"late", s.lateOrders}});
        doc["suppliers"] = suppliers;
        ordered_json daily = ordered_json::array();
        for (const core::DailyAchievement& d : core::dailyAchievement(history, period)) {
            ordered_json causes = ordered_json::array();
            for (core::AbnormalCause c : d.causes)
                causes.push_back(core::toString(c));
            daily.push_back({{"date", d.date.toString()}, {"workshop", d.workshop}, {"workcenter", d.workCenter},
                             {"planned", store::jsonQuantity(d.planned)}, {"actual", store::jsonQuantity(d.actual)},
                             {"value", optionalNumber(d.rate())}, {"not_reported", d.notReported()},
                             {"abnormal_hours", store::jsonQuantity(d.abnormalHours)}, {"causes", causes}});
        }
        doc["daily"] = daily;
        doc["scrap_reasons"] = paretoJson(core::scrapPareto(history.reports, period), "scrap");
        doc["abnormal_causes"] = paretoJson(core::abnormalHoursPareto(history.abnormalHours, period), "hours");
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << "KPIs " << period.from.toString() << " … " << period.to.toString() << "\n";
    printRatio(out, "plan achievement", kpi.planAchievement);
    printRatio(out, "daily plan achievement", kpi.dailyPlanAchievement);
    printRatio(out, "delivery achievement", kpi.deliveryAchievement);
    printRatio(out, "on-time delivery", kpi.onTimeDelivery);
    printRatio(out, "supplier on-time", kpi.supplierOnTime);
    printRatio(out, "work order close rate", kpi.workOrderCloseRate);
    printRatio(out, "scrap rate", kpi.scrapRate);
    printRatio(out, "material idle rate", kpi.materialIdleRate);
    printRatio(out, "labour efficiency", kpi.labourEfficiency);
    printRatio(out, "capacity utilisation", kpi.capacityUtilisation);
    printRatio(out, "material turnover", kpi.materialTurnover, false);
    out << std::left << std::setw(24) << "abnormal hours" << std::right << std::setw(7)
        << core::quantityText(kpi.abnormalHours) << "\n";
    return 0;
}

} // namespace pmc::cli
