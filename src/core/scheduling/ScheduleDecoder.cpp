#include "core/scheduling/ScheduleDecoder.h"

#include <algorithm>
#include <climits>

namespace pmc::core {

ScheduleDecoder::ScheduleDecoder(const ScheduleProblem& problem, const Calendar& calendar)
    : m_problem(problem)
{
    for (std::size_t wc = 0; wc < problem.workCenters.size(); ++wc) {
        m_workingTime.emplace_back(calendar, problem.today, problem.workCenters[wc]);
        m_busy.emplace_back(static_cast<std::size_t>(problem.parallelUnits[wc]));
    }
    int placements = 0;
    for (const ScheduleJob& job : problem.jobs) {
        m_firstPlacement.push_back(placements);
        placements += static_cast<int>(job.operations.size());
        m_lateFrom.push_back(lateFromMinute(problem.today, job.due));
    }
    m_placements.resize(static_cast<std::size_t>(placements));
    m_completions.resize(problem.jobs.size());
}

long long ScheduleDecoder::weightedTardiness(int job, int completionMinute) const
{
    // Late by the minutes past 23:59 of the due date, so that finishing at 24:00 counts.
    const long long tardy = completionMinute - (m_lateFrom[static_cast<std::size_t>(job)] - 1);
    return tardy > 0 ? tardy * m_problem.jobs[static_cast<std::size_t>(job)].weight : 0;
}

OperationPlacement ScheduleDecoder::placeOperation(int workCenter, int earliest, int duration)
{
    WorkingTime& time = m_workingTime[static_cast<std::size_t>(workCenter)];
    if (duration == 0) // occupies no unit time: no gap needed
        return {0, time.place(earliest, 0)};
    auto& units = m_busy[static_cast<std::size_t>(workCenter)];
    OperationPlacement best{-1, {0, INT_MAX}};
    for (std::size_t u = 0; u < units.size(); ++u) {
        const std::vector<MinuteSpan>& busy = units[u];
        // Busy spans are disjoint and sorted, so their ends are sorted too: skip those over.
        auto next = std::upper_bound(busy.begin(), busy.end(), earliest,
                                     [](int m, const MinuteSpan& s) { return m < s.end; });
        int from = earliest;
        for (;; ++next) {
            const MinuteSpan span = time.place(from, duration);
            if (next == busy.end() || span.end <= next->start) {
                if (span.end < best.span.end)
                    best = {static_cast<int>(u), span};
                break;
            }
            // Cannot beat the best unit any more once the gap search starts after its end.
            if (next->end >= best.span.end)
                break;
            from = std::max(from, next->end);
        }
    }
    auto& busy = units[static_cast<std::size_t>(best.unit)];
    const auto at = std::upper_bound(busy.begin(), busy.end(), best.span.start,
                                     [](int m, const MinuteSpan& s) { return m < s.start; });
    busy.insert(at, best.span);
    return best;
}

ScheduleEvaluation ScheduleDecoder::decode(const std::vector<int>& sequence)
{
    for (auto& units : m_busy)
        for (auto& busy : units)
            busy.clear();
    ScheduleEvaluation evaluation;
    for (int j : sequence) {
        const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(j)];
        int ready = std::max(0, job.materialReadyMinute);
        for (int child : job.children)
            ready = std::max(ready, m_completions[static_cast<std::size_t>(child)]);
        const int first = m_firstPlacement[static_cast<std::size_t>(j)];
        for (std::size_t op = 0; op < job.operations.size(); ++op) {
            const OperationPlacement p = placeOperation(job.operations[op].workCenter, ready, job.operations[op].duration);
            m_placements[static_cast<std::size_t>(first) + op] = p;
            ready = p.span.end + job.operations[op].minutesAfter;
            evaluation.makespan = std::max(evaluation.makespan, p.span.end);
        }
        m_completions[static_cast<std::size_t>(j)] = ready;
        evaluation.weightedTardiness += weightedTardiness(j, ready);
    }
    return evaluation;
}

} // namespace pmc::core
