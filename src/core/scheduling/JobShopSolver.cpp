#include "core/scheduling/JobShopSolver.h"

#include "core/scheduling/Construction.h"
#include "core/scheduling/SequenceGraph.h"
#include "core/scheduling/TabuSearch.h"

#include <algorithm>
#include <chrono>

namespace pmc::core::scheduling {

namespace {

using Clock = std::chrono::steady_clock;

// Randomised constructions are cheap next to the search, but with no budget they
// are all the optimisation there is.
constexpr int kRandomizedRunsWithoutSearch = 32;
constexpr int kRandomizedRunsBeforeSearch = 8;

} // namespace

JobShopSolution solveJobShop(const JobShopInstance& instance, const JobShopOptions& options)
{
    const auto started = Clock::now();
    const double seconds = std::clamp(options.seconds, 0.0, 1e7);
    const auto deadline = started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    // The clock is read once per search step (microseconds), well inside the
    // 0.2 s tolerance promised to callers.
    const auto stop = [&] { return Clock::now() >= deadline || (options.cancelled && options.cancelled()); };
    // Without a budget the randomised constructions still get a short, fixed
    // allowance (they finish far inside it for usual sizes, keeping the result
    // deterministic); with one, they may use a quarter of it.
    const bool search = seconds > 0;
    const auto constructionDeadline = started
        + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(search ? seconds / 4 : 0.1));
    const auto constructionStop = [&] {
        return Clock::now() >= constructionDeadline || (options.cancelled && options.cancelled());
    };

    const detail::FlatProblem problem(instance);
    detail::SequenceGraph graph(problem);
    detail::Rng rng(options.seed);
    detail::constructInitial(graph, rng, search ? kRandomizedRunsBeforeSearch : kRandomizedRunsWithoutSearch,
                             constructionStop);
    if (options.improved)
        options.improved(graph.makespan());
    if (search && problem.opCount > 0) {
        detail::TabuSearch tabu(graph, rng);
        tabu.run(stop, options.improved);
    }
    return graph.toSolution();
}

} // namespace pmc::core::scheduling
