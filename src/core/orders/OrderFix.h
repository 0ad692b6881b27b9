#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/mrp/MrpResult.h"
#include "core/orders/DelayCauses.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pmc::core {

/// One batch of a split order.
struct SplitPart {
    std::string order;
    double qty = 0;

    bool operator==(const SplitPart&) const = default;
};

/// A remedy the planner can try for a late sales line (docs/orders.md, "Order progress").
struct Fix {
    enum class Kind {
        Overtime,      ///< `hoursPerDay` of overtime on `workCenter` on each working day `from` … `to`
        Expedite,      ///< purchase order `purchaseOrder` due `newDue` instead of `oldDue`
        RaisePriority, ///< the sales order's priority becomes 1
        Split,         ///< `order` made in the batches `parts` (分批), which may run side by side
        MoveToUnit,    ///< step `seq` of `order` moved from `unit` to `toUnit` of `workCenter`
    };
    Kind kind = Kind::RaisePriority;
    std::size_t line = 0; ///< index of the sales line it is for
    std::string workCenter;
    int hoursPerDay = 0;
    Date from;
    Date to;
    std::string purchaseOrder;
    Date oldDue;
    Date newDue;
    std::string order; ///< Split, MoveToUnit: the work order, firm or planned order
    /// Split: the batches, the first keeping the order's number unless it is a planned order
    /// (both then become firm planned orders).
    std::vector<SplitPart> parts;
    int seq = 0;
    int unit = 0;
    int toUnit = 0;
    int startMinute = 0; ///< MoveToUnit: the new start (minutes since today 00:00)
    /// MoveToUnit: the firm planned order a planned order becomes to be pinned, else "".
    std::string firmedAs;
    /// The change as an edit for Document::edit: the calendar (Overtime), the purchase order's
    /// due date (Expedite), the sales order (RaisePriority), the orders (Split) or the firmed
    /// order and its pin (MoveToUnit).
    MasterDataEdit edit;

    bool operator==(const Fix&) const = default;
};

const char* toString(Fix::Kind kind);

/// The fixes worth previewing for `line` of `order` given its delay causes in `schedule` (made
/// from `model` and `mrp`) and `latest`, the order whose completion is the line's:
/// - for a capacity wait, overtime (2 h after the last shift on each working day from today
///   until the committed date, or until the day before the projected completion when the
///   committed date is past), and the waiting step moved to another unit of its work center
///   where it can start sooner, ahead of what that unit runs then (a pin; a planned order is
///   firmed first);
/// - for a material wait, the purchase order moved to the date the order needs it
///   (DelayCause::needDate);
/// - `latest` split in two batches when it has more than one piece to make and either more than
///   one step (the first batch moves on while the second is worked) or a work center with
///   parallel units;
/// - priority 1 when it is not.
std::vector<Fix> fixesFor(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                          const SalesOrder& order, std::size_t line, const std::vector<DelayCause>& causes,
                          Date projected, const std::string& latest);

/// Applies a fix to a copy of the factory. Throws std::invalid_argument when its rows are gone.
void applyFix(FactoryModel& model, const Fix& fix);

/// A sales line whose projected completion moves with a fix.
struct LineChange {
    std::string line; ///< `SO/LINE`
    Date before;
    Date after;
    int daysLateBefore = 0;
    int daysLateAfter = 0;

    bool operator==(const LineChange&) const = default;
};

/// What a fix would do, both plans made by MRP and the schedule construction.
struct FixPreview {
    LineChange line;                ///< the line the fix is for
    std::vector<LineChange> later;   ///< other open sales lines that complete later, by line id
    std::vector<LineChange> earlier; ///< … and earlier

    bool operator==(const FixPreview&) const = default;
};

/// Replans the factory with and without `fix` and compares the completion of every open sales
/// line. Throws std::invalid_argument for an unknown sales order or a fix that does not apply.
FixPreview previewFix(const FactoryModel& model, const Fix& fix, const std::string& salesOrder);

} // namespace pmc::core
