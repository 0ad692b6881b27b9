#include "core/scheduling/ScheduleRepair.h"

#include <climits>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace pmc::core {

namespace {

bool isStatic(DispatchRule rule)
{
    return rule == DispatchRule::EarliestDueDate || rule == DispatchRule::PriorityThenDueDate || rule == DispatchRule::FirstInFirstOut;
}

} // namespace

std::vector<int> prepareRepair(const ScheduleProblem& problem, ScheduleDecoder& decoder,
                               const std::vector<ScheduledOperation>& previous, DispatchRule rule)
{
    // Where each order's steps were: seq -> the operation, per order.
    std::unordered_map<std::string_view, std::unordered_map<int, const ScheduledOperation*>> placed;
    for (const ScheduledOperation& op : previous)
        placed[op.order][op.seq] = &op;

    std::vector<int> releases(static_cast<std::size_t>(decoder.placementCount()), 0);
    std::vector<int> units(releases.size(), -1);
    std::vector<int> firstStart(problem.jobs.size(), INT_MAX);
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        const ScheduleJob& job = problem.jobs[j];
        const auto steps = placed.find(job.id);
        if (steps == placed.end())
            continue;
        for (std::size_t op = 0; op < job.operations.size(); ++op) {
            const auto step = steps->second.find(job.operations[op].seq);
            if (step == steps->second.end())
                continue;
            const auto index = static_cast<std::size_t>(decoder.firstPlacement(static_cast<int>(j))) + op;
            releases[index] = step->second->startMinute;
            units[index] = step->second->unit;
            firstStart[j] = std::min(firstStart[j], step->second->startMinute);
        }
    }
    decoder.setOperationReleases(std::move(releases), std::move(units), true);

    // Jobs the previous schedule did not have keep the rule's order among themselves.
    const std::vector<int> byRule = dispatchOrder(problem, isStatic(rule) ? rule : DispatchRule::EarliestDueDate);
    std::vector<int> rank(problem.jobs.size());
    for (std::size_t k = 0; k < byRule.size(); ++k)
        rank[static_cast<std::size_t>(byRule[k])] = static_cast<int>(k);
    return topologicalOrder(problem, [&](int a, int b) {
        return std::tie(firstStart[static_cast<std::size_t>(a)], rank[static_cast<std::size_t>(a)])
            < std::tie(firstStart[static_cast<std::size_t>(b)], rank[static_cast<std::size_t>(b)]);
    });
}

} // namespace pmc::core
