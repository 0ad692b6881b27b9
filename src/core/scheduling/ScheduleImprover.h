#pragma once

#include "core/scheduling/ScheduleDecoder.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"

#include <chrono>
#include <random>
#include <vector>

namespace pmc::core {

/// Anytime local search over the dispatch order (late-acceptance hill climbing): a move takes
/// one job to another position of the sequence, dragging along the descendants (moving
/// earlier) or ancestors (moving later) it would otherwise pass, so the order keeps children
/// before parents; every candidate is re-decoded by the construction's list scheduling.
/// Tardy jobs are preferred for moves to the front. Deterministic for a seed and a number of
/// candidates. Holds references to the problem, decoder and options, which must outlive it;
/// single thread.
class ScheduleImprover {
public:
    ScheduleImprover(const ScheduleProblem& problem, ScheduleDecoder& decoder, const ScheduleOptions& options);

    /// The best sequence found and its evaluation.
    struct Outcome {
        std::vector<int> sequence;
        ScheduleEvaluation evaluation;
        long long iterations = 0;
        bool cancelled = false;
    };

    /// Searches from `initial` (already decoded to `initialEvaluation`) until the time budget,
    /// the iteration limit or cancellation; the decoder's last schedule is then unspecified.
    Outcome improve(std::vector<int> initial, ScheduleEvaluation initialEvaluation);

private:
    /// Moves job `job` to position `target`, with the relatives it must keep order with.
    void moveJob(std::vector<int>& sequence, int job, int target);
    int pickTardyJob(const std::vector<int>& tardyJobs);
    bool stopRequested(long long iterations, std::chrono::steady_clock::time_point deadline, bool& cancelled) const;

    const ScheduleProblem& m_problem;
    ScheduleDecoder& m_decoder;
    const ScheduleOptions& m_options;
    std::mt19937_64 m_random;
    std::vector<int> m_position; ///< scratch: position of each job in the sequence being moved
    std::vector<char> m_moving;  ///< scratch: jobs that take part in the current move
    std::vector<int> m_stack;    ///< scratch
    std::vector<int> m_buffer;   ///< scratch
};

} // namespace pmc::core
