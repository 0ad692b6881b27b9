#include "cli/Commands.h"

#include "cli/PlanArguments.h"
#include "core/plan/KittingList.h"
#include "store/FactoryDatabase.h"
#include "store/KittingListJson.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/KittingListDocument.h"
#include "cli/PrintApplication.h"
#endif

#include <iomanip>
#include <ostream>
#include <stdexcept>

namespace pmc::cli {

namespace {

void checkWorkCenter(const core::FactoryModel& model, const std::string& workCenter)
{
    if (workCenter.empty())
        return;
    std::string known;
    for (const core::WorkCenter& wc : model.workCenters) {
        if (wc.code == workCenter)
            return;
        known += (known.empty() ? "" : ", ") + wc.code;
    }
    throw UsageError("--workcenter: unknown work center \"" + workCenter + "\" (work centers: " + known + ")");
}

/// Writes the printed list and/or its Excel copy in the print's layout (both need the Qt print layer).
void writeDocuments(const core::KittingList& list, const core::PrintPaper& paper, const std::optional<std::string>& pdf,
    const std::optional<std::string>& xlsx)
{
#ifdef PMC_CLI_HAS_PDF
    const std::unique_ptr<QGuiApplication> application = startPrintApplication(paper);
    writeDocumentFiles(app::KittingListDocument(list), pdf, xlsx);
#else
    (void)list;
    (void)paper;
    (void)xlsx;
    throw UsageError(std::string(pdf ? "--pdf" : "--xlsx")
        + ": this pmc-cli was built without the Qt print layer (configure with PMC_BUILD_UI=ON)");
#endif
}

void printList(std::ostream& out, const core::KittingList& list)
{
    out << list.number << "  " << list.orders.size() << " order(s)\n";
    for (const core::KittingOrder& order : list.orders) {
        out << "\n"
            << order.order << "  " << order.item << " " << order.itemName << "  qty " << order.qty << "  "
            << (order.releasable ? "releasable" : "waiting for material") << "  kit date "
            << (order.kitDate ? order.kitDate->toString() : std::string("none")) << "\n";
        out << std::left << std::setw(16) << "component" << std::setw(10) << "location" << std::right << std::setw(10)
            << "qty per" << std::setw(11) << "required" << std::setw(10) << "issued" << std::setw(10) << "to issue"
            << std::setw(11) << "allocated" << std::setw(10) << "short"
            << "  ready\n";
        for (const core::KittingLine& line : order.lines)
            out << std::left << std::setw(16) << line.item << std::setw(10) << line.location << std::right
                << std::setw(10) << line.qtyPer << std::setw(11) << line.required << std::setw(10) << line.issued
                << std::setw(10) << line.toIssue << std::setw(11) << line.allocated << std::setw(10) << line.shortQty
                << "  " << (line.readyDate ? line.readyDate->toString() : std::string("none")) << "\n";
    }
}

} // namespace

int runKittingList(CommandContext& context, const CommandLine& args)
{
    const std::optional<std::string> order = args.option("order");
    if (order.has_value() == args.option("date").has_value())
        throw UsageError("plan kitting needs either --order WO or --date D [--workcenter W]");
    const std::optional<core::Date> date = order ? std::nullopt : std::optional<core::Date>(planDate(args));
    if (order && args.option("workcenter"))
        throw UsageError("--workcenter goes with --date, not with --order");
    if (args.option("workshop"))
        throw UsageError("plan kitting takes --workcenter W, not --workshop");

    store::FactoryDatabase& database = context.database();
    const std::string workCenter = args.option("workcenter").value_or("");
    // The same basis as `plan daily`.
    const store::PlanBasis basis = loadPlanBasis(database, [&](const core::FactoryModel& m) { checkWorkCenter(m, workCenter); });
    const core::FactoryModel& model = basis.model;
    const core::MrpResult& mrp = basis.mrp;
    const core::ScheduleResult& schedule = basis.schedule;
    const std::vector<core::MaterialIssue>& issues = basis.issues;
    const core::KitCheck check = core::checkKits(model, mrp, schedule, issues);

    core::KittingList list;
    if (order) {
        std::optional<core::KittingList> found = core::kittingListForOrder(model, check, issues, schedule, *order);
        if (!found)
            throw UsageError("--order: \"" + *order + "\" is no open work order or planned order of the schedule");
        list = std::move(*found);
    } else {
        const core::DailyPlan plan = core::buildDailyPlan(model, mrp, schedule, *date, {}, issues);
        list = core::kittingListForDay(model, check, issues, schedule, plan, workCenter);
    }

    const std::optional<std::string> pdf = args.option("pdf");
    const std::optional<std::string> xlsx = args.option("xlsx");
    if (pdf || xlsx) {
        writeDocuments(list, model.settings.printPaper, pdf, xlsx);
        if (!args.flag("json"))
            for (const std::optional<std::string>& file : { pdf, xlsx })
                if (file)
                    context.out() << "wrote " << *file << " (" << list.number << ", " << list.orders.size()
                                  << " orders)\n";
    }
    if (args.flag("json"))
        context.out() << store::kittingListToJson(list, schedule.today).dump(2) << "\n";
    else if (!pdf && !xlsx)
        printList(context.out(), list);
    return 0;
}

} // namespace pmc::cli
