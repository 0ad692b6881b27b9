#include "core/scheduling/SequenceGraph.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace pmc::core::scheduling::detail {

FlatProblem::FlatProblem(const JobShopInstance& instance)
    : jobCount(static_cast<int>(instance.jobs.size()))
    , machineCount(instance.machineCount)
{
    if (machineCount < 0)
        throw std::invalid_argument("job shop: negative machine count");
    machineAltCount.assign(static_cast<std::size_t>(machineCount), 0);
    std::vector<long> forcedLoad(static_cast<std::size_t>(machineCount), 0);
    long totalMin = 0;
    jobFirst.push_back(0);
    altBegin.push_back(0);
    for (int j = 0; j < jobCount; ++j) {
        const auto& job = instance.jobs[static_cast<std::size_t>(j)];
        long jobLength = 0;
        for (std::size_t o = 0; o < job.size(); ++o) {
            const std::string where = "job " + std::to_string(j) + " operation " + std::to_string(o);
            if (job[o].empty())
                throw std::invalid_argument("job shop: " + where + " has no eligible machine");
            long shortest = -1;
            for (const auto& [machine, duration] : job[o]) {
                if (machine < 0 || machine >= machineCount)
                    throw std::invalid_argument("job shop: " + where + " uses machine " + std::to_string(machine)
                                                + " outside [0, " + std::to_string(machineCount) + ")");
                if (duration < 0)
                    throw std::invalid_argument("job shop: " + where + " has a negative duration");
                altMachine.push_back(machine);
                altDuration.push_back(duration);
                altRank.push_back(machineAltCount[static_cast<std::size_t>(machine)]++);
                shortest = shortest < 0 ? duration : std::min<long>(shortest, duration);
            }
            if (job[o].size() == 1)
                forcedLoad[static_cast<std::size_t>(job[o][0].first)] += job[o][0].second;
            else
                flexible = true;
            const int op = opCount++;
            jobOf.push_back(j);
            indexInJob.push_back(static_cast<int>(o));
            jobPrev.push_back(o == 0 ? -1 : op - 1);
            jobNext.push_back(o + 1 == job.size() ? -1 : op + 1);
            altBegin.push_back(static_cast<int>(altMachine.size()));
            minDuration.push_back(shortest);
            jobLength += shortest;
            totalMin += shortest;
        }
        jobFirst.push_back(opCount);
        lowerBound = std::max(lowerBound, jobLength);
    }
    for (const long load : forcedLoad)
        lowerBound = std::max(lowerBound, load);
    if (machineCount > 0)
        lowerBound = std::max(lowerBound, (totalMin + machineCount - 1) / machineCount);
}

SequenceGraph::SequenceGraph(const FlatProblem& problem)
    : m_problem(problem)
    , m_alt(static_cast<std::size_t>(problem.opCount), -1)
    , m_machine(static_cast<std::size_t>(problem.opCount), -1)
    , m_position(static_cast<std::size_t>(problem.opCount), -1)
    , m_duration(static_cast<std::size_t>(problem.opCount), 0)
    , m_head(static_cast<std::size_t>(problem.opCount), 0)
    , m_tail(static_cast<std::size_t>(problem.opCount), 0)
    , m_sequences(static_cast<std::size_t>(problem.machineCount))
    , m_inDegree(static_cast<std::size_t>(problem.opCount), 0)
{
    m_order.reserve(static_cast<std::size_t>(problem.opCount));
}

void SequenceGraph::clear()
{
    for (auto& sequence : m_sequences)
        sequence.clear();
    std::fill(m_alt.begin(), m_alt.end(), -1);
}

void SequenceGraph::append(int op, int alt)
{
    const int machine = m_problem.altMachine[alt];
    m_alt[op] = alt;
    m_machine[op] = machine;
    m_duration[op] = m_problem.altDuration[alt];
    m_position[op] = static_cast<int>(m_sequences[machine].size());
    m_sequences[machine].push_back(op);
}

