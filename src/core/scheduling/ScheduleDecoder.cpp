#include "core/scheduling/ScheduleDecoder.h"

#include <algorithm>
#include <climits>
#include <iterator>

namespace pmc::core {

std::array<long long, 3> objectiveKey(const ScheduleEvaluation& evaluation, const ObjectiveOrder& order)
{
    std::array<long long, 3> key{};
    for (std::size_t i = 0; i < order.size(); ++i)
        switch (order[i]) {
        case ScheduleObjective::WeightedTardiness: key[i] = evaluation.weightedTardiness; break;
        case ScheduleObjective::Makespan: key[i] = evaluation.makespan; break;
        case ScheduleObjective::Changeovers: key[i] = evaluation.changeoverMinutes; break;
        }
    return key;
}

ScheduleDecoder::ScheduleDecoder(const ScheduleProblem& problem, const Calendar& calendar)
    : m_problem(problem), m_changeovers(problem.hasChangeovers())
{
    for (std::size_t wc = 0; wc < problem.workCenters.size(); ++wc) {
        m_workingTime.emplace_back(calendar, problem.today, problem.workCenters[wc]);
        m_pinned.emplace_back(static_cast<std::size_t>(problem.parallelUnits[wc]));
    }
    int placements = 0;
    for (const ScheduleJob& job : problem.jobs) {
        m_firstPlacement.push_back(placements);
        placements += static_cast<int>(job.operations.size());
        m_lateFrom.push_back(lateFromMinute(problem.today, job.due));
    }
    m_placements.resize(static_cast<std::size_t>(placements));
    m_completions.resize(problem.jobs.size());

    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        const ScheduleJob& job = problem.jobs[j];
        for (std::size_t op = 0; op < job.operations.size(); ++op) {
            const ScheduleJobOperation& o = job.operations[op];
            if (!o.isFixed())
                continue;
            const int index = m_firstPlacement[j] + static_cast<int>(op);
            const MinuteSpan span = workingTime(o.workCenter).place(o.fixedStart, o.duration);
            m_placements[static_cast<std::size_t>(index)] = {o.fixedUnit, span, 0};
            if (o.duration > 0)
                insert(m_pinned[static_cast<std::size_t>(o.workCenter)][static_cast<std::size_t>(o.fixedUnit)],
                       {span, job.family, 0, index});
        }
    }
    for (const auto& units : m_pinned)
        for (const Timeline& timeline : units)
            for (std::size_t k = 1; k < timeline.size(); ++k)
                if (timeline[k].span.start < timeline[k - 1].span.end)
                    m_overlappingPins.emplace_back(timeline[k - 1].operation, timeline[k].operation);
    m_busy = m_pinned;
}

void ScheduleDecoder::insert(Timeline& timeline, const Busy& busy)
{
    const auto at = std::upper_bound(timeline.begin(), timeline.end(), busy.span.start,
                                     [](int m, const Busy& b) { return m < b.span.start; });
    timeline.insert(at, busy);
}

void ScheduleDecoder::setOperationReleases(std::vector<int> releases, std::vector<int> preferredUnits, bool unitsRequired)
{
    m_release = std::move(releases);
    m_preferredUnit = std::move(preferredUnits);
    m_unitsRequired = unitsRequired;
}

long long ScheduleDecoder::weightedTardiness(int job, int completionMinute) const
{
    // Late by the minutes past 23:59 of the due date, so that finishing at 24:00 counts.
    const long long tardy = completionMinute - (m_lateFrom[static_cast<std::size_t>(job)] - 1);
    return tardy > 0 ? tardy * m_problem.jobs[static_cast<std::size_t>(job)].weight : 0;
}

bool ScheduleDecoder::leavesChangeoverTime(int workCenter, int end, int family, const Busy& next)
{
    const int needed = m_problem.changeoverMinutes(workCenter, family, next.family);
    if (needed <= next.changeover)
        return true;
    return workingTime(workCenter).workingMinutesBetween(end, next.span.start) + next.changeover >= needed;
}

