#pragma once

#include "core/Date.h"
#include "core/masterdata/Item.h"

#include <exception>
#include <string>
#include <vector>

namespace pmc::core {

/// The part of a planned order that covers one demand (interchange.md §2 pegging).
struct Pegging {
    /// `SO-NUMBER/LINE`, a parent's work order number or planned order id, or `safety_stock`.
    std::string demand;
    double qty = 0;

    bool operator==(const Pegging&) const = default;
};

/// A supply the MRP run proposes: one per item and day on which projected stock would
/// fall below safety stock; or a firm planned order the planner fixed, which the run keeps.
struct PlannedOrder {
    /// `PLN-00001`, … in creation order (items in low-level-code order); a firm planned
    /// order's own number
    std::string id;
    std::string item;
    double qty = 0; ///< lot-sized
    Date due;
    Date release; ///< never before the run's today
    ItemSource source = ItemSource::Make;
    /// Demands covered, earliest first; `safety_stock` first when present. Lot-size
    /// excess pegs nowhere, so the sum may be below `qty`.
    std::vector<Pegging> pegging;
    /// Fixed by the planner (FactoryModel::firmPlannedOrders): kept as it is, counted as open
    /// supply, so it pegs nowhere.
    bool firm = false;

    bool operator==(const PlannedOrder&) const = default;
};

/// A planner-facing MRP message (domain data, not a C++ exception).
struct MrpException {
    enum class Kind {
        PastDue,  ///< a planned order should have been released before today
        Expedite, ///< an open purchase or work order arrives after it is first needed
        Excess,   ///< open supply that nothing needs within the horizon
    };

    std::string item;
    Kind kind = Kind::PastDue;
    Date date; ///< past_due: the planned order's due; expedite: the need date; excess: the supply's due (not before today)
    std::string message;
    std::string order; ///< the planned order id (past_due) or PO/WO number concerned

    bool operator==(const MrpException&) const = default;
};

/// `past_due`, `expedite` or `excess`, as written in `pmc-cli mrp --json`.
constexpr const char* toString(MrpException::Kind kind)
{
    switch (kind) {
    case MrpException::Kind::PastDue: return "past_due";
    case MrpException::Kind::Expedite: return "expedite";
    case MrpException::Kind::Excess: return "excess";
    }
    return "";
}

/// One gross requirement an item had in the run: a sales line, or the dependent demand of a
/// parent's planned or work order, dated and bucketed as the netting saw it.
struct GrossRequirement {
    std::string item;
    Date date;
    double qty = 0;
    std::string demand; ///< pegging id of its origin (`SO/1`, a WO number, a planned order id)

    bool operator==(const GrossRequirement&) const = default;
};

/// What a run keeps besides planned orders and exceptions.
struct MrpOptions {
    /// Keep the gross requirements of bought items (the shortage list needs them); off for
    /// plain runs, since a large factory has millions.
    bool keepRequirements = false;
};

/// Everything one regenerative MRP run produces.
struct MrpResult {
    /// Sorted by item code, then due; on one day firm orders (by number) before a planned one.
    std::vector<PlannedOrder> plannedOrders;
    std::vector<MrpException> exceptions;    ///< sorted by item code, date, then kind (enum order)
    /// Only with MrpOptions::keepRequirements: bought items, in planning order, by date.
    std::vector<GrossRequirement> requirements;

    bool operator==(const MrpResult&) const = default;
};

/// Thrown out of a planning run when its cancel callback answers true; the run leaves
/// no partial result behind.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "planning run cancelled"; }
};

} // namespace pmc::core
