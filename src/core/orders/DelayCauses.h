#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleProblem.h"
#include "core/scheduling/ScheduleRequest.h"

#include <string>
#include <vector>

namespace pmc::core {

/// One reason a sales line completes when it does, found walking back from its top order
/// along the schedule's critical path (docs/orders.md, "Order progress").
struct DelayCause {
    enum class Kind {
        Capacity,    ///< step `seq` of `order` waited for a unit of `workCenter`, busy with `busyWith`
        Material,    ///< `order` waited for bought `item`, in house (buffer included) at `minute`
        SubAssembly, ///< `order` waited for its sub-assembly order `supply` of `item`
        Calendar,    ///< step `seq` of `order` waited over non-working days only
        WorkContent, ///< nothing held `order` back: its own work takes until `minute`
    };
    Kind kind = Kind::WorkContent;
    std::string order; ///< the order that waited
    int seq = 0;       ///< its step (Capacity, Calendar)
    std::string workCenter;
    int unit = 0;
    /// Capacity: the orders on the unit during the wait, in time order (at most three).
    std::vector<std::string> busyWith;
    std::string item;   ///< Material: the bought item; SubAssembly: the sub-assembly's item
    /// Material: the purchase order (or planned purchase) that brings it; SubAssembly: the
    /// sub-assembly's order.
    std::string supply;
    bool plannedPurchase = false; ///< Material: `supply` is a planned order not yet bought
    Date arrival;                 ///< Material: the supply's due date
    /// Material: the latest arrival that lets the order start when it is otherwise ready
    /// (`fromMinute` less the material buffer, not before today).
    Date needDate;
    int fromMinute = 0;           ///< when the wait began (the order or step was otherwise ready)
    int minute = 0;               ///< when it ended (the step started, the material was ready)

    bool operator==(const DelayCause&) const = default;
};

const char* toString(DelayCause::Kind kind);

/// Walks back from job `top` of `problem` (built from the same model and MRP run as `schedule`)
/// through the placements of `schedule`: a step that started later than its work center's first
/// working minute after it was ready waited for capacity (the walk ends); a wait across
/// non-working days only is noted and the walk goes on; a job that started when its latest
/// sub-assembly finished continues with that sub-assembly; one that started when its material
/// came in ends with the supplies that brought it; one ready today ends with its work content.
std::vector<DelayCause> delayCauses(const FactoryModel& model, const MrpResult& mrp, const ScheduleProblem& problem,
                                    const ScheduleResult& schedule, int top);

} // namespace pmc::core
