#include "core/plan/StandbyJobs.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace pmc::core {

void proposeStandbyJobs(DailyPlan& plan, const KitCheck& check, const ScheduleResult& schedule)
{
    std::set<std::string> planned;
    for (DailyPlanLine& line : plan.lines) {
        planned.insert(line.order);
        const OrderKit* kit = check.find(line.order);
        line.releasable = !kit || kit->releasable;
        line.kitDate = kit ? kit->kitDate : std::optional<Date>(schedule.today);
    }

    // Releasable work starting after the plan's day, per work center, earliest first.
    const int dayEnd = (plan.date - schedule.today + 1) * 24 * 60;
    std::map<std::string, std::vector<const ScheduledOperation*>> candidates;
    for (const ScheduledOperation& op : schedule.operations) {
        const OrderKit* kit = check.find(op.order);
        if (op.startMinute >= dayEnd && kit && kit->releasable && !planned.contains(op.order))
            candidates[op.workCenter].push_back(&op);
    }
    for (auto& [workCenter, ops] : candidates)
        std::sort(ops.begin(), ops.end(), [](const ScheduledOperation* a, const ScheduledOperation* b) {
            return std::tie(a->startMinute, a->order, a->seq) < std::tie(b->startMinute, b->order, b->seq);
        });

    std::set<std::tuple<std::string, int, std::string>> blocked;
    std::set<std::string> proposed;
    for (const DailyPlanLine& line : plan.lines) {
        if (line.releasable || !blocked.emplace(line.workCenter, line.unit, line.order).second)
            continue;
        const auto found = candidates.find(line.workCenter);
        if (found == candidates.end())
            continue;
        const auto next = std::find_if(found->second.begin(), found->second.end(),
                                       [&](const ScheduledOperation* op) { return !proposed.contains(op->order); });
        if (next == found->second.end())
            continue;
        const ScheduledOperation& op = **next;
        proposed.insert(op.order);
        plan.standby.push_back({line.workCenter, line.unit, line.order, op.order, op.item, op.qty, op.seq});
    }
}

} // namespace pmc::core
