#include "cli/Commands.h"

#include "cli/PlanArguments.h"
#include "core/plan/DailyPlan.h"
#include "store/DailyPlanJson.h"
#include "store/FactoryDatabase.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/DailyPlanDocument.h"
#include "cli/PrintApplication.h"
#endif

#include <algorithm>
#include <iomanip>
#include <memory>
#include <ostream>

namespace pmc::cli {

namespace {

/// Writes the printed plan and/or its Excel copy (both need the Qt print layer).
void writeDocuments(const core::DailyPlan& plan, core::Date today, const core::PrintPaper& paper,
    const std::optional<std::string>& pdf, const std::optional<std::string>& xlsx)
{
#ifdef PMC_CLI_HAS_PDF
    const std::unique_ptr<QGuiApplication> application = startPrintApplication(paper);
    writeDocumentFiles(app::DailyPlanDocument(plan, today), pdf, xlsx);
#else
    (void)plan;
    (void)today;
    (void)paper;
    (void)xlsx;
    throw UsageError(std::string(pdf ? "--pdf" : "--xlsx")
        + ": this pmc-cli was built without the Qt print layer (configure with PMC_BUILD_UI=ON)");
#endif
}

std::string clock(const core::DailyPlan& plan, core::Date today, int minute)
{
    return core::formatClockMinutes(minute - (plan.date - today) * 24 * 60);
}

void printTable(std::ostream& out, const core::DailyPlan& plan, core::Date today)
{
    out << plan.planNumber << "  " << plan.date.toString() << "  "
        << (plan.workshop.empty() ? std::string("all workshops") : plan.workshop) << "\n"
        << plan.totals.lines << " lines, " << plan.totals.orders << " orders, " << plan.totals.workCenters
        << " work centers, " << plan.totals.shortLines << " short of material\n\n";
    out << std::left << std::setw(11) << "workcenter" << std::setw(5) << "unit" << std::setw(14) << "order"
        << std::setw(16) << "item" << std::right << std::setw(5) << "seq" << std::setw(9) << "qty" << std::setw(10)
        << "order qty"
        << "  " << std::left << std::setw(6) << "start" << std::setw(6) << "end" << std::setw(11) << "due"
        << std::setw(9) << "material"
        << "customer orders\n";
    for (const core::DailyPlanLine& line : plan.lines) {
        std::string customers;
        for (const std::string& so : line.customerOrders)
            customers += (customers.empty() ? "" : ",") + so;
        out << std::left << std::setw(11) << line.workCenter << std::setw(5) << line.unit << std::setw(14) << line.order
            << std::setw(16) << line.item << std::right << std::setw(5) << line.seq << std::setw(9) << line.qty
            << std::setw(10) << line.orderQty << "  " << std::left << std::setw(6)
            << clock(plan, today, line.startMinute) << std::setw(6) << clock(plan, today, line.endMinute)
            << std::setw(11) << line.due.toString() << std::setw(9) << core::toString(line.materialStatus) << customers
            << "\n";
    }
}

int runDailyPlan(CommandContext& context, const CommandLine& args)
{
    const core::Date date = planDate(args);
    const std::string workshop = args.option("workshop").value_or("");

    const store::PlanBasis basis = loadPlanBasis(context.database(), [&](const core::FactoryModel& m) { checkWorkshop(m, workshop); });
    const core::ScheduleResult& schedule = basis.schedule;
    const core::DailyPlan plan = core::buildDailyPlan(basis.model, basis.mrp, schedule, date, workshop, basis.issues);

    const std::optional<std::string> pdf = args.option("pdf");
    const std::optional<std::string> xlsx = args.option("xlsx");
    if (pdf || xlsx) {
        writeDocuments(plan, schedule.today, basis.model.settings.printPaper, pdf, xlsx);
        if (!args.flag("json"))
            for (const std::optional<std::string>& file : { pdf, xlsx })
                if (file)
                    context.out() << "wrote " << *file << " (" << plan.planNumber << ", " << plan.lines.size()
                                  << " lines)\n";
    }
    if (args.flag("json"))
        context.out() << store::dailyPlanToJson(plan, schedule.today).dump(2) << "\n";
    else if (!pdf && !xlsx)
        printTable(context.out(), plan, schedule.today);
    return 0;
}

} // namespace

int runPlan(CommandContext& context)
{
    const CommandLine args(context.words(), { "json" });
    if (!args.positional().empty() && isPlanReleaseKind(args.positional().front()))
        return runPlanRelease(context, args);
    args.allowOnly({ "date", "workshop", "pdf", "order", "workcenter", "month", "xlsx" });
    if (args.positional().empty())
        throw UsageError("expected a plan kind: plan daily --date D [--workshop W] [--pdf FILE] [--xlsx FILE] [--json]");
    const std::string kind = args.positional().front();
    if (kind == "weekly" || kind == "monthly")
        return runPeriodPlan(context, args);
    if (args.option("month"))
        throw UsageError("--month goes with plan monthly");
    if (kind == "kitting" && args.positional().size() == 1)
        return runKittingList(context, args);
    if (args.option("order") || args.option("workcenter"))
        throw UsageError("--order and --workcenter go with plan kitting");
    if (kind != "daily")
        throw UsageError("unknown plan kind \"" + kind + "\" (expected daily, weekly, monthly or kitting)");
    if (args.positional().size() > 1)
        throw UsageError("unexpected argument \"" + args.positional()[1] + "\"");
    return runDailyPlan(context, args);
}

} // namespace pmc::cli
