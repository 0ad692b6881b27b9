#pragma once

#include "core/scheduling/SequenceGraph.h"

#include <functional>

namespace pmc::core::scheduling::detail {

// Builds Giffler–Thompson active schedules with several priority rules (most work
// remaining, most operations remaining, shortest processing time) and, for flexible
// instances, with both on-line machine choice and a load-balanced preassignment;
// then `randomizedRuns` noisy variants while `timeUp` stays false. Leaves the best
// (evaluated) schedule in `graph`.
void constructInitial(SequenceGraph& graph, Rng& rng, int randomizedRuns, const std::function<bool()>& timeUp);

} // namespace pmc::core::scheduling::detail
