#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

/// Why the plan changes (pmc-workflow.md ); printed on both adjustment notices.
enum class ChangeReason {
    CustomerChange,    ///< 客户变更: the customer added, reduced, moved or cancelled
    RushInsertion,     ///< 插单
    MaterialLate,      ///< 物料延误
    EquipmentQuality,  ///< 设备/品质异常
    EngineeringChange, ///< 工程变更
};
const char* toString(ChangeReason reason);
bool parseChangeReason(const std::string& text, ChangeReason& out);

/// How analyzeChange judges the purchase side.
struct ChangeImpactOptions {
    ChangeReason reason = ChangeReason::CustomerChange;
    /// A purchase order needed this many days or fewer after its due keeps its date: moving a
    /// supplier for a few days costs more than the stock.
    int pushOutToleranceDays = 3;
    /// the suppliers may already have made what is no longer needed, so a purchase that
    /// nothing needs is deferred by `deferMonths` instead of cancelled.
    bool deferInsteadOfCancel = false;
    int deferMonths = 3;
};

/// A sales line as one plan delivers it; absent from a plan where the line is no demand
/// (its order cancelled, shipped or not yet confirmed).
struct SalesLinePlan {
    double openQty = 0;
    Date committed; ///< promised or requested date
    Date completion; ///< when the schedule finishes it (today when stock covers it)
    int lateDays = 0;

    bool operator==(const SalesLinePlan&) const = default;
};

/// A sales line whose delivery differs between the two plans.
struct SalesLineChange {
    std::string line; ///< `SO-NUMBER/LINE`
    std::string customer;
    std::string item;
    std::optional<SalesLinePlan> before;
    std::optional<SalesLinePlan> after;

    bool operator==(const SalesLineChange&) const = default;
};

/// One unit an operation of an order runs on.
struct OrderUnit {
    std::string workCenter;
    int unit = 0; ///< 0 … parallel_units − 1

    bool operator==(const OrderUnit&) const = default;
};

/// A production order as one plan schedules it.
struct OrderPlan {
    std::string order; ///< the number or planned order id in that plan
    double qty = 0;
    Date due;
    int startMinute = 0; ///< first operation's start (its completion when it has no routing)
    int endMinute = 0;   ///< last operation's end, minutes since today 00:00
    std::vector<OrderUnit> units; ///< per operation, in routing order

    bool operator==(const OrderPlan&) const = default;
};

enum class ProductionOrderKind { WorkOrder, FirmPlannedOrder, PlannedOrder };
const char* toString(ProductionOrderKind kind);

/// One row of the production plan adjustment (生产计划调整单): a work order, firm planned
/// order or planned make order that appeared, disappeared or changes quantity, dates or units.
struct PlanAdjustment {
    ProductionOrderKind kind = ProductionOrderKind::PlannedOrder;
    std::string item;
    std::optional<OrderPlan> before; ///< absent: the order is new
    std::optional<OrderPlan> after;  ///< absent: the order is no longer needed
    /// The sales lines it serves in either plan (the changed ones in ChangeImpact::salesLines).
    std::vector<std::string> salesLines;

    /// The number to quote: the order's in the new plan, else its old one.
    const std::string& order() const { return after ? after->order : before->order; }
    bool operator==(const PlanAdjustment&) const = default;
};

/// What purchasing should ask the supplier for.
enum class MaterialAction {
    Keep,    ///< its need moved, but its date and quantity still fit
    PullIn,  ///< 提前: needed before its due
    PushOut, ///< 推迟: needed only well after its due (or deferred instead of cancelled)
    Reduce,  ///< 减量: only part of it is needed
    Cancel,  ///< 取消: nothing needs it within the horizon
};
const char* toString(MaterialAction action);

/// When a plan first needs an open purchase and how much of it.
struct MaterialNeed {
    std::optional<Date> date; ///< absent: not needed within the horizon
    double qty = 0;           ///< the part of the order the plan uses

    bool operator==(const MaterialNeed&) const = default;
};

/// One row of the material delivery adjustment notice (物料交货期调整通知单): an open purchase
/// order or requisition whose need changes.
struct MaterialAdjustment {
    std::string number;
    bool requisition = false; ///< a purchase requisition rather than an order
    std::string supplier;
    std::string item;
    std::string itemName;
    double qty = 0;
    Date due;
    MaterialNeed before;
    MaterialNeed after;
    MaterialAction action = MaterialAction::Keep;
    double proposedQty = 0; ///< the quantity to ask for (qty unless reduced or cancelled)
    Date proposedDue;       ///< the date to ask for (due unless pulled in or pushed out)

    bool operator==(const MaterialAdjustment&) const = default;
};

/// What an order change does to the plan (pmc-workflow.md §3.7, scenario S6): both factories
/// planned through MRP and the finite schedule's construction, compared order by order.
struct ChangeImpact {
    Date today;
    ChangeReason reason = ChangeReason::CustomerChange;
    std::vector<PlanAdjustment> planAdjustments;         ///< by item, then order
    std::vector<MaterialAdjustment> materialAdjustments; ///< by item, due, then number
    std::vector<SalesLineChange> salesLines;             ///< by line id

    bool empty() const { return planAdjustments.empty() && materialAdjustments.empty() && salesLines.empty(); }
    const SalesLineChange* salesLine(const std::string& line) const;
    bool operator==(const ChangeImpact&) const = default;
};

/// Plans `before` and `after` (the factory before and after the change; same items, BOM,
/// calendar and today) and lists every production order, open purchase and sales line the
/// change moves. Planned orders are renumbered by every run, so they are matched by item and
/// the sales lines their pegging reaches, then by due date (docs/orders.md, "Change impact").
/// Deterministic; throws what MrpEngine and FiniteScheduler throw for a broken model.
ChangeImpact analyzeChange(const FactoryModel& before, const FactoryModel& after,
                           const ChangeImpactOptions& options = {});

} // namespace pmc::core
