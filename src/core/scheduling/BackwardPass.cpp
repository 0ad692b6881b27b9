#include "core/scheduling/BackwardPass.h"

#include <algorithm>
#include <climits>
#include <queue>
#include <stdexcept>
#include <tuple>

namespace pmc::core {

namespace {

using Timeline = std::vector<MinuteSpan>; // by start, disjoint

struct Placement {
    int unit = -1;
    MinuteSpan span{INT_MIN, INT_MIN};
};

// The latest gap of any unit where `duration` working minutes end by `latestEnd`.
Placement placeBackward(std::vector<Timeline>& units, WorkingTime& time, int latestEnd, int duration)
{
    Placement best;
    for (std::size_t u = 0; u < units.size(); ++u) {
        const Timeline& busy = units[u];
        auto after = std::lower_bound(busy.begin(), busy.end(), latestEnd,
                                      [](const MinuteSpan& s, int m) { return s.start < m; });
        int end = latestEnd;
        for (;;) {
            const std::optional<MinuteSpan> span = time.placeEndingBy(end, duration);
            if (!span || span->start <= best.span.start)
                break; // nothing fits before today, or it cannot beat the best unit
            if (after == busy.begin() || std::prev(after)->end <= span->start) {
                best = {static_cast<int>(u), *span};
                break;
            }
            --after;
            end = std::min(end, after->start);
        }
    }
    if (best.unit >= 0 && duration > 0) {
        Timeline& busy = units[static_cast<std::size_t>(best.unit)];
        busy.insert(std::upper_bound(busy.begin(), busy.end(), best.span.start,
                                     [](int m, const MinuteSpan& s) { return m < s.start; }),
                    best.span);
    }
    return best;
}

} // namespace

JustInTime backwardPass(const ScheduleProblem& problem, ScheduleDecoder& decoder, DispatchRule rule)
{
    if (rule != DispatchRule::EarliestDueDate && rule != DispatchRule::PriorityThenDueDate)
        throw std::invalid_argument(std::string("backward scheduling takes the rule edd or priority, not ")
                                    + toString(rule));
    const std::size_t n = problem.jobs.size();
    JustInTime jit;
    jit.start.assign(static_cast<std::size_t>(decoder.placementCount()), 0);
    jit.unit.assign(static_cast<std::size_t>(decoder.placementCount()), -1);
    jit.jobStart.assign(n, 0);

    std::vector<std::vector<Timeline>> busy(problem.workCenters.size());
    for (std::size_t wc = 0; wc < busy.size(); ++wc)
        busy[wc].resize(static_cast<std::size_t>(problem.parallelUnits[wc]));
    for (std::size_t j = 0; j < n; ++j)
        for (std::size_t op = 0; op < problem.jobs[j].operations.size(); ++op) {
            const ScheduleJobOperation& o = problem.jobs[j].operations[op];
            const MinuteSpan span = decoder.placement(static_cast<int>(j), static_cast<int>(op)).span;
            if (o.isFixed() && span.end > span.start) {
                Timeline& t = busy[static_cast<std::size_t>(o.workCenter)][static_cast<std::size_t>(o.fixedUnit)];
                t.insert(std::upper_bound(t.begin(), t.end(), span.start,
                                          [](int m, const MinuteSpan& s) { return m < s.start; }),
                         span);
            }
        }

    // The job that goes first gets the slots nearest its due date.
    using Key = std::tuple<int, int, std::string_view, int>; // smallest first
    const auto key = [&](int j) {
        const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
        const int lateDue = -(job.due - problem.today);
        return rule == DispatchRule::PriorityThenDueDate ? Key(job.priority, lateDue, job.id, j)
                                                         : Key(lateDue, job.priority, job.id, j);
    };
    std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
    std::vector<int> waitingFor(n);
    for (std::size_t j = 0; j < n; ++j) {
        waitingFor[j] = static_cast<int>(problem.jobs[j].parents.size());
        if (waitingFor[j] == 0)
            ready.push(key(static_cast<int>(j)));
    }
    while (!ready.empty()) {
        const int j = std::get<3>(ready.top());
        ready.pop();
        const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
        int latestEnd = lateFromMinute(problem.today, job.due);
        for (int parent : job.parents)
            latestEnd = std::min(latestEnd, jit.jobStart[static_cast<std::size_t>(parent)]);
        bool fits = latestEnd > 0;
        const int first = decoder.firstPlacement(j);
        for (int op = static_cast<int>(job.operations.size()) - 1; op >= 0; --op) {
            const ScheduleJobOperation& o = job.operations[static_cast<std::size_t>(op)];
            const auto index = static_cast<std::size_t>(first + op);
            latestEnd -= o.minutesAfter;
            if (o.isFixed()) {
                jit.unit[index] = o.fixedUnit;
                jit.start[index] = latestEnd = decoder.placement(j, op).span.start;
                continue;
            }
            if (!fits)
                continue;
            const Placement p = placeBackward(busy[static_cast<std::size_t>(o.workCenter)],
                                              decoder.workingTime(o.workCenter), latestEnd, o.duration);
            if (p.unit < 0) {
                fits = false;
                continue;
            }
            jit.unit[index] = p.unit;
            jit.start[index] = latestEnd = p.span.start;
        }
        jit.jobStart[static_cast<std::size_t>(j)] = fits ? std::max(0, latestEnd) : 0;
        for (int child : job.children)
            if (--waitingFor[static_cast<std::size_t>(child)] == 0)
                ready.push(key(child));
    }
    return jit;
}

} // namespace pmc::core