bool SequenceGraph::evaluate()
{
    const int n = m_problem.opCount;
    m_order.clear();
    for (int o = 0; o < n; ++o) {
        m_inDegree[o] = (m_problem.jobPrev[o] >= 0 ? 1 : 0) + (m_position[o] > 0 ? 1 : 0);
        if (m_inDegree[o] == 0)
            m_order.push_back(o);
    }
    // Kahn's algorithm: every operation has at most two predecessors (job and
    // machine), so one pass yields a topological order or exposes a cycle.
    for (std::size_t k = 0; k < m_order.size(); ++k) {
        const int o = m_order[k];
        const auto& sequence = m_sequences[m_machine[o]];
        const int pos = m_position[o];
        long start = jobReady(o);
        if (pos > 0)
            start = std::max(start, end(sequence[pos - 1]));
        m_head[o] = start;
        const int js = m_problem.jobNext[o];
        if (js >= 0 && --m_inDegree[js] == 0)
            m_order.push_back(js);
        if (pos + 1 < static_cast<int>(sequence.size()) && --m_inDegree[sequence[pos + 1]] == 0)
            m_order.push_back(sequence[pos + 1]);
    }
    if (static_cast<int>(m_order.size()) != n)
        return false;
    m_makespan = 0;
    for (int k = n - 1; k >= 0; --k) {
        const int o = m_order[k];
        const auto& sequence = m_sequences[m_machine[o]];
        const int pos = m_position[o];
        long rest = jobRemaining(o);
        if (pos + 1 < static_cast<int>(sequence.size())) {
            const int ms = sequence[pos + 1];
            rest = std::max(rest, m_duration[ms] + m_tail[ms]);
        }
        m_tail[o] = rest;
        m_makespan = std::max(m_makespan, m_head[o] + m_duration[o] + rest);
    }
    return true;
}

void SequenceGraph::criticalPath(std::vector<int>& path, Rng& rng) const
{
    path.clear();
    int last = -1;
    int ties = 0;
    for (int o = 0; o < m_problem.opCount; ++o) {
        if (end(o) == m_makespan && m_tail[o] == 0 && rng.below(++ties) == 0)
            last = o;
    }
    // Walk back along tight arcs: a predecessor ending exactly at the head of the
    // current operation lies on the same longest path.
    for (int o = last; o >= 0;) {
        path.push_back(o);
        const int jp = m_problem.jobPrev[o];
        const int pos = m_position[o];
        const int mp = pos > 0 ? m_sequences[m_machine[o]][pos - 1] : -1;
        const bool jobTight = jp >= 0 && end(jp) == m_head[o];
        const bool machineTight = mp >= 0 && end(mp) == m_head[o];
        if (jobTight && machineTight)
            o = rng.below(2) == 0 ? jp : mp;
        else
            o = jobTight ? jp : (machineTight ? mp : -1);
    }
    std::reverse(path.begin(), path.end());
}

void SequenceGraph::renumber(int machine, int from)
{
    const auto& sequence = m_sequences[machine];
    for (int i = std::max(from, 0); i < static_cast<int>(sequence.size()); ++i)
        m_position[sequence[i]] = i;
}

void SequenceGraph::moveWithinMachine(int machine, int from, int to)
{
    auto& sequence = m_sequences[machine];
    if (from < to)
        std::rotate(sequence.begin() + from, sequence.begin() + from + 1, sequence.begin() + to + 1);
    else if (to < from)
        std::rotate(sequence.begin() + to, sequence.begin() + from, sequence.begin() + from + 1);
    for (int i = std::min(from, to); i <= std::max(from, to); ++i)
        m_position[sequence[i]] = i;
}

void SequenceGraph::reassign(int op, int alt, int position)
{
    auto& oldSequence = m_sequences[m_machine[op]];
    oldSequence.erase(oldSequence.begin() + m_position[op]);
    renumber(m_machine[op], m_position[op]);
    const int machine = m_problem.altMachine[alt];
    auto& sequence = m_sequences[machine];
    sequence.insert(sequence.begin() + position, op);
    m_alt[op] = alt;
    m_machine[op] = machine;
    m_duration[op] = m_problem.altDuration[alt];
    renumber(machine, position);
}

void SequenceGraph::save(Snapshot& snapshot) const
{
    snapshot.alt = m_alt;
    snapshot.sequences = m_sequences;
    snapshot.makespan = m_makespan;
}

void SequenceGraph::restore(const Snapshot& snapshot)
{
    m_alt = snapshot.alt;
    m_sequences = snapshot.sequences;
    for (int o = 0; o < m_problem.opCount; ++o) {
        m_machine[o] = m_problem.altMachine[m_alt[o]];
        m_duration[o] = m_problem.altDuration[m_alt[o]];
    }
    for (int machine = 0; machine < m_problem.machineCount; ++machine)
        renumber(machine, 0);
    evaluate();
}

JobShopSolution SequenceGraph::toSolution() const
{
    JobShopSolution solution;
    solution.makespan = m_makespan;
    solution.operations.reserve(static_cast<std::size_t>(m_problem.opCount));
    for (int o = 0; o < m_problem.opCount; ++o)
        solution.operations.push_back(
            {m_problem.jobOf[o], m_problem.indexInJob[o], m_machine[o], m_head[o], end(o)});
    return solution;
}

} // namespace pmc::core::scheduling::detail
