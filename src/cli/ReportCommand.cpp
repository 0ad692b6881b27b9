#include "cli/Commands.h"

#include "core/FactoryModel.h"
#include "store/CompletionSheet.h"
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
    report.worker = args.option("worker").value_or("");
    report.labourHours = args.number("hours").value_or(0.0);
    report.date = args.date("date").value_or(today);
    return report;
}

/// `report import FILE [--allow-repeat]`: a team's sheet, all rows or none; a row equal to a stored
/// report is refused unless allowed, so a sheet imported twice is not booked twice.
int runReportImport(CommandContext& context, const CommandLine& args)
{
    const std::string file = args.positional(1, "FILE (.xlsx or .csv)");
    store::FactoryDatabase& database = context.database();
    std::vector<std::string> rows;
    const std::vector<core::CompletionReport> reports
        = store::readCompletionSheet(file, database.load().settings.today, &rows);
    store::ExecutionRepository(database.database())
        .recordAll(reports, rows,
                   args.flag("allow-repeat") ? store::ExecutionRepository::Repeats::Allowed
                                             : store::ExecutionRepository::Repeats::Refused);
    double good = 0;
    double scrap = 0;
    for (const core::CompletionReport& r : reports) {
        good += r.goodQty;
        scrap += r.scrapQty;
    }
    if (args.flag("json")) {
        context.out() << nlohmann::ordered_json{{"recorded", reports.size()},
                                                {"good", store::jsonQuantity(good)},
                                                {"scrap", store::jsonQuantity(scrap)}}
                             .dump(2)
                      << "\n";
        return 0;
    }
    context.out() << "recorded " << reports.size() << " report(s) from " << file << ": good " << good << ", scrap "
                  << scrap << "\n";
    return 0;
}

/// `report template --out FILE [--lang zh|en]`: the sheet team leaders fill in.
int runReportTemplate(CommandContext& context, const CommandLine& args)
{
    const std::optional<std::string> out = args.option("out");
    if (!out)
        throw UsageError("missing --out FILE.xlsx|FILE.csv");
    const std::string lang = args.option("lang").value_or("zh");
    if (lang != "zh" && lang != "en")
        throw UsageError("--lang: must be zh or en, not \"" + lang + "\"");
    const store::Sheet sheet = store::completionSheetTemplate(lang == "zh");
    if (out->ends_with(".csv"))
        store::writeCsv(*out, sheet);
    else
        store::writeXlsx(*out, {{sheet}});
    context.out() << "wrote " << *out << "\n";
    return 0;
}

int runSingleReport(CommandContext& context, const CommandLine& args)
{
    store::FactoryDatabase& database = context.database();
    const core::CompletionReport report = parseReport(args, database.load().settings.today);

    store::ExecutionRepository execution(database.database());
    const core::WorkOrder order = execution.record(report);
    const core::FactoryModel model = database.load();
    const bool lastOperation = core::lastOperationSeq(model, order.item) == report.seq;
    const double operationOpen = core::openForOperation(model, order, execution.reports(), report.seq);

    if (args.flag("json")) {
        nlohmann::ordered_json doc = {{"order", order.number},
                                      {"seq", report.seq},
                                      {"date", report.date.toString()},
                                      {"good", store::jsonQuantity(report.goodQty)},
                                      {"scrap", store::jsonQuantity(report.scrapQty)},
                                      {"reason", report.scrapReason}};
        if (!report.worker.empty())
            doc["worker"] = report.worker;
        if (report.labourHours > 0)
            doc["hours"] = store::jsonQuantity(report.labourHours);
        doc["last_operation"] = lastOperation;
        doc["operation_open"] = store::jsonQuantity(operationOpen);
        doc["completed_qty"] = store::jsonQuantity(order.completedQty);
        doc["open_qty"] = store::jsonQuantity(order.openQty());
        context.out() << doc.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << "recorded " << order.number << " op " << report.seq << " on " << report.date.toString() << ": good "
        << report.goodQty;
    if (report.scrapQty > 0)
        out << ", scrap " << report.scrapQty << " (" << report.scrapReason << ")";
    if (!report.worker.empty())
        out << " by " << report.worker;
    out << "\nop " << report.seq << " can still report " << operationOpen << "\n"
        << order.number << ": " << order.completedQty << " of " << order.qty << " completed, open " << order.openQty()
        << (lastOperation ? "" : " (completion counts on the last operation)") << "\n";
    return 0;
}

} // namespace

int runReport(CommandContext& context)
{
    const CommandLine args(context.words(), {"json", "allow-repeat"});
    const std::string action = args.positional().empty() ? std::string() : args.positional().front();
    if (action == "import") {
        args.allowOnly({});
        return runReportImport(context, args);
    }
    if (args.flag("allow-repeat"))
        throw UsageError("--allow-repeat applies to report import only");
    if (action == "template") {
        args.allowOnly({"out", "lang"});
        return runReportTemplate(context, args);
    }
    if (!action.empty())
        throw UsageError("unexpected argument \"" + action + "\" (report import FILE | report template --out FILE)");
    args.allowOnly({"order", "seq", "good", "scrap", "reason", "date", "worker", "hours"});
    return runSingleReport(context, args);
}

} // namespace pmc::cli
