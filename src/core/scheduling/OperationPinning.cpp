#include "core/scheduling/OperationPinning.h"

#include "core/mrp/PlannedOrderRelease.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <unordered_set>

namespace pmc::core {

OperationPinning OperationPinning::at(const FactoryModel& model, const MrpResult& run, Date today,
                                      std::span<const ScheduledOperation> places)
{
    OperationPinning result;
    std::unordered_set<std::string_view> plannedIds;
    for (const PlannedOrder& p : run.plannedOrders)
        if (!p.firm)
            plannedIds.insert(p.id);
    std::vector<std::string> planned; // in the order of their first step given
    std::map<std::string, int> firstStart;
    for (const ScheduledOperation& op : places) {
        if (!plannedIds.contains(op.order))
            continue;
        auto [it, added] = firstStart.try_emplace(op.order, op.startMinute);
        if (added)
            planned.push_back(op.order);
        else
            it->second = std::min(it->second, op.startMinute);
    }
    if (!planned.empty()) {
        PlannedOrderRelease release = PlannedOrderRelease::firm(model, run, planned);
        for (std::size_t i = 0; i < planned.size(); ++i) {
            const std::string& number = release.firmPlannedOrders.at(i);
            result.renamed[planned[i]] = number;
            const Date start = dateOfMinute(today, firstStart[planned[i]]);
            for (auto& change : release.edit.firmPlannedOrders)
                if (change.after && change.after->number == number)
                    change.after->release = std::min(change.after->release, start);
            for (PlannedOrder& p : release.added)
                if (p.id == number)
                    p.release = std::min(p.release, start);
        }
        result.edit = std::move(release.edit);
        result.consumed = std::move(release.consumed);
        result.added = std::move(release.added);
    }
    std::vector<OperationPin> pins = model.operationPins;
    std::map<std::string, WorkingTime> workingTime;
    for (const ScheduledOperation& op : places) {
        const std::string& order = result.numberOf(op.order);
        // A pinned step is placed without a changeover: pinned where its work starts, the time
        // for the changeover before it stays free, so the schedule around it stays as it was.
        int start = op.startMinute;
        if (op.changeoverMinutes > 0) {
            auto time = workingTime.try_emplace(op.workCenter, model.calendar, today, op.workCenter).first;
            start = time->second.place(op.startMinute, op.changeoverMinutes).end;
        }
        const Date date = dateOfMinute(today, start);
        std::erase_if(pins, [&](const OperationPin& p) { return p.order == order && p.seq == op.seq; });
        pins.push_back({order, op.seq, op.unit, date, start - (date - today) * 24 * 60});
        ++result.pinned;
    }
    result.edit.operationPins = std::make_pair(model.operationPins, std::move(pins));
    return result;
}

OperationPinning OperationPinning::until(const FactoryModel& model, const MrpResult& run,
                                         const ScheduleResult& schedule, Date fence)
{
    return at(model, run, schedule.today, stepsToFreeze(schedule, fence));
}

std::vector<ScheduledOperation> OperationPinning::stepsToFreeze(const ScheduleResult& schedule, Date fence)
{
    const int fenceMinute = (fence - schedule.today) * 24 * 60;
    std::vector<ScheduledOperation> frozen;
    for (const ScheduledOperation& op : schedule.operations)
        if (op.startMinute < fenceMinute && !op.fixed)
            frozen.push_back(op);
    return frozen;
}

const std::string& OperationPinning::numberOf(const std::string& order) const
{
    const auto found = renamed.find(order);
    return found == renamed.end() ? order : found->second;
}

} // namespace pmc::core
