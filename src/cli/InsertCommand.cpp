#include "cli/Commands.h"

#include "core/diagnostics/FactoryValidator.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpEngine.h"
#include "core/orders/RushInsertion.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"
#include "store/FactoryDatabase.h"
#include "store/InsertionImpactJson.h"

#include <cmath>
#include <iomanip>
#include <ostream>

namespace pmc::cli {

namespace {

core::RushOrderRequest request(const CommandLine& args)
{
    core::RushOrderRequest request;
    const std::optional<std::string> item = args.option("item");
    if (!item)
        throw UsageError("missing --item CODE");
    request.item = *item;
    const std::optional<double> qty = args.number("qty");
    if (!qty)
        throw UsageError("missing --qty Q");
    request.qty = *qty;
    const std::optional<std::string> due = args.option("due");
    if (!due)
        throw UsageError("missing --due YYYY-MM-DD");
    const std::optional<core::Date> date = core::Date::parse(*due);
    if (!date)
        throw UsageError("--due: not a date (YYYY-MM-DD): \"" + *due + "\"");
    request.due = *date;
    if (const std::optional<double> priority = args.number("priority")) {
        if (*priority != std::floor(*priority) || *priority < 1 || *priority > 1000000)
            throw UsageError("--priority: must be a whole number from 1 (most urgent)");
        request.priority = static_cast<int>(*priority);
    }
    request.customer = args.option("customer").value_or("");
    return request;
}

struct Plan {
    core::MrpResult mrp;
    core::ScheduleResult schedule;
};

Plan plan(const core::FactoryModel& model, const core::ScheduleOptions& options)
{
    Plan p;
    p.mrp = core::MrpEngine(model).run();
    p.schedule = core::FiniteScheduler(model).run(p.mrp, options);
    return p;
}

void printImpact(std::ostream& out, const core::InsertionImpact& impact, core::Date today)
{
    const auto at = [today](int minute) { return core::formatScheduleMinute(today, minute); };
    out << impact.rushOrder << " (planned by priority, nothing stored)\n";
    for (const core::RushLineImpact& line : impact.rushLines) {
        out << "  " << line.demand << " " << line.item << " x " << line.qty << ": requested " << line.requested.toString()
            << ", projected completion " << line.completion.toString();
        if (line.daysLate > 0)
            out << ", " << line.daysLate << " days late (" << core::toString(line.reason) << ")";
        out << "\n";
        for (const core::LateRushMaterial& m : line.lateMaterial)
            out << "    material " << m.item << " in house " << m.inHouse.toString() << " at the earliest\n";
    }
    out << impact.displaced.size() << " orders move, " << impact.newlyLate << " newly late, days late "
        << std::showpos << impact.addedDaysLate << std::noshowpos << "\n";
    if (impact.displaced.empty())
        return;
    out << std::left << std::setw(20) << "order" << std::setw(16) << "item" << std::setw(12) << "due" << std::setw(18)
        << "old completion" << std::setw(18) << "new completion" << "days late\n";
    for (const core::DisplacedOrder& o : impact.displaced)
        out << std::setw(20) << o.order << std::setw(16) << o.item << std::setw(12) << o.due.toString() << std::setw(18)
            << at(o.oldCompletionMinute) << std::setw(18) << at(o.newCompletionMinute) << o.oldDaysLate << " -> "
            << o.newDaysLate << (o.isNewlyLate() ? "  NEWLY LATE" : "") << "\n";
}

} // namespace

int runInsert(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"item", "qty", "due", "priority", "customer"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    const core::RushOrderRequest rush = request(args);

    const core::FactoryModel model = context.database().load();
    const core::ValidationResult issues = core::checkRushOrder(model, rush);
    if (!issues.ok())
        throw UsageError(issues.issues().front().path + ": " + issues.issues().front().message);
    const core::SalesOrder order = core::rushOrder(model, rush);
    core::FactoryModel whatIf = model;
    const core::ValidationResult refused = core::applyValidatedEdit(whatIf, core::rushInsertionEdit(model, order));
    if (!refused.ok())
        throw UsageError(refused.issues().front().toString());

    // By priority, as the desktop app simulates it: under earliest due date a priority only
    // breaks ties, and the rush order could not go ahead of the others.
    core::ScheduleOptions options;
    options.rule = core::DispatchRule::PriorityThenDueDate;
    const Plan before = plan(model, options);
    const Plan after = plan(whatIf, options);
    const core::InsertionImpact impact =
        core::assessInsertion({model, before.schedule}, {whatIf, after.schedule}, after.mrp, order.number);
    if (args.flag("json"))
        context.out() << store::insertionImpactToJson(impact, options, model.settings.today).dump(2) << "\n";
    else
        printImpact(context.out(), impact, model.settings.today);
    return 0;
}

} // namespace pmc::cli
