#include "core/plan/KittingList.h"

#include "core/masterdata/ItemLookup.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>
#include <cstdio>

namespace pmc::core {

namespace {

std::string locationsOf(const FactoryModel& model, const std::string& item)
{
    std::string result;
    for (const InventoryRecord& record : model.inventory)
        if (record.item == item && !record.location.empty()
            && (", " + result + ", ").find(", " + record.location + ", ") == std::string::npos)
            result += (result.empty() ? "" : ", ") + record.location;
    return result;
}

std::string firstWorkCenter(const ScheduleResult& schedule, const std::string& order)
{
    const ScheduledOperation* first = nullptr;
    for (const ScheduledOperation& op : schedule.operations)
        if (op.order == order && (!first || op.seq < first->seq))
            first = &op;
    return first ? first->workCenter : std::string();
}

KittingOrder kittingOrder(const FactoryModel& model, const ItemLookup& items, const OrderKit& kit,
                          const std::vector<MaterialIssue>& issues, const ScheduleResult& schedule)
{
    KittingOrder result;
    result.order = kit.order;
    result.isWorkOrder = kit.isWorkOrder;
    result.item = kit.item;
    result.qty = kit.qty;
    const auto wo = std::find_if(model.workOrders.begin(), model.workOrders.end(),
                                 [&](const WorkOrder& w) { return w.number == kit.order; });
    if (wo != model.workOrders.end())
        result.qty = wo->qty;
    if (const Item* item = items.find(kit.item))
        result.itemName = item->name;
    result.workCenter = firstWorkCenter(schedule, kit.order);
    result.startMinute = kit.startMinute;
    result.releasable = kit.releasable;
    result.kitDate = kit.kitDate;
    for (const ComponentKit& component : kit.components) {
        KittingLine line;
        line.item = component.item;
        if (const Item* item = items.find(component.item)) {
            line.name = item->name;
            line.uom = item->uom;
        }
        line.qtyPer = component.qtyPer;
        line.scrapRate = component.qtyPer > 0 ? component.grossPerParent / component.qtyPer - 1.0 : 0.0;
        line.required = result.qty * component.grossPerParent;
        line.location = locationsOf(model, component.item);
        line.issued = kit.isWorkOrder ? issuedQuantity(issues, kit.order, component.item) : 0.0;
        line.toIssue = component.required;
        line.allocated = component.fromStock;
        line.shortQty = isBelowWithTolerance(component.fromStock, component.required)
                            ? component.required - component.fromStock
                            : 0.0;
        if (component.shortQty == 0 && !component.arrivals.empty())
            line.readyDate = component.arrivals.back().date;
        else if (component.shortQty == 0)
            line.readyDate = schedule.today;
        result.lines.push_back(std::move(line));
    }
    return result;
}

} // namespace

std::optional<KittingList> kittingListForOrder(const FactoryModel& model, const KitCheck& check,
                                               const std::vector<MaterialIssue>& issues,
                                               const ScheduleResult& schedule, const std::string& order)
{
    const OrderKit* kit = check.find(order);
    if (!kit)
        return std::nullopt;
    KittingList list;
    list.number = "KL-" + order;
    list.orders.push_back(kittingOrder(model, ItemLookup(model.items), *kit, issues, schedule));
    return list;
}

KittingList kittingListForDay(const FactoryModel& model, const KitCheck& check,
                              const std::vector<MaterialIssue>& issues, const ScheduleResult& schedule,
                              const DailyPlan& plan, const std::string& workCenter)
{
    KittingList list;
    char ymd[16];
    std::snprintf(ymd, sizeof ymd, "%04d%02d%02d", plan.date.year(), plan.date.month(), plan.date.day());
    list.number = "KL-" + std::string(ymd) + "-" + (workCenter.empty() ? std::string("ALL") : workCenter);
    list.date = plan.date;
    list.workCenter = workCenter;
    const ItemLookup items(model.items);
    std::vector<std::string> seen;
    for (const DailyPlanLine& line : plan.lines) {
        if ((!workCenter.empty() && line.workCenter != workCenter)
            || std::find(seen.begin(), seen.end(), line.order) != seen.end())
            continue;
        seen.push_back(line.order);
        if (const OrderKit* kit = check.find(line.order))
            list.orders.push_back(kittingOrder(model, items, *kit, issues, schedule));
    }
    return list;
}

} // namespace pmc::core
