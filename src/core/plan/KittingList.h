#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"
#include "core/execution/MaterialIssue.h"
#include "core/plan/DailyPlan.h"
#include "core/plan/KitCheck.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// One component row of a kitting list (套料单 / 领料单), docs/plans.md "Kitting list".
struct KittingLine {
    std::string item;
    std::string name;
    std::string uom;
    double qtyPer = 0;
    double scrapRate = 0; ///< gross ÷ qty per − 1 (the BOM rows' scrap)
    double required = 0;  ///< order quantity × gross per: the whole order's need, scrap included
    std::string location; ///< the item's warehouse locations (InventoryRecord::location), ", "-joined
    double issued = 0;    ///< net issued to the order (issues − returns; 0 for a planned order)
    double toIssue = 0;   ///< what the order still needs from the warehouse (the kit check's need)
    double allocated = 0; ///< of that, allocated from stock on hand now
    double shortQty = 0;  ///< toIssue − allocated: not in the warehouse for this order today
    /// When the short part is in (the last allocated arrival); empty when nothing covers it.
    std::optional<Date> readyDate;

    bool operator==(const KittingLine&) const = default;
};

/// The kitting list of one order.
struct KittingOrder {
    std::string order;
    bool isWorkOrder = false;
    std::string item;
    std::string itemName;
    double qty = 0; ///< a work order's quantity or a planned order's lot-sized quantity
    std::string workCenter; ///< the work center of its first operation ("" without routing)
    int startMinute = 0;
    bool releasable = false;
    std::optional<Date> kitDate;
    std::vector<KittingLine> lines;

    bool operator==(const KittingOrder&) const = default;
};

/// A kitting list: one order, or every order of a day's plan on a work center.
struct KittingList {
    std::string number; ///< `KL-<order>` or `KL-YYYYMMDD-<work center or ALL>`
    std::optional<Date> date; ///< set for a day's list
    std::string workCenter;   ///< the day's list's filter, "" = all
    std::vector<KittingOrder> orders;

    bool operator==(const KittingList&) const = default;
};

/// The kitting list of one scheduled order; nullopt when `order` is not in `check`.
std::optional<KittingList> kittingListForOrder(const FactoryModel& model, const KitCheck& check,
                                               const std::vector<MaterialIssue>& issues,
                                               const ScheduleResult& schedule, const std::string& order);

/// The kitting list of every order with a line in `plan` on `workCenter` ("" = every work
/// center), in the plan's order.
KittingList kittingListForDay(const FactoryModel& model, const KitCheck& check,
                              const std::vector<MaterialIssue>& issues, const ScheduleResult& schedule,
                              const DailyPlan& plan, const std::string& workCenter);

} // namespace pmc::core
