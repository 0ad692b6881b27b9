#pragma once

#include "core/scheduling/SequenceGraph.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace pmc::core::scheduling::detail {

// Tabu search on the disjunctive graph (see docs/jobshop.md):
// - sequencing moves of the N7 neighbourhood (Zhang et al. 2007): an operation of a
//   critical block is moved to the front or back of its block, or the first/last
//   operation into the block's interior, evaluated with the heads/tails estimate of
//   Balas & Vazacopoulos;
// - for flexible instances, reassignment of a critical operation to another
//   eligible machine at the best position among the Mastrolilli–Gambardella
//   insertion range, estimated from heads and tails;
// - an arc tabu list with randomised tenure and aspiration by best makespan;
// - restarts from a perturbed elite solution when the current run stalls.
class TabuSearch {
public:
    TabuSearch(SequenceGraph& graph, Rng& rng);

    // Improves the evaluated schedule held in the graph until `stop` returns true,
    // the trivial lower bound is reached or the iteration cap is hit; leaves the
    // best schedule found in the graph.
    void run(const std::function<bool()>& stop, const std::function<void(long)>& improved);

private:
    struct Move {
        long estimate;
        int op;
        int alt;         // target alternative
        int previousAlt; // equal to alt for sequencing moves
        int from; // current index in the machine sequence
        int to;   // target index (in the target sequence once op is removed)
        bool tabu; // known to be tabu (checked lazily)
    };

    void collectMoves();
    void addBlockMoves(int first, int last, bool pathStart, bool pathEnd);
    void addShift(int machine, int from, int to);
    void addReassignments(int op);
    bool isTabu(const Move& move);
    long estimateShift(int machine, int from, int to);
    bool applyMove(const Move& move);
    void undoMove(const Move& move);
    void markTabu(const Move& move);
    int pickMove(long bestMakespan);
    void restart();
    void addElite(const SequenceGraph::Snapshot& snapshot);
    std::int32_t& arcTabu(int before, int after);

    SequenceGraph& m_graph;
    const FlatProblem& m_problem;
    Rng& m_rng;
    std::vector<std::int32_t> m_arcTabu;
    std::vector<std::size_t> m_arcBase; // per machine offset; empty when hashing
    std::vector<std::int32_t> m_altTabu;
    std::vector<SequenceGraph::Snapshot> m_elite;
    std::vector<int> m_path;
    std::vector<Move> m_moves;
    std::vector<long> m_segmentHead;
    std::int32_t m_clock = 1; // tabu clock: entries hold the step until which they apply
    int m_tenure = 10;
};

} // namespace pmc::core::scheduling::detail
