#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "core/kpi/Kpi.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <iomanip>
#include <ostream>
#include <sstream>

namespace pmc::cli {

namespace {

std::optional<core::Date> dateOption(const CommandLine& args, const std::string& name)
{
    const std::optional<std::string> text = args.option(name);
    if (!text)
        return std::nullopt;
    const std::optional<core::Date> date = core::Date::parse(*text);
    if (!date)
        throw UsageError("--" + name + ": \"" + *text + "\" is not a date (YYYY-MM-DD)");
    return date;
}

/// `{"value", <numerator>, <denominator>}` under the KPI's own count names, plus "note" when
/// there is no value.
nlohmann::ordered_json ratioJson(const core::KpiRatio& ratio, const char* numerator, const char* denominator)
{
    nlohmann::ordered_json doc;
    doc["value"] = ratio.value ? nlohmann::ordered_json(*ratio.value) : nlohmann::ordered_json(nullptr);
    doc[numerator] = store::jsonQuantity(ratio.numerator);
    doc[denominator] = store::jsonQuantity(ratio.denominator);
    if (!ratio.note.empty())
        doc["note"] = ratio.note;
    return doc;
}

void printRatio(std::ostream& out, const char* name, const core::KpiRatio& ratio)
{
    out << std::left << std::setw(22) << name << std::right;
    if (ratio.value) {
        // Formatted apart so that the fixed one-decimal percentage does not leak into the counts.
        std::ostringstream percent;
        percent << std::fixed << std::setprecision(1) << *ratio.value * 100;
        out << std::setw(6) << percent.str() << " %  (" << ratio.numerator << " / " << ratio.denominator << ")\n";
    } else {
        out << "     –    " << ratio.note << "\n";
    }
}

} // namespace

int runKpi(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"from", "to"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    const std::optional<core::Date> from = dateOption(args, "from");
    const std::optional<core::Date> to = dateOption(args, "to");
    if (from && to && *to < *from)
        throw UsageError("--to: " + to->toString() + " is before --from " + from->toString());

    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const std::vector<core::CompletionReport> reports = store::ExecutionRepository(database.database()).reports();
    const core::KpiPeriod period = core::defaultKpiPeriod(model, reports, from, to);
    if (period.to < period.from)
        throw UsageError("--from: " + period.from.toString() + " is after the period's end " + period.to.toString());
    const core::KpiReport kpi = core::computeKpis(model, reports, period);

    if (args.flag("json")) {
        const nlohmann::ordered_json doc = {
            {"from", period.from.toString()},
            {"to", period.to.toString()},
            {"plan_achievement", ratioJson(kpi.planAchievement, "actual", "planned")},
            {"delivery_achievement", ratioJson(kpi.deliveryAchievement, "delivered", "ordered")},
            {"on_time_delivery", ratioJson(kpi.onTimeDelivery, "on_time", "due")},
            {"supplier_on_time", ratioJson(kpi.supplierOnTime, "on_time", "due")},
            {"scrap_rate", ratioJson(kpi.scrapRate, "scrap", "reported")}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << "KPIs " << period.from.toString() << " … " << period.to.toString() << "\n";
    printRatio(out, "plan achievement", kpi.planAchievement);
    printRatio(out, "delivery achievement", kpi.deliveryAchievement);
    printRatio(out, "on-time delivery", kpi.onTimeDelivery);
    printRatio(out, "supplier on-time", kpi.supplierOnTime);
    printRatio(out, "scrap rate", kpi.scrapRate);
    return 0;
}

} // namespace pmc::cli
