#include "cli/Commands.h"

#include "cli/LastMrpRun.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"
#include "store/FactoryDatabase.h"
#include "store/ScheduleJson.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <ostream>

namespace pmc::cli {

namespace {

core::ScheduleOptions scheduleOptions(const CommandLine& args)
{
    core::ScheduleOptions options;
    options.seconds = args.number("seconds").value_or(0.0);
    if (options.seconds < 0)
        throw UsageError("--seconds: must be >= 0");
    if (const auto seed = args.number("seed")) {
        if (*seed < 0 || *seed != std::floor(*seed) || *seed > 9007199254740992.0)
            throw UsageError("--seed: must be a whole number >= 0");
        options.seed = static_cast<std::uint64_t>(*seed);
    }
    if (const auto rule = args.option("rule")) {
        const auto parsed = core::parseDispatchRule(*rule);
        if (!parsed)
            throw UsageError("--rule: must be edd, priority, cr, slack, fifo or setup, not \"" + *rule + "\"");
        options.rule = *parsed;
    }
    if (const auto direction = args.option("direction")) {
        const auto parsed = core::parseScheduleDirection(*direction);
        if (!parsed)
            throw UsageError("--direction: must be forward or backward, not \"" + *direction + "\"");
        options.direction = *parsed;
    }
    if (options.direction == core::ScheduleDirection::Backward && options.rule != core::DispatchRule::EarliestDueDate
        && options.rule != core::DispatchRule::PriorityThenDueDate)
        throw UsageError("--direction backward takes --rule edd or priority");
    if (const auto objective = args.option("objective")) {
        const auto parsed = core::parseObjectiveOrder(*objective);
        if (!parsed)
            throw UsageError("--objective: a comma-separated order of tardiness, makespan and changeovers, not \""
                             + *objective + "\"");
        options.objectives = *parsed;
    }
    if (const auto window = args.number("setup-window")) {
        if (*window < 0 || *window != std::floor(*window) || *window > 3650)
            throw UsageError("--setup-window: must be a whole number of days from 0 to 3650");
        options.setupWindowDays = static_cast<int>(*window);
    }
    return options;
}

void printTable(std::ostream& out, const core::ScheduleResult& result, double seconds)
{
    const auto at = [&](int minute) { return core::formatScheduleMinute(result.today, minute); };
    const auto lateOrders = std::count_if(result.orders.begin(), result.orders.end(),
                                          [](const core::OrderCompletion& o) { return o.lateDays > 0; });
    const auto lateDemands = std::count_if(result.demands.begin(), result.demands.end(),
                                           [](const core::DemandCompletion& d) { return d.lateDays > 0; });
    out << result.operations.size() << " operations, " << result.orders.size() << " orders (" << lateOrders
        << " late), " << result.demands.size() << " sales order lines (" << lateDemands << " late)\n"
        << "weighted tardiness " << result.constructionWeightedTardiness << " -> " << result.weightedTardiness
        << ", makespan " << at(result.constructionMakespan) << " -> " << at(result.makespan) << ", "
        << ", changeovers " << result.constructionChangeoverMinutes << " -> " << result.changeoverMinutes << " min, "
        << result.iterations << " candidates, " << std::fixed << std::setprecision(2) << seconds << " s\n";
    for (const core::ScheduleConflict& c : result.conflicts)
        out << "pin conflict: " << c.order << " step " << c.seq << ": " << c.message << "\n";
    out << "\n";
    out << std::left << std::setw(14) << "order" << std::setw(16) << "item" << std::right << std::setw(8) << "qty"
        << std::setw(6) << "seq" << "  " << std::left << std::setw(11) << "workcenter" << std::setw(5) << "unit"
        << std::setw(18) << "start" << "end\n";
    out.unsetf(std::ios::fixed);
    for (const core::ScheduledOperation& op : result.operations)
        out << std::left << std::setw(14) << op.order << std::setw(16) << op.item << std::right << std::setw(8)
            << op.qty << std::setw(6) << op.seq << "  " << std::left << std::setw(11) << op.workCenter << std::setw(5)
            << op.unit << std::setw(18) << at(op.startMinute) << at(op.endMinute) << (op.fixed ? "  pinned" : "")
            << (op.changeoverMinutes > 0 ? "  changeover " + std::to_string(op.changeoverMinutes) + " min" : "") << "\n";
    out << "\n" << std::left << std::setw(14) << "order" << std::setw(12) << "due" << std::setw(18) << "completion"
        << "late days\n";
    for (const core::OrderCompletion& o : result.orders)
        out << std::left << std::setw(14) << o.order << std::setw(12) << o.due.toString() << std::setw(18)
            << at(o.completionMinute) << o.lateDays << "\n";
    out << "\n" << std::left << std::setw(20) << "sales order line" << std::setw(12) << "due" << std::setw(18)
        << "completion" << "late days\n";
    for (const core::DemandCompletion& d : result.demands)
        out << std::left << std::setw(20) << d.demand << std::setw(12) << d.due.toString() << std::setw(18)
            << at(d.completionMinute) << d.lateDays << "\n";
}

} // namespace

int runSchedule(CommandContext& context)
{
    const CommandLine args(context.words(), {"json", "all"});
    if (!args.positional().empty()) {
        if (args.positional().front() == "pin")
            return runSchedulePin(context, args);
        if (args.positional().front() == "unpin")
            return runScheduleUnpin(context, args);
        if (args.positional().front() == "freeze")
            return runScheduleFreeze(context, args);
        throw UsageError("unexpected argument \"" + args.positional().front() + "\" (schedule, schedule pin, unpin or freeze)");
    }
    args.allowOnly({"seconds", "seed", "rule", "direction", "objective", "setup-window"});
    const core::ScheduleOptions options = scheduleOptions(args);

    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const core::MrpResult mrp = lastOrFreshMrpRun(database);
    const auto started = std::chrono::steady_clock::now();
    const core::ScheduleResult result = core::FiniteScheduler(model).run(mrp, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    if (args.flag("json"))
        context.out() << store::scheduleResultToJson(result).dump(2) << "\n";
    else
        printTable(context.out(), result, seconds);
    return 0;
}

} // namespace pmc::cli
