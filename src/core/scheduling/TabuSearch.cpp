#include "core/scheduling/TabuSearch.h"

#include <algorithm>
#include <limits>

namespace pmc::core::scheduling::detail {

namespace {

// Arc tabu tables larger than this fall back to a hashed table: a rare collision
// only makes an arc spuriously tabu, which the search tolerates.
constexpr std::size_t kMaxArcTable = std::size_t{1} << 22;
// Caps the run so that, with a generous budget, the result is still deterministic;
// also keeps the 32-bit tabu clock far from overflow.
constexpr std::int64_t kMaxIterations = 500'000'000;
constexpr std::size_t kEliteSize = 8;
constexpr long kInvalid = std::numeric_limits<long>::max();

} // namespace

TabuSearch::TabuSearch(SequenceGraph& graph, Rng& rng)
    : m_graph(graph)
    , m_problem(graph.problem())
    , m_rng(rng)
    , m_altTabu(m_problem.altMachine.size(), 0)
{
    std::size_t total = 0;
    for (const int count : m_problem.machineAltCount) {
        m_arcBase.push_back(total);
        total += static_cast<std::size_t>(count) * static_cast<std::size_t>(count);
    }
    if (total > kMaxArcTable) {
        m_arcBase.clear();
        total = kMaxArcTable;
    }
    m_arcTabu.assign(total, 0);
    const int machines = std::max(1, m_problem.machineCount);
    // Zhang et al. use 10 + n/m; a shorter list did better here with the
    // "any passed arc" tabu rule, which forbids more than a single swap would.
    m_tenure = 6 + m_problem.jobCount / machines;
}

std::int32_t& TabuSearch::arcTabu(int before, int after)
{
    if (m_arcBase.empty()) {
        const auto key = static_cast<std::uint64_t>(before) * 0x9E3779B97F4A7C15ULL
            ^ static_cast<std::uint64_t>(after) * 0xC2B2AE3D27D4EB4FULL;
        return m_arcTabu[(key >> 20) % kMaxArcTable];
    }
    const int machine = m_graph.machine(before);
    const auto count = static_cast<std::size_t>(m_problem.machineAltCount[machine]);
    const auto rankBefore = static_cast<std::size_t>(m_problem.altRank[m_graph.alt(before)]);
    const auto rankAfter = static_cast<std::size_t>(m_problem.altRank[m_graph.alt(after)]);
    return m_arcTabu[m_arcBase[machine] + rankBefore * count + rankAfter];
}

// Heads and tails of the reordered segment are recomputed from the unchanged
// neighbours; the longest path through the segment estimates the new makespan
// (exact unless the move also shifts heads of the neighbours' job predecessors).
long TabuSearch::estimateShift(int machine, int from, int to)
{
    const auto& sequence = m_graph.sequence(machine);
    const int low = std::min(from, to);
    const int high = std::max(from, to);
    const int count = high - low + 1;
    // k-th operation of the segment in its new order.
    const auto reordered = [&](int k) {
        if (from < to)
            return k + 1 == count ? sequence[from] : sequence[from + 1 + k];
        return k == 0 ? sequence[from] : sequence[to + k - 1];
    };
    if (static_cast<int>(m_segmentHead.size()) < count)
        m_segmentHead.resize(static_cast<std::size_t>(count));
    long previousEnd = low > 0 ? m_graph.end(sequence[low - 1]) : 0;
    for (int k = 0; k < count; ++k) {
        const int op = reordered(k);
        m_segmentHead[k] = std::max(previousEnd, m_graph.jobReady(op));
        previousEnd = m_segmentHead[k] + m_graph.duration(op);
    }
    long nextRest = 0;
    if (high + 1 < static_cast<int>(sequence.size()))
        nextRest = m_graph.duration(sequence[high + 1]) + m_graph.tail(sequence[high + 1]);
    long estimate = 0;
    for (int k = count - 1; k >= 0; --k) {
        const int op = reordered(k);
        const long rest = std::max(nextRest, m_graph.jobRemaining(op));
        estimate = std::max(estimate, m_segmentHead[k] + m_graph.duration(op) + rest);
        nextRest = m_graph.duration(op) + rest;
    }
    return estimate;
}

void TabuSearch::addShift(int machine, int from, int to)
{
    const int op = m_graph.sequence(machine)[from];
    m_moves.push_back({estimateShift(machine, from, to), op, m_graph.alt(op), m_graph.alt(op), from, to, false});
}

bool TabuSearch::isTabu(const Move& move)
{
    if (move.alt != move.previousAlt)
        return m_altTabu[move.alt] > m_clock;
    const auto& sequence = m_graph.sequence(m_graph.machine(move.op));
    // Moving right creates arcs x -> op for the passed operations, moving left op -> x.
    for (int i = std::min(move.from, move.to); i <= std::max(move.from, move.to); ++i) {
        if (i == move.from)
            continue;
        const std::int32_t until =
            move.from < move.to ? arcTabu(sequence[i], move.op) : arcTabu(move.op, sequence[i]);
        if (until > m_clock)
            return true;
    }
    return false;
}

// N7 moves on the block path[first..last]. As in N5/N6, the first block's head and
// the last block's tail are left alone: changing them cannot shorten the path.
void TabuSearch::addBlockMoves(int first, int last, bool pathStart, bool pathEnd)
{
    const int machine = m_graph.machine(m_path[first]);
    const int begin = m_graph.position(m_path[first]);
    const int end = m_graph.position(m_path[last]);
    if (end - begin == 1) {
        if (!(pathStart && pathEnd))
            addShift(machine, begin, end);
        return;
    }
    for (int i = begin + 1; i <= end; ++i) {
        if (!pathStart)
            addShift(machine, i, begin);
        if (!pathEnd && i < end)
            addShift(machine, end, i);
    }
    for (int i = begin; i < end; ++i) {
        if (!pathEnd)
            addShift(machine, i, end);
        if (!pathStart && i > begin)
            addShift(machine, begin, i);
    }
}

// Mastrolilli–Gambardella: inserting op after every operation that should precede
// it (long tail, early end) and before every one that should follow it keeps the
// graph acyclic and contains the best position; only that range is scanned.
void TabuSearch::addReassignments(int op)
{
    const long ready = m_graph.jobReady(op);
    const long remaining = m_graph.jobRemaining(op);
    for (int alt = m_problem.altBegin[op]; alt < m_problem.altBegin[op + 1]; ++alt) {
        const int machine = m_problem.altMachine[alt];
        if (machine == m_graph.machine(op))
            continue;
        const auto& sequence = m_graph.sequence(machine);
        const int size = static_cast<int>(sequence.size());
        int low = 0;
        int high = size;
        for (int i = 0; i < size; ++i) {
            const int x = sequence[i];
            const bool endsLate = m_graph.end(x) > ready;
            const bool longTail = m_graph.duration(x) + m_graph.tail(x) > remaining;
            if (longTail && !endsLate)
                low = i + 1;
            if (endsLate && !longTail && high == size)
                high = i;
        }
        if (low > high)
            std::swap(low, high);
        long bestEstimate = kInvalid;
        int bestPosition = low;
        for (int t = low; t <= high; ++t) {
            const long before = t > 0 ? m_graph.end(sequence[t - 1]) : 0;
            const long after = t < size ? m_graph.duration(sequence[t]) + m_graph.tail(sequence[t]) : 0;
            const long estimate =
                std::max(ready, before) + m_problem.altDuration[alt] + std::max(remaining, after);
            if (estimate < bestEstimate) {
                bestEstimate = estimate;
                bestPosition = t;
            }
        }
        m_moves.push_back({bestEstimate, op, alt, m_graph.alt(op), m_graph.position(op), bestPosition, false});
    }
}

void TabuSearch::collectMoves()
{
    m_graph.criticalPath(m_path, m_rng);
    m_moves.clear();
    const int length = static_cast<int>(m_path.size());
    for (int first = 0; first < length;) {
        int last = first;
        while (last + 1 < length && m_graph.machine(m_path[last + 1]) == m_graph.machine(m_path[first])
               && m_graph.position(m_path[last + 1]) == m_graph.position(m_path[last]) + 1)
            ++last;
        if (last > first)
            addBlockMoves(first, last, first == 0, last == length - 1);
        first = last + 1;
    }
    if (m_problem.flexible) {
        for (const int op : m_path)
            addReassignments(op);
    }
}

// Lowest estimate among non-tabu (or aspirating) moves, ties broken at random; if
// every move is tabu, the lowest estimate overall; -1 when no move is left. Tabu
// status is checked lazily, best estimate first, as it costs as much as an estimate.
int TabuSearch::pickMove(long bestMakespan)
{
    int fallback = -1;
    for (;;) {
        int chosen = -1;
        int ties = 0;
        for (int i = 0; i < static_cast<int>(m_moves.size()); ++i) {
            const Move& move = m_moves[i];
            if (move.estimate == kInvalid || move.tabu)
                continue;
            if (chosen < 0 || move.estimate < m_moves[chosen].estimate) {
                chosen = i;
                ties = 1;
            } else if (move.estimate == m_moves[chosen].estimate && m_rng.below(++ties) == 0) {
                chosen = i;
            }
        }
        if (chosen < 0)
            return fallback;
        if (m_moves[chosen].estimate < bestMakespan || !isTabu(m_moves[chosen]))
            return chosen;
        m_moves[chosen].tabu = true;
        if (fallback < 0)
            fallback = chosen;
    }
}

bool TabuSearch::applyMove(const Move& move)
{
    if (move.alt == move.previousAlt)
        m_graph.moveWithinMachine(m_graph.machine(move.op), move.from, move.to);
    else
        m_graph.reassign(move.op, move.alt, move.to);
    return m_graph.evaluate();
}

void TabuSearch::undoMove(const Move& move)
{
    if (move.alt == move.previousAlt)
        m_graph.moveWithinMachine(m_graph.machine(move.op), move.to, move.from);
    else
        m_graph.reassign(move.op, move.previousAlt, move.from);
    m_graph.evaluate();
}

void TabuSearch::markTabu(const Move& move)
{
    const int until = m_clock + m_tenure + m_rng.below(m_tenure / 2 + 1);
    if (move.alt != move.previousAlt) {
        m_altTabu[move.previousAlt] = until;
        return;
    }
    // Forbid restoring the order the moved operation had with every operation it
    // passed.
    const auto& sequence = m_graph.sequence(m_graph.machine(move.op));
    for (int i = std::min(move.from, move.to); i <= std::max(move.from, move.to); ++i) {
        if (i == move.to)
            continue;
        if (move.from < move.to)
            arcTabu(move.op, sequence[i]) = until;
        else
            arcTabu(sequence[i], move.op) = until;
    }
}

void TabuSearch::addElite(const SequenceGraph::Snapshot& snapshot)
{
    for (const auto& elite : m_elite) {
        if (elite.makespan == snapshot.makespan && elite.sequences == snapshot.sequences)
            return;
    }
    const auto at = std::find_if(m_elite.begin(), m_elite.end(),
                                 [&](const auto& elite) { return elite.makespan > snapshot.makespan; });
    m_elite.insert(at, snapshot);
    if (m_elite.size() > kEliteSize)
        m_elite.pop_back();
}

// Continues from an elite solution (biased towards the best) after a few random
// neighbourhood moves, so the next run explores a different region nearby.
void TabuSearch::restart()
{
    const int size = static_cast<int>(m_elite.size());
    m_graph.restore(m_elite[std::min(m_rng.below(size), m_rng.below(size))]);
    const int strength = 1 + m_rng.below(2);
    for (int step = 0; step < strength; ++step) {
        collectMoves();
        if (m_moves.empty())
            break;
        const Move& move = m_moves[m_rng.below(static_cast<int>(m_moves.size()))];
        if (!applyMove(move))
            undoMove(move);
    }
    // Jumping the clock past every tenure expires the old tabu entries at once.
    m_clock += 2 * m_tenure + 2;
}

void TabuSearch::run(const std::function<bool()>& stop, const std::function<void(long)>& improved)
{
    SequenceGraph::Snapshot best;
    m_graph.save(best);
    SequenceGraph::Snapshot runBest = best;
    // Long runs before restarting paid off on the benchmarks: the tabu walk keeps
    // finding improvements long after its last one.
    const long maxStall = 12000 + 30L * m_problem.opCount;
    long stall = 0;
    for (std::int64_t iteration = 0; iteration < kMaxIterations; ++iteration, ++m_clock) {
        if (best.makespan <= m_problem.lowerBound || stop())
            break;
        collectMoves();
        bool moved = false;
        while (!moved) {
            const int chosen = pickMove(best.makespan);
            if (chosen < 0)
                break;
            moved = applyMove(m_moves[chosen]);
            if (moved) {
                markTabu(m_moves[chosen]);
            } else {
                // The estimate cannot see every cycle (zero durations, approximate
                // heads); drop the move and take the next best.
                undoMove(m_moves[chosen]);
                m_moves[chosen].estimate = kInvalid;
            }
        }
        if (moved && m_graph.makespan() < runBest.makespan) {
            m_graph.save(runBest);
            stall = 0;
            if (runBest.makespan < best.makespan) {
                best = runBest;
                if (improved)
                    improved(best.makespan);
            }
        } else if (!moved || ++stall >= maxStall) {
            addElite(runBest);
            restart();
            m_graph.save(runBest);
            stall = 0;
        }
    }
    m_graph.restore(best);
}

} // namespace pmc::core::scheduling::detail
