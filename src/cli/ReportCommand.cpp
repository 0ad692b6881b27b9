#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"

#include <cmath>
#include <ostream>

namespace pmc::cli {

namespace {

core::CompletionReport parseReport(const CommandLine& args, core::Date today)
{
    core::CompletionReport report;
    const std::optional<std::string> order = args.option("order");
    if (!order)
        throw UsageError("missing --order NUMBER");
    report.workOrder = *order;
    const std::optional<double> seq = args.number("seq");
    if (!seq)
        throw UsageError("missing --seq N");
    if (*seq != std::floor(*seq) || std::abs(*seq) > 1e9)
        throw UsageError("--seq: " + *args.option("seq") + " is not a whole number");
    report.seq = static_cast<int>(*seq);
    const std::optional<double> good = args.number("good");
    if (!good)
        throw UsageError("missing --good Q");
    report.goodQty = *good;
    report.scrapQty = args.number("scrap").value_or(0.0);
    report.scrapReason = args.option("reason").value_or("");
    report.date = today;
    if (const std::optional<std::string> text = args.option("date")) {
        const std::optional<core::Date> date = core::Date::parse(*text);
        if (!date)
            throw UsageError("--date: \"" + *text + "\" is not a date (YYYY-MM-DD)");
        report.date = *date;
    }
    return report;
}

} // namespace

int runReport(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"order", "seq", "good", "scrap", "reason", "date"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    store::FactoryDatabase& database = context.database();
    const core::CompletionReport report = parseReport(args, database.load().settings.today);

    store::ExecutionRepository execution(database.database());
    const core::WorkOrder order = execution.record(report);
    const core::FactoryModel model = database.load();
    const bool lastOperation = core::lastOperationSeq(model, order.item) == report.seq;
    const double operationOpen = core::openForOperation(model, order, execution.reports(), report.seq);

    if (args.flag("json")) {
        const nlohmann::ordered_json doc = {{"order", order.number},
                                            {"seq", report.seq},
                                            {"date", report.date.toString()},
                                            {"good", store::jsonQuantity(report.goodQty)},
                                            {"scrap", store::jsonQuantity(report.scrapQty)},
                                            {"reason", report.scrapReason},
                                            {"last_operation", lastOperation},
                                            {"operation_open", store::jsonQuantity(operationOpen)},
                                            {"completed_qty", store::jsonQuantity(order.completedQty)},
                                            {"open_qty", store::jsonQuantity(order.openQty())}};
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << "recorded " << order.number << " op " << report.seq << " on " << report.date.toString() << ": good "
        << report.goodQty;
    if (report.scrapQty > 0)
        out << ", scrap " << report.scrapQty << " (" << report.scrapReason << ")";
    out << "\nop " << report.seq << " can still report " << operationOpen << "\n"
        << order.number << ": " << order.completedQty << " of " << order.qty << " completed, open " << order.openQty()
        << (lastOperation ? "" : " (completion counts on the last operation)") << "\n";
    return 0;
}

} // namespace pmc::cli