OperationPlacement ScheduleDecoder::placeOperation(int workCenter, int earliest, int duration, int family,
                                                   int preferredUnit)
{
    WorkingTime& time = workingTime(workCenter);
    if (duration == 0) // occupies no unit time: no gap needed
        return {0, time.place(earliest, 0), 0};
    auto& units = m_busy[static_cast<std::size_t>(workCenter)];
    OperationPlacement best{-1, {0, INT_MAX}, 0};
    const bool onlyPreferred = m_unitsRequired && preferredUnit >= 0 && preferredUnit < static_cast<int>(units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        if (onlyPreferred && static_cast<int>(u) != preferredUnit)
            continue;
        const Timeline& busy = units[u];
        // Busy spans are disjoint and sorted, so their ends are sorted too: skip those over.
        auto next = std::upper_bound(busy.begin(), busy.end(), earliest,
                                     [](int m, const Busy& b) { return m < b.span.end; });
        int from = earliest;
        for (;; ++next) {
            const int changeover = m_changeovers && next != busy.begin()
                ? m_problem.changeoverMinutes(workCenter, std::prev(next)->family, family)
                : 0;
            // A gap shorter in clock minutes than the work cannot hold it: skip the calendar.
            if (next != busy.end() && next->span.start - from < changeover + duration) {
                if (next->span.end >= best.span.end)
                    break;
                from = std::max(from, next->span.end);
                continue;
            }
            const MinuteSpan span = time.place(from, changeover + duration);
            if (next == busy.end()
                || (span.end <= next->span.start && (!m_changeovers || leavesChangeoverTime(workCenter, span.end, family, *next)))) {
                if (span.end < best.span.end || (span.end == best.span.end && static_cast<int>(u) == preferredUnit))
                    best = {static_cast<int>(u), span, changeover};
                break;
            }
            // Cannot beat the best unit any more once the gap search starts after its end.
            if (next->span.end >= best.span.end)
                break;
            from = std::max(from, next->span.end);
        }
    }
    insert(units[static_cast<std::size_t>(best.unit)], {best.span, family, best.changeover});
    return best;
}

void ScheduleDecoder::begin()
{
    for (std::size_t wc = 0; wc < m_busy.size(); ++wc)
        for (std::size_t u = 0; u < m_busy[wc].size(); ++u)
            m_busy[wc][u].assign(m_pinned[wc][u].begin(), m_pinned[wc][u].end());
    m_evaluation = {};
    m_nextOperation.assign(m_problem.jobs.size(), 0);
    m_readyAt.assign(m_problem.jobs.size(), 0);
}

int ScheduleDecoder::readyMinute(int j) const
{
    const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(j)];
    int ready = std::max(0, job.materialReadyMinute);
    for (int child : job.children)
        ready = std::max(ready, m_completions[static_cast<std::size_t>(child)]);
    return ready;
}

int ScheduleDecoder::placeStep(int j, std::size_t op, int ready)
{
    const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(j)];
    const auto index = static_cast<std::size_t>(m_firstPlacement[static_cast<std::size_t>(j)]) + op;
    const ScheduleJobOperation& o = job.operations[op];
    OperationPlacement& p = m_placements[index];
    if (!o.isFixed()) {
        const int earliest = m_release.empty() ? ready : std::max(ready, m_release[index]);
        p = placeOperation(o.workCenter, earliest, o.duration, job.family,
                           m_preferredUnit.empty() ? -1 : m_preferredUnit[index]);
    }
    m_evaluation.makespan = std::max(m_evaluation.makespan, p.span.end);
    m_evaluation.changeoverMinutes += p.changeover;
    return p.span.end + o.minutesAfter;
}

void ScheduleDecoder::complete(int j, int completion)
{
    m_completions[static_cast<std::size_t>(j)] = completion;
    m_evaluation.weightedTardiness += weightedTardiness(j, completion);
}

void ScheduleDecoder::add(int j)
{
    const ScheduleJob& job = m_problem.jobs[static_cast<std::size_t>(j)];
    int ready = readyMinute(j);
    for (std::size_t op = 0; op < job.operations.size(); ++op)
        ready = placeStep(j, op, ready);
    complete(j, ready);
}

void ScheduleDecoder::addOperation(int j)
{
    const auto k = static_cast<std::size_t>(j);
    const ScheduleJob& job = m_problem.jobs[k];
    if (m_nextOperation[k] == 0)
        m_readyAt[k] = readyMinute(j);
    if (static_cast<std::size_t>(m_nextOperation[k]) < job.operations.size())
        m_readyAt[k] = placeStep(j, static_cast<std::size_t>(m_nextOperation[k]++), m_readyAt[k]);
    if (static_cast<std::size_t>(m_nextOperation[k]) == job.operations.size()) {
        complete(j, m_readyAt[k]);
        ++m_nextOperation[k]; // a job without operations completes once
    }
}

ScheduleEvaluation ScheduleDecoder::decode(const std::vector<int>& sequence)
{
    begin();
    for (int j : sequence)
        add(j);
    return m_evaluation;
}

} // namespace pmc::core
