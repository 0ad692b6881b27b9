#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/execution/MaterialIssue.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core {

/// One lot of future supply handed to an order's component by the kit check.
struct KitArrival {
    std::string source; ///< purchase order, requisition, planned order or work order number
    Date date;          ///< the day it counts as in house (docs/plans.md, "Kit check")
    double qty = 0;

    bool operator==(const KitArrival&) const = default;
};

/// How one component of an order is covered.
struct ComponentKit {
    std::string item;
    double qtyPer = 0;    ///< BOM quantity per parent (several rows of one component are added)
    double grossPerParent = 0; ///< the same with scrap (BomLine::grossPerParent)
    double required = 0;  ///< still to be issued: open quantity × gross per, less what was issued
    double fromStock = 0; ///< allocated from the stock on hand now
    double fromSupply = 0; ///< allocated from future arrivals (see `arrivals`)
    double shortQty = 0;  ///< covered by nothing open: required − fromStock − fromSupply
    std::vector<KitArrival> arrivals;

    bool operator==(const ComponentKit&) const = default;
};

/// The kit (齐套) of one scheduled order.
struct OrderKit {
    std::string order; ///< work order number or planned order id
    bool isWorkOrder = false;
    std::string item;
    double qty = 0; ///< the quantity whose material is checked (a work order's open quantity)
    int startMinute = 0; ///< start of its first operation (schedule minutes)
    /// Every component is covered by stock on hand now: the order may go to the line.
    bool releasable = false;
    /// The day the order is complete: today when releasable, else the day the last allocated
    /// arrival is in; empty when open supply does not cover some component.
    std::optional<Date> kitDate;
    std::vector<ComponentKit> components; ///< in BOM row order

    bool operator==(const OrderKit&) const = default;
};

/// The kit check of a whole schedule (docs/plans.md, "Kit check").
struct KitCheck {
    Date today;
    std::vector<OrderKit> orders; ///< in allocation order: first operation's start, work orders first

    /// The kit of `order`, or nullptr when it is not scheduled.
    const OrderKit* find(const std::string& order) const;
};

/// Net quantity issued per work order and component (issues minus returns), keyed
/// `order + '\n' + item`.
std::unordered_map<std::string, double> issuedByOrderItem(const std::vector<MaterialIssue>& issues);

/// Allocates stock on hand, then open purchase orders, requisitions, bought planned orders and
/// the scheduled completions of made components to the schedule's orders, first come first
/// served by the start of each order's first operation. `issues` reduce what a work order
/// still needs. Pure function.
KitCheck checkKits(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                   const std::vector<MaterialIssue>& issues = {});

} // namespace pmc::core
