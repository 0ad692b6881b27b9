#include "cli/Commands.h"

#include "store/FactoryDatabase.h"
#include "store/MrpJson.h"

#include <iomanip>
#include <ostream>

namespace pmc::cli {

int runMrp(CommandContext& context)
{
    const CommandLine args(context.words(), {"json", "all"});
    if (!args.positional().empty()) {
        const std::string& action = args.positional()[0];
        if (action == "firm" || action == "release")
            return runPlannedOrderAction(context, args, action == "release");
        throw UsageError("unknown subcommand \"" + action + "\" (expected firm or release)");
    }
    args.allowOnly({});
    if (args.flag("all"))
        throw UsageError("--all goes with mrp firm or mrp release");
    const core::MrpResult result = context.database().runMrp();
    if (args.flag("json")) {
        context.out() << store::mrpResultToJson(result).dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    out << result.plannedOrders.size() << " planned orders, " << result.exceptions.size() << " exceptions\n\n";
    out << std::left << std::setw(11) << "id" << std::setw(18) << "item" << std::right << std::setw(12) << "qty"
        << "  " << std::setw(10) << "release" << "  " << std::setw(10) << "due" << "  source  pegged to\n";
    for (const core::PlannedOrder& p : result.plannedOrders) {
        out << std::left << std::setw(11) << p.id << std::setw(18) << p.item << std::right << std::setw(12) << p.qty
            << "  " << p.release.toString() << "  " << p.due.toString() << "  " << std::left << std::setw(6)
            << core::toString(p.source) << " ";
        for (const core::Pegging& peg : p.pegging)
            out << " " << peg.demand << "=" << peg.qty;
        out << "\n";
    }
    if (!result.exceptions.empty())
        out << "\nexceptions:\n";
    for (const core::MrpException& e : result.exceptions)
        out << "  " << e.date.toString() << "  " << std::left << std::setw(9) << core::toString(e.kind) << std::setw(18)
            << e.item << e.message << "\n";
    return 0;
}

} // namespace pmc::cli
