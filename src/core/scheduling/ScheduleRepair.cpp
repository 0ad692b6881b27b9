#include "core/scheduling/ScheduleRepair.h"

#include <climits>
#include <queue>
#include <stdexcept>
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
    std::vector<int> known(releases.size(), INT_MAX); // the start in `previous`, per operation
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
            releases[index] = known[index] = step->second->startMinute;
            units[index] = step->second->unit;
        }
    }

    // Jobs the previous schedule did not have keep the rule's order among themselves.
    const std::vector<int> byRule = dispatchOrder(problem, isStatic(rule) ? rule : DispatchRule::EarliestDueDate);
    std::vector<int> rank(problem.jobs.size());
    for (std::size_t k = 0; k < byRule.size(); ++k)
        rank[static_cast<std::size_t>(byRule[k])] = static_cast<int>(k);

    // Operations by their previous start (an operation not there right after the one before
    // it in its job), each job's first once its children are done.
    using Entry = std::tuple<int, int, int>; // start, rank, job
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> ready;
    std::vector<std::size_t> next(problem.jobs.size(), 0);
    std::vector<int> lastKey(problem.jobs.size(), INT_MAX);
    std::vector<std::size_t> waitingFor(problem.jobs.size());
    const auto push = [&](int j) {
        const auto k = static_cast<std::size_t>(j);
        const ScheduleJob& job = problem.jobs[k];
        int key = lastKey[k];
        if (next[k] < job.operations.size()) {
            const int start = known[static_cast<std::size_t>(decoder.firstPlacement(j)) + next[k]];
            key = start != INT_MAX ? start : key;
        }
        lastKey[k] = key;
        ready.emplace(key, rank[k], j);
    };
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        waitingFor[j] = problem.jobs[j].children.size();
        if (waitingFor[j] == 0)
            push(static_cast<int>(j));
    }
    std::vector<int> sequence;
    sequence.reserve(releases.size() + problem.jobs.size());
    while (!ready.empty()) {
        const int j = std::get<2>(ready.top());
        ready.pop();
        const auto k = static_cast<std::size_t>(j);
        sequence.push_back(j);
        if (++next[k] < problem.jobs[k].operations.size()) {
            push(j);
            continue;
        }
        for (int parent : problem.jobs[k].parents)
            if (--waitingFor[static_cast<std::size_t>(parent)] == 0)
                push(parent);
    }
    for (std::size_t j = 0; j < problem.jobs.size(); ++j)
        if (next[j] == 0 && waitingFor[j] > 0)
            throw std::logic_error("pegging cycle through " + problem.jobs[j].id);
    decoder.setOperationReleases(std::move(releases), std::move(units), true);
    return sequence;
}

} // namespace pmc::core
