#include "core/scheduling/Dispatch.h"

#include <algorithm>
#include <queue>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace pmc::core {

namespace {

// Adds the jobs in the order `next` chooses among the ready ones; `ready(j)` is told when a
// job's children are all placed.
template <typename Ready, typename Next>
std::vector<int> listSchedule(const ScheduleProblem& problem, ScheduleDecoder& decoder, Ready ready, Next next)
{
    const std::size_t n = problem.jobs.size();
    std::vector<int> waitingFor(n);
    for (std::size_t j = 0; j < n; ++j) {
        waitingFor[j] = static_cast<int>(problem.jobs[j].children.size());
        if (waitingFor[j] == 0)
            ready(static_cast<int>(j));
    }
    decoder.begin();
    std::vector<int> sequence;
    sequence.reserve(n);
    for (int j = next(); j >= 0; j = next()) {
        decoder.add(j);
        sequence.push_back(j);
        for (int parent : problem.jobs[static_cast<std::size_t>(j)].parents)
            if (--waitingFor[static_cast<std::size_t>(parent)] == 0)
                ready(parent);
    }
    if (sequence.size() != n)
        throw std::logic_error("the pegging of the planned orders forms a cycle");
    return sequence;
}

// Critical ratio and slack are fixed once a job is ready: its children's completions are known.
// Time left = working minutes of its first work center from ready until the due date is over,
// or, once past, minus the clock minutes since.
std::vector<int> dispatchByUrgency(const ScheduleProblem& problem, ScheduleDecoder& decoder, DispatchRule rule)
{
    using Key = std::tuple<double, Date, int, std::string_view, int>;
    std::priority_queue<Key, std::vector<Key>, std::greater<>> queue;
    const auto ready = [&](int j) {
        const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
        const int start = decoder.readyMinute(j);
        const int dueOver = lateFromMinute(problem.today, job.due);
        long long work = 0;
        for (const ScheduleJobOperation& op : job.operations)
            work += op.duration;
        long long left = dueOver - start; // negative once past
        if (left > 0 && !job.operations.empty())
            left = decoder.workingTime(job.operations.front().workCenter).workingMinutesBetween(start, dueOver);
        const double key = rule == DispatchRule::CriticalRatio
            ? static_cast<double>(left) / static_cast<double>(std::max(1LL, work))
            : static_cast<double>(left - work);
        queue.emplace(key, job.due, job.priority, job.id, j);
    };
    const auto next = [&] {
        if (queue.empty())
            return -1;
        const int j = std::get<4>(queue.top());
        queue.pop();
        return j;
    };
    return listSchedule(problem, decoder, ready, next);
}

// Same product family again (no changeover) while its due date is within the window of the
// most urgent ready job; otherwise earliest due date.
std::vector<int> dispatchBySetup(const ScheduleProblem& problem, ScheduleDecoder& decoder, int windowDays)
{
    using Key = std::tuple<Date, int, std::string_view, int>;
    const auto key = [&](int j) {
        const ScheduleJob& job = problem.jobs[static_cast<std::size_t>(j)];
        return Key(job.due, job.priority, job.id, j);
    };
    std::set<Key> byDue;
    std::vector<std::set<Key>> byFamily(problem.families.size());
    int lastFamily = -1;
    const auto ready = [&](int j) {
        byDue.insert(key(j));
        byFamily[static_cast<std::size_t>(problem.jobs[static_cast<std::size_t>(j)].family)].insert(key(j));
    };
    const auto next = [&] {
        if (byDue.empty())
            return -1;
        Key chosen = *byDue.begin();
        if (lastFamily >= 0) {
            const std::set<Key>& same = byFamily[static_cast<std::size_t>(lastFamily)];
            if (!same.empty() && std::get<0>(*same.begin()) - std::get<0>(chosen) <= windowDays)
                chosen = *same.begin();
        }
        const int j = std::get<3>(chosen);
        lastFamily = problem.jobs[static_cast<std::size_t>(j)].family;
        byDue.erase(chosen);
        byFamily[static_cast<std::size_t>(lastFamily)].erase(chosen);
        return j;
    };
    return listSchedule(problem, decoder, ready, next);
}

} // namespace

std::vector<int> dispatchJobs(const ScheduleProblem& problem, ScheduleDecoder& decoder, const ScheduleOptions& options)
{
    switch (options.rule) {
    case DispatchRule::CriticalRatio:
    case DispatchRule::LeastSlack: return dispatchByUrgency(problem, decoder, options.rule);
    case DispatchRule::SetupMinimizing: return dispatchBySetup(problem, decoder, options.setupWindowDays);
    default: {
        std::vector<int> sequence = dispatchOrder(problem, options.rule);
        decoder.decode(sequence);
        return sequence;
    }
    }
}

} // namespace pmc::core
