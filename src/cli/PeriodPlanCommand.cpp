#include "cli/Commands.h"

#include "cli/PlanArguments.h"
#include "core/plan/PeriodPlan.h"
#include "store/FactoryDatabase.h"
#include "store/PeriodPlanJson.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/PeriodPlanDocument.h"
#include "cli/PrintApplication.h"
#endif

#include <iomanip>
#include <sstream>
#include <ostream>

namespace pmc::cli {

namespace {

/// `--month YYYY-MM` as the month's first day.
core::Date planMonth(const CommandLine& args)
{
    const std::optional<std::string> text = args.option("month");
    if (!text)
        throw UsageError("--month YYYY-MM is required");
    const std::optional<core::Date> first
        = text->size() == 7 ? core::Date::parse(*text + "-01") : std::optional<core::Date>();
    if (!first)
        throw UsageError("--month: \"" + *text + "\" is not a month (YYYY-MM)");
    return *first;
}

/// The options of the other plan kinds, refused by name.
void refuseForeignOptions(const CommandLine& args, const std::string& kind)
{
    for (const char* name : { "order", "workcenter", kind == "monthly" ? "date" : "month" })
        if (args.option(name))
            throw UsageError(std::string("--") + name + " does not go with plan " + kind
                + (kind == "monthly" ? " (use --month YYYY-MM)" : " (use --date D)"));
}

/// Writes the printed document and/or its Excel copy (both need the Qt print layer).
void writeDocuments(const core::PeriodPlan& plan, const core::PrintPaper& paper, const std::optional<std::string>& pdf,
    const std::optional<std::string>& xlsx)
{
#ifdef PMC_CLI_HAS_PDF
    const std::unique_ptr<QGuiApplication> application = startPrintApplication(paper);
    writeDocumentFiles(app::PeriodPlanDocument(plan), pdf, xlsx);
#else
    (void)plan;
    (void)paper;
    (void)xlsx;
    throw UsageError(std::string(pdf ? "--pdf" : "--xlsx")
        + ": this pmc-cli was built without the Qt print layer (configure with PMC_BUILD_UI=ON)");
#endif
}

/// `value` (a quantity, or hours to one decimal); "." for nothing planned.
std::string figure(double value, bool hours = false)
{
    std::ostringstream text;
    if (hours)
        text << std::fixed << std::setprecision(1);
    text << value;
    return value == 0 ? std::string(".") : text.str();
}

/// `text` padded to `width` terminal columns; a CJK character (3 UTF-8 bytes) takes two.
std::string padded(const std::string& text, std::size_t width)
{
    std::size_t columns = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            columns += c >= 0xE0 ? 2 : 1;
    return text + std::string(columns < width ? width - columns : 1, ' ');
}

void printTable(std::ostream& out, const core::PeriodPlan& plan)
{
    out << plan.planNumber << "  " << plan.first.toString() << " .. " << plan.last.toString() << "  "
        << (plan.workshop.empty() ? std::string("all workshops") : plan.workshop) << "\n"
        << plan.totals.products << " products, " << plan.totals.orders << " orders, "
        << figure(plan.totals.workingMinutes / 60.0, true) << " working hours\n\n";
    out << padded("workshop", 12) << padded("item", 16);
    for (const core::PeriodBucket& bucket : plan.buckets)
        out << std::right << std::setw(9) << bucket.first.toString().substr(5);
    out << std::setw(10) << "total" << std::setw(7) << "orders"
        << "  " << std::left << std::setw(11) << "due"
        << "customer orders\n";
    for (const core::PeriodPlanRow& row : plan.rows) {
        std::string customers;
        for (const std::string& so : row.customerOrders)
            customers += (customers.empty() ? "" : ",") + so;
        out << padded(row.workshop, 12) << padded(row.item, 16);
        for (double qty : row.qty)
            out << std::right << std::setw(9) << figure(qty);
        out << std::setw(10) << row.total << std::setw(7) << row.orders.size() << "  " << std::left << std::setw(11)
            << row.due.toString() << customers << "\n";
    }
    for (const core::PeriodWorkshopTotal& total : plan.workshops) {
        out << padded(total.workshop, 12) << padded("hours", 16);
        for (int minutes : total.workingMinutes)
            out << std::right << std::setw(9) << figure(minutes / 60.0, true);
        out << std::setw(10) << figure(total.totalWorkingMinutes / 60.0, true) << std::setw(7) << total.orders << "\n";
    }
}

} // namespace

int runPeriodPlan(CommandContext& context, const CommandLine& args)
{
    const std::string kind = args.positional().front();
    if (args.positional().size() > 1)
        throw UsageError("unexpected argument \"" + args.positional()[1] + "\"");
    refuseForeignOptions(args, kind);
    const bool monthly = kind == "monthly";
    const core::PlanPeriod period { monthly ? core::PeriodKind::Month : core::PeriodKind::Week,
        monthly ? planMonth(args) : planDate(args) };
    const std::string workshop = args.option("workshop").value_or("");

    // The same basis as `plan daily`, so a week's days match its daily plans.
    const store::PlanBasis basis = loadPlanBasis(context.database(), [&](const core::FactoryModel& m) { checkWorkshop(m, workshop); });
    const core::PeriodPlan plan = core::buildPeriodPlan(basis.model, basis.mrp, basis.schedule, period, workshop);

    const std::optional<std::string> pdf = args.option("pdf");
    const std::optional<std::string> xlsx = args.option("xlsx");
    if (pdf || xlsx) {
        writeDocuments(plan, basis.model.settings.printPaper, pdf, xlsx);
        if (!args.flag("json"))
            for (const std::optional<std::string>& file : { pdf, xlsx })
                if (file)
                    context.out() << "wrote " << *file << " (" << plan.planNumber << ", " << plan.rows.size()
                                  << " products)\n";
    }
    if (args.flag("json"))
        context.out() << store::periodPlanToJson(plan).dump(2) << "\n";
    else if (!pdf && !xlsx)
        printTable(context.out(), plan);
    return 0;
}

} // namespace pmc::cli
