#include "cli/Commands.h"

#include "core/mrp/MrpEngine.h"
#include "core/QuantityText.h"
#include "core/orders/OrderProgress.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/OrderProgressJson.h"

#include <algorithm>
#include <ostream>

namespace pmc::cli {

namespace {

void printCause(std::ostream& out, const core::DelayCause& cause, core::Date today)
{
    const std::string until = core::formatScheduleMinute(today, cause.minute);
    switch (cause.kind) {
    case core::DelayCause::Kind::Capacity: {
        out << "    - capacity: " << cause.order << " step " << cause.seq << " waited for " << cause.workCenter
            << " until " << until;
        for (std::size_t i = 0; i < cause.busyWith.size(); ++i)
            out << (i == 0 ? ", busy with " : ", ") << cause.busyWith[i];
        out << "\n";
        break;
    }
    case core::DelayCause::Kind::Material:
        out << "    - material: " << cause.order << " waited for " << cause.item << " from "
            << (cause.plannedPurchase ? "planned purchase " : "") << cause.supply << " due "
            << cause.arrival.toString() << " (in house " << until << ")\n";
        break;
    case core::DelayCause::Kind::SubAssembly:
        out << "    - sub-assembly: " << cause.order << " waited for " << cause.item << " (" << cause.supply
            << ") until " << until << "\n";
        break;
    case core::DelayCause::Kind::Calendar:
        out << "    - calendar: " << cause.order << " step " << cause.seq << " waited over non-working days until "
            << until << "\n";
        break;
    case core::DelayCause::Kind::WorkContent:
        out << "    - work content: " << cause.order << " works until " << until << "\n";
        break;
    }
}

void printFix(std::ostream& out, const core::Fix& fix, core::Date today)
{
    switch (fix.kind) {
    case core::Fix::Kind::Overtime:
        out << "    - overtime " << fix.hoursPerDay << " h/day on " << fix.workCenter << " " << fix.from.toString()
            << " .. " << fix.to.toString() << "\n";
        break;
    case core::Fix::Kind::Expedite:
        out << "    - expedite " << fix.purchaseOrder << " from " << fix.oldDue.toString() << " to "
            << fix.newDue.toString() << "\n";
        break;
    case core::Fix::Kind::RaisePriority: out << "    - raise the order's priority to 1\n"; break;
    case core::Fix::Kind::Split:
        out << "    - split " << fix.order << " into";
        for (std::size_t i = 0; i < fix.parts.size(); ++i)
            out << (i ? ", " : " ") << fix.parts[i].order << " x " << core::quantityText(fix.parts[i].qty);
        out << "\n";
        break;
    case core::Fix::Kind::MoveToUnit:
        out << "    - move step " << fix.seq << " of " << fix.order << " from unit " << fix.unit << " to unit "
            << fix.toUnit << " of " << fix.workCenter << ", starting " << core::formatScheduleMinute(today, fix.startMinute);
        if (!fix.firmedAs.empty())
            out << " (firmed as " << fix.firmedAs << ")";
        out << "\n";
        break;
    }
}

void printProgress(std::ostream& out, const core::OrderProgress& p)
{
    out << p.number << "  " << p.customer << "  " << core::toString(p.status) << "  priority " << p.priority << "\n";
    if (!p.planned)
        out << "not planned: only confirmed orders in production are demand\n";
    for (const core::LineProgress& line : p.lines) {
        out << line.id << "  " << line.item << " x " << line.openQty << "  committed " << line.committed.toString();
        if (line.shipped) {
            out << "  shipped\n";
            continue;
        }
        if (!p.planned) {
            out << "\n";
            continue;
        }
        out << "  projected " << core::formatScheduleMinute(p.today, line.completionMinute);
        out << (line.daysLate > 0 ? "  " + std::to_string(line.daysLate) + " days late" : "  on time");
        out << (line.stockCovered ? "  (from stock)\n" : "\n");
        for (const core::SupplyOrder& order : line.orders) {
            out << std::string(2 + 2 * static_cast<std::size_t>(order.level), ' ') << order.order << " " << order.item
                << " x " << order.qty << "\n";
            for (const core::OperationProgress& op : order.operations) {
                out << std::string(6 + 2 * static_cast<std::size_t>(order.level), ' ') << op.seq << " "
                    << op.workCenter << " " << core::toString(op.status);
                if (op.scheduled)
                    out << " " << core::formatScheduleMinute(p.today, op.startMinute) << " .. "
                        << core::formatScheduleMinute(p.today, op.endMinute) << " unit " << op.unit;
                out << "\n";
            }
        }
        for (const core::ShortMaterial& m : line.materials) {
            out << "  short " << m.item << " " << m.shortQty << " needed " << m.needDate.toString();
            for (const core::OpenPurchase& po : m.purchaseOrders)
                out << ", " << po.number << " due " << po.due.toString();
            out << "\n";
        }
        if (!line.causes.empty())
            out << "  delayed by:\n";
        for (const core::DelayCause& cause : line.causes)
            printCause(out, cause, p.today);
        if (!line.fixes.empty())
            out << "  fixes:\n";
        for (const core::Fix& fix : line.fixes)
            printFix(out, fix, p.today);
    }
}

} // namespace

int runOrderProgress(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"order"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    const std::optional<std::string> number = args.option("order");
    if (!number)
        throw UsageError("missing --order NUMBER");

    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    if (std::none_of(model.salesOrders.begin(), model.salesOrders.end(),
                     [&](const core::SalesOrder& so) { return so.number == *number; }))
        throw UsageError("unknown sales order \"" + *number + "\"");
    const core::MrpResult mrp = core::MrpEngine(model).run({}, {.keepRequirements = true});
    const core::ScheduleResult schedule = core::FiniteScheduler(model).run(mrp);
    const std::vector<core::CompletionReport> reports = store::ExecutionRepository(database.database()).reports();
    const core::OrderProgress progress = core::orderProgress(model, mrp, schedule, reports, *number);

    if (args.flag("json"))
        context.out() << store::orderProgressToJson(progress).dump(2) << "\n";
    else
        printProgress(context.out(), progress);
    return 0;
}

} // namespace pmc::cli
