#include "cli/Commands.h"

#include "core/scheduling/JobShopSolver.h"
#include "store/InputError.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <stdexcept>

namespace pmc::cli {

int runJobShop(CommandContext& context, bool flexible)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"seconds", "seed"});
    const std::string path = args.positional(0, "instance FILE");
    const double seconds = args.number("seconds").value_or(1.0);
    if (seconds < 0)
        throw UsageError("--seconds must be >= 0");
    const double seed = args.number("seed").value_or(1.0);
    if (seed < 0 || seed != std::floor(seed))
        throw UsageError("--seed must be a non-negative integer");

    core::scheduling::JobShopInstance instance;
    try {
        const std::string text = readInputFile(path);
        instance = flexible ? core::scheduling::parseFjspText(text) : core::scheduling::parseJsspText(text);
    } catch (const std::invalid_argument& e) {
        core::ValidationResult issues;
        issues.add("", e.what());
        throw store::InputError(path, issues);
    }
    core::scheduling::JobShopOptions options;
    options.seconds = seconds;
    options.seed = static_cast<std::uint64_t>(seed);
    const core::scheduling::JobShopSolution solution = core::scheduling::solveJobShop(instance, options);

    // Machines are printed as the instance file numbers them: from 0 in OR-Library job-shop
    // files, from 1 in Brandimarte files. Jobs and operations count from 0.
    const int machineBase = flexible ? 1 : 0;
    if (!args.flag("json")) {
        context.out() << "makespan " << solution.makespan << "\n";
        for (const auto& op : solution.operations)
            context.out() << "job " << op.job << " op " << op.op << " machine " << op.machine + machineBase << " "
                          << op.start << "-" << op.end << "\n";
        return 0;
    }
    nlohmann::ordered_json operations = nlohmann::ordered_json::array();
    for (const auto& op : solution.operations)
        operations.push_back({{"job", op.job}, {"op", op.op}, {"machine", op.machine + machineBase},
                              {"start", op.start}, {"end", op.end}});
    const nlohmann::ordered_json doc = {{"makespan", solution.makespan}, {"operations", operations}};
    context.out() << doc.dump() << "\n";
    return 0;
}

} // namespace pmc::cli
