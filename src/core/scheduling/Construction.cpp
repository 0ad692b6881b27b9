#include "core/scheduling/Construction.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace pmc::core::scheduling::detail {

namespace {

enum class Rule { MostWork, MostOperations, ShortestTime, NoisyMostWork };

// Assigns every operation to the machine that minimises its completion on a
// running load tally (Brandimarte-style "global selection"), visiting jobs in
// `jobOrder`. Used to give flexible instances a balanced starting assignment.
std::vector<int> balancedAssignment(const FlatProblem& p, const std::vector<int>& jobOrder)
{
    std::vector<int> chosen(static_cast<std::size_t>(p.opCount), -1);
    std::vector<long> load(static_cast<std::size_t>(p.machineCount), 0);
    for (const int j : jobOrder) {
        for (int o = p.jobFirst[j]; o < p.jobFirst[j + 1]; ++o) {
            int best = p.altBegin[o];
            for (int a = p.altBegin[o] + 1; a < p.altBegin[o + 1]; ++a) {
                if (load[p.altMachine[a]] + p.altDuration[a] < load[p.altMachine[best]] + p.altDuration[best])
                    best = a;
            }
            chosen[o] = best;
            load[p.altMachine[best]] += p.altDuration[best];
        }
    }
    return chosen;
}

// One Giffler–Thompson pass: repeatedly find the machine on which some schedulable
// operation completes earliest, then pick by priority among the operations that
// could start on that machine before that completion time. This only generates
// active schedules, which contain an optimal one.
void buildActive(SequenceGraph& graph, Rule rule, const std::vector<int>* fixedAlt, Rng& rng)
{
    const FlatProblem& p = graph.problem();
    const auto jobs = static_cast<std::size_t>(p.jobCount);
    std::vector<int> next(p.jobFirst.begin(), p.jobFirst.end() - 1);
    std::vector<long> jobReady(jobs, 0);
    std::vector<long> machineReady(static_cast<std::size_t>(p.machineCount), 0);
    std::vector<long> workLeft(jobs, 0);
    for (int o = 0; o < p.opCount; ++o)
        workLeft[p.jobOf[o]] += p.minDuration[o];
    std::vector<double> noise(jobs, 1.0);
    const auto allowed = [&](int o, int a) { return fixedAlt == nullptr || (*fixedAlt)[o] == a; };

    graph.clear();
    for (int step = 0; step < p.opCount; ++step) {
        long bestEnd = std::numeric_limits<long>::max();
        int bestMachine = -1;
        for (int j = 0; j < p.jobCount; ++j) {
            const int o = next[j];
            if (o >= p.jobFirst[j + 1])
                continue;
            for (int a = p.altBegin[o]; a < p.altBegin[o + 1]; ++a) {
                const long finish = std::max(jobReady[j], machineReady[p.altMachine[a]]) + p.altDuration[a];
                if (allowed(o, a) && finish < bestEnd) {
                    bestEnd = finish;
                    bestMachine = p.altMachine[a];
                }
            }
        }
        int chosenJob = -1;
        int chosenAlt = -1;
        double bestPriority = -std::numeric_limits<double>::infinity();
        for (int j = 0; j < p.jobCount; ++j) {
            const int o = next[j];
            if (o >= p.jobFirst[j + 1])
                continue;
            for (int a = p.altBegin[o]; a < p.altBegin[o + 1]; ++a) {
                if (p.altMachine[a] != bestMachine || !allowed(o, a))
                    continue;
                const long start = std::max(jobReady[j], machineReady[bestMachine]);
                // Zero-duration operations complete at their start, so "start <
                // bestEnd" alone would leave them out of their own conflict set.
                if (start > bestEnd || (start == bestEnd && p.altDuration[a] > 0))
                    continue;
                double priority = 0;
                switch (rule) {
                case Rule::MostWork: priority = static_cast<double>(workLeft[j]); break;
                case Rule::MostOperations:
                    priority = (p.jobFirst[j + 1] - o) * 1e12 + static_cast<double>(workLeft[j]);
                    break;
                case Rule::ShortestTime: priority = -static_cast<double>(p.altDuration[a]); break;
                case Rule::NoisyMostWork:
                    priority = static_cast<double>(workLeft[j]) * (0.6 + 0.8 * rng.unit());
                    break;
                }
                if (priority > bestPriority) {
                    bestPriority = priority;
                    chosenJob = j;
                    chosenAlt = a;
                }
            }
        }
        const int o = next[chosenJob]++;
        const long finish = std::max(jobReady[chosenJob], machineReady[bestMachine]) + p.altDuration[chosenAlt];
        jobReady[chosenJob] = finish;
        machineReady[bestMachine] = finish;
        workLeft[chosenJob] -= p.minDuration[o];
        graph.append(o, chosenAlt);
    }
}

} // namespace

void constructInitial(SequenceGraph& graph, Rng& rng, int randomizedRuns, const std::function<bool()>& timeUp)
{
    const FlatProblem& p = graph.problem();
    std::vector<int> jobOrder(static_cast<std::size_t>(p.jobCount));
    std::iota(jobOrder.begin(), jobOrder.end(), 0);
    const std::vector<int> balanced = balancedAssignment(p, jobOrder);

    SequenceGraph::Snapshot best;
    best.makespan = std::numeric_limits<long>::max();
    const auto keepIfBetter = [&] {
        graph.evaluate();
        if (graph.makespan() < best.makespan)
            graph.save(best);
    };
    for (const Rule rule : {Rule::MostWork, Rule::MostOperations, Rule::ShortestTime}) {
        buildActive(graph, rule, nullptr, rng);
        keepIfBetter();
        if (p.flexible) {
            buildActive(graph, rule, &balanced, rng);
            keepIfBetter();
        }
    }
    for (int run = 0; run < randomizedRuns && !timeUp(); ++run) {
        if (p.flexible && run % 2 == 1) {
            for (int i = p.jobCount - 1; i > 0; --i)
                std::swap(jobOrder[i], jobOrder[rng.below(i + 1)]);
            const std::vector<int> assignment = balancedAssignment(p, jobOrder);
            buildActive(graph, Rule::NoisyMostWork, &assignment, rng);
        } else {
            buildActive(graph, Rule::NoisyMostWork, nullptr, rng);
        }
        keepIfBetter();
    }
    graph.restore(best);
}

} // namespace pmc::core::scheduling::detail
