#include "core/scheduling/ScheduleImprover.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace pmc::core {

namespace {

// Late acceptance compares a candidate with the state of this many iterations ago, which lets
// the search walk through slightly worse dispatch orders without the tuning annealing needs.
constexpr std::size_t kHistoryLength = 100;
constexpr long long kProgressEvery = 1000;

} // namespace

ScheduleImprover::ScheduleImprover(const ScheduleProblem& problem, ScheduleDecoder& decoder,
                                   const ScheduleOptions& options)
    : m_problem(problem), m_decoder(decoder), m_options(options), m_random(options.seed)
{
}

void ScheduleImprover::moveJob(std::vector<int>& sequence, int job, int target)
{
    const std::size_t n = sequence.size();
    m_position.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_position[static_cast<std::size_t>(sequence[i])] = static_cast<int>(i);
    const int from = m_position[static_cast<std::size_t>(job)];
    if (from == target)
        return;
    const bool earlier = target < from;
    // Moving earlier, descendants placed at or after the target come along (in their order),
    // so no child ends up behind its parent; moving later, the same holds for ancestors.
    m_moving.assign(n, 0);
    m_moving[static_cast<std::size_t>(job)] = 1;
    m_stack.assign(1, job);
    while (!m_stack.empty()) {
        const ScheduleJob& x = m_problem.jobs[static_cast<std::size_t>(m_stack.back())];
        m_stack.pop_back();
        for (int relative : earlier ? x.children : x.parents) {
            const int at = m_position[static_cast<std::size_t>(relative)];
            if (!m_moving[static_cast<std::size_t>(relative)] && (earlier ? at >= target : at <= target)) {
                m_moving[static_cast<std::size_t>(relative)] = 1;
                m_stack.push_back(relative);
            }
        }
    }
    const auto moving = [&](int j) { return m_moving[static_cast<std::size_t>(j)] != 0; };
    const auto t = static_cast<std::ptrdiff_t>(target);
    m_buffer.clear();
    if (earlier) {
        m_buffer.insert(m_buffer.end(), sequence.begin(), sequence.begin() + t);
        std::copy_if(sequence.begin() + t, sequence.end(), std::back_inserter(m_buffer), moving);
        std::remove_copy_if(sequence.begin() + t, sequence.end(), std::back_inserter(m_buffer), moving);
    } else {
        std::remove_copy_if(sequence.begin(), sequence.begin() + t + 1, std::back_inserter(m_buffer), moving);
        std::copy_if(sequence.begin(), sequence.begin() + t + 1, std::back_inserter(m_buffer), moving);
        m_buffer.insert(m_buffer.end(), sequence.begin() + t + 1, sequence.end());
    }
    sequence.swap(m_buffer);
}

int ScheduleImprover::pickTardyJob(const std::vector<int>& tardyJobs)
{
    std::uniform_int_distribution<std::size_t> pick(0, tardyJobs.size() - 1);
    return tardyJobs[pick(m_random)];
}

bool ScheduleImprover::stopRequested(long long iterations, std::chrono::steady_clock::time_point deadline,
                                     bool& cancelled) const
{
    if (m_options.maxIterations > 0 && iterations >= m_options.maxIterations)
        return true;
    if (m_options.cancelled && m_options.cancelled()) {
        cancelled = true;
        return true;
    }
    return std::chrono::steady_clock::now() >= deadline;
}

ScheduleImprover::Outcome ScheduleImprover::improve(std::vector<int> initial, ScheduleEvaluation initialEvaluation)
{
    using Clock = std::chrono::steady_clock;
    Outcome best{initial, initialEvaluation, 0, false};
    const std::size_t n = initial.size();
    if (n < 2 || m_options.seconds <= 0)
        return best;
    const Clock::time_point started = Clock::now();
    const auto budget = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_options.seconds));
    // Decoding one candidate is not interruptible, so stop when the slowest one seen so far
    // would no longer fit into the budget.
    Clock::duration slowestDecode{0};

    const auto tardyJobsOfLastDecode = [this](std::vector<int>& tardy) {
        tardy.clear();
        const std::vector<int>& completions = m_decoder.completions();
        for (std::size_t j = 0; j < completions.size(); ++j)
            if (m_decoder.weightedTardiness(static_cast<int>(j), completions[j]) > 0)
                tardy.push_back(static_cast<int>(j));
    };
    const auto report = [&] {
        if (!m_options.progress)
            return;
        m_options.progress({best.iterations, std::chrono::duration<double>(Clock::now() - started).count(),
                            best.evaluation.weightedTardiness, best.evaluation.makespan,
                            best.evaluation.changeoverMinutes});
    };

    std::vector<int> current = std::move(initial);
    ScheduleEvaluation currentEvaluation = initialEvaluation;
    std::vector<int> tardy;
    tardyJobsOfLastDecode(tardy);
    using Key = std::array<long long, 3>;
    const auto keyOf = [this](const ScheduleEvaluation& e) { return objectiveKey(e, m_options.objectives); };
    Key currentKey = keyOf(currentEvaluation);
    Key bestKey = currentKey;
    std::vector<Key> history(kHistoryLength, currentKey);
    std::vector<int> candidate;
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::uniform_int_distribution<int> anyJob(0, static_cast<int>(n) - 1);
    std::vector<int> position(n);

    while (!stopRequested(best.iterations, started + budget - slowestDecode, best.cancelled)) {
        candidate = current;
        for (std::size_t i = 0; i < n; ++i)
            position[static_cast<std::size_t>(current[i])] = static_cast<int>(i);
        int job = anyJob(m_random);
        int target = anyJob(m_random);
        if (!tardy.empty() && coin(m_random) < 0.5) {
            // Pull a late job (with what it needs) towards the front.
            job = pickTardyJob(tardy);
            const int at = position[static_cast<std::size_t>(job)];
            // Half the pulls go a short way: a small move disturbs fewer other orders' placements.
            const int reach = coin(m_random) < 0.5 ? std::max(1, static_cast<int>(n) / 50) : at;
            target = at == 0 ? 0 : std::uniform_int_distribution<int>(std::max(0, at - reach), at - 1)(m_random);
        }
        moveJob(candidate, job, target);

        const Clock::time_point decodeStart = Clock::now();
        const ScheduleEvaluation evaluation = m_decoder.decode(candidate);
        const Key key = keyOf(evaluation);
        slowestDecode = std::max(slowestDecode, Clock::now() - decodeStart);
        const std::size_t slot = static_cast<std::size_t>(best.iterations) % kHistoryLength;
        ++best.iterations;
        if (key <= currentKey || key <= history[slot]) {
            current.swap(candidate);
            currentEvaluation = evaluation;
            currentKey = key;
            tardyJobsOfLastDecode(tardy);
        }
        history[slot] = currentKey;
        if (currentKey < bestKey) {
            best.sequence = current;
            best.evaluation = currentEvaluation;
            bestKey = currentKey;
            report();
        } else if (best.iterations % kProgressEvery == 0) {
            report();
        }
    }
    return best;
}

} // namespace pmc::core
