#pragma once

#include "core/scheduling/JobShopInstance.h"
#include "core/scheduling/JobShopSolver.h"

#include <cstdint>
#include <vector>

namespace pmc::core::scheduling::detail {

// Small, fast and portable generator (SplitMix64): the standard distributions are
// implementation-defined, which would make results differ between toolchains.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); bound > 0.
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }

    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

// The instance flattened for the search: operations of all jobs are numbered
// consecutively (job 0 first), so job precedence is "previous index, same job".
struct FlatProblem {
    explicit FlatProblem(const JobShopInstance& instance);

    int jobCount = 0;
    int opCount = 0;
    int machineCount = 0;
    std::vector<int> jobOf;
    std::vector<int> indexInJob;
    std::vector<int> jobFirst; // jobCount + 1 entries
    std::vector<int> jobPrev;  // -1 for the first operation of a job
    std::vector<int> jobNext;  // -1 for the last operation of a job
    // Alternatives of operation o are altBegin[o] .. altBegin[o + 1] - 1.
    std::vector<int> altBegin;
    std::vector<int> altMachine;
    std::vector<long> altDuration;
    // Index of an alternative among all alternatives on the same machine, so
    // per-machine tables (tabu arcs) stay small.
    std::vector<int> altRank;
    std::vector<int> machineAltCount;
    std::vector<long> minDuration;
    bool flexible = false;
    // Trivial bound (longest job, heaviest forced machine load, average load):
    // reaching it proves optimality and ends the search early.
    long lowerBound = 0;
};

// Machine assignment + machine sequences of a solution, with the heads (earliest
// starts) and tails (longest path after the end) of the disjunctive graph.
class SequenceGraph {
public:
    struct Snapshot {
        std::vector<int> alt;
        std::vector<std::vector<int>> sequences;
        long makespan = 0;
    };

    explicit SequenceGraph(const FlatProblem& problem);

    const FlatProblem& problem() const { return m_problem; }

    // Construction: clear(), then append every operation exactly once.
    void clear();
    void append(int op, int alt);

    // Recomputes heads, tails and makespan; false if the sequences contain a cycle.
    bool evaluate();

    long makespan() const { return m_makespan; }
    long head(int op) const { return m_head[op]; }
    long tail(int op) const { return m_tail[op]; }
    long duration(int op) const { return m_duration[op]; }
    long end(int op) const { return m_head[op] + m_duration[op]; }
    int machine(int op) const { return m_machine[op]; }
    int alt(int op) const { return m_alt[op]; }
    int position(int op) const { return m_position[op]; }
    const std::vector<int>& sequence(int machine) const { return m_sequences[machine]; }

    // End of the job predecessor (0 if none) and duration + tail of the job successor.
    long jobReady(int op) const
    {
        const int p = m_problem.jobPrev[op];
        return p < 0 ? 0 : end(p);
    }
    long jobRemaining(int op) const
    {
        const int s = m_problem.jobNext[op];
        return s < 0 ? 0 : m_duration[s] + m_tail[s];
    }

    // One critical path from time 0 to the makespan; ties are broken at random so
    // repeated calls expose different critical blocks.
    void criticalPath(std::vector<int>& path, Rng& rng) const;

    // Moves the operation at index `from` of the machine sequence to index `to`
    // (index in the sequence after the removal).
    void moveWithinMachine(int machine, int from, int to);
    // Assigns op to alternative alt and inserts it at index `position` of that
    // machine's sequence.
    void reassign(int op, int alt, int position);

    void save(Snapshot& snapshot) const;
    // Restores and re-evaluates; snapshots always come from acyclic graphs.
    void restore(const Snapshot& snapshot);

    JobShopSolution toSolution() const;

private:
    void renumber(int machine, int from);

    const FlatProblem& m_problem;
    std::vector<int> m_alt;
    std::vector<int> m_machine;
    std::vector<int> m_position;
    std::vector<long> m_duration;
    std::vector<long> m_head;
    std::vector<long> m_tail;
    std::vector<std::vector<int>> m_sequences;
    std::vector<int> m_order;
    std::vector<int> m_inDegree;
    long m_makespan = 0;
};

} // namespace pmc::core::scheduling::detail
