#pragma once

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <map>
#include <span>
#include <string>
#include <vector>

namespace pmc::core {

/// Pins schedule steps at given places (锁定: a Gantt move, a frozen period) as ONE edit.
/// A pin needs an order that keeps its number, so the planned orders of `run` among the steps
/// are firmed first, each with its release moved back to the day its earliest given step
/// starts (a firm planned order waits for its release). Steps of work orders and firm planned
/// orders are pinned under their own number; an existing pin of the same step is replaced. A
/// step that starts with a changeover is pinned where its work starts, after the changeover
/// (a pinned step is placed without one), so that the time for it stays free.
struct OperationPinning {
    MasterDataEdit edit;
    /// The planned orders the edit firms (they leave `run`) and what stands for them in it
    /// (PlannedOrderRelease::consumed and ::added).
    std::vector<PlannedOrder> consumed;
    std::vector<PlannedOrder> added;
    /// Planned order id → the firm planned order number it became.
    std::map<std::string, std::string> renamed;
    std::size_t pinned = 0;

    /// `places` give order, seq, unit and startMinute (minutes since `today` 00:00).
    static OperationPinning at(const FactoryModel& model, const MrpResult& run, Date today,
                               std::span<const ScheduledOperation> places);
    /// Freezes the period before `fence` 00:00 (冻结期, docs/scheduling.md): pins every step of
    /// `schedule` (made from `model` and `run`) that starts before it and is not pinned yet.
    static OperationPinning until(const FactoryModel& model, const MrpResult& run, const ScheduleResult& schedule,
                                  Date fence);
    /// The steps of `schedule` a freeze before `fence` pins: those starting before it, not
    /// pinned yet.
    static std::vector<ScheduledOperation> stepsToFreeze(const ScheduleResult& schedule, Date fence);
    /// The number an order of the schedule has after this edit.
    const std::string& numberOf(const std::string& order) const;
};

} // namespace pmc::core
