#include "store/OrderProgressJson.h"

#include "core/scheduling/WorkingTime.h"
#include "store/ScenarioJson.h"

namespace pmc::store {

namespace {

using Json = nlohmann::ordered_json;

Json operationJson(const core::OperationProgress& op, core::Date today)
{
    Json out = {{"seq", op.seq},
                {"work_center", op.workCenter},
                {"status", core::toString(op.status)},
                {"reported_qty", jsonQuantity(op.reportedQty)}};
    if (op.scheduled) {
        out["unit"] = op.unit;
        out["start"] = core::formatScheduleMinute(today, op.startMinute);
        out["end"] = core::formatScheduleMinute(today, op.endMinute);
    }
    return out;
}

Json supplyJson(const core::SupplyOrder& order, core::Date today)
{
    Json operations = Json::array();
    for (const core::OperationProgress& op : order.operations)
        operations.push_back(operationJson(op, today));
    Json out = {{"order", order.order}, {"kind", core::toString(order.kind)}, {"item", order.item},
                {"qty", jsonQuantity(order.qty)}, {"due", order.due.toString()}, {"level", order.level}};
    out["completion"] = order.completionMinute ? Json(core::formatScheduleMinute(today, *order.completionMinute)) : Json();
    out["operations"] = std::move(operations);
    return out;
}

Json materialJson(const core::ShortMaterial& material)
{
    Json pos = Json::array();
    for (const core::OpenPurchase& po : material.purchaseOrders)
        pos.push_back({{"number", po.number}, {"qty", jsonQuantity(po.qty)}, {"due", po.due.toString()}});
    return {{"item", material.item}, {"short_qty", jsonQuantity(material.shortQty)},
            {"need_date", material.needDate.toString()}, {"open_pos", std::move(pos)}};
}

Json causeJson(const core::DelayCause& cause, core::Date today)
{
    Json out = {{"kind", core::toString(cause.kind)}, {"order", cause.order}};
    switch (cause.kind) {
    case core::DelayCause::Kind::Capacity:
        out["seq"] = cause.seq;
        out["work_center"] = cause.workCenter;
        out["unit"] = cause.unit;
        out["busy_with"] = cause.busyWith;
        break;
    case core::DelayCause::Kind::Calendar:
        out["seq"] = cause.seq;
        out["work_center"] = cause.workCenter;
        break;
    case core::DelayCause::Kind::Material:
        out["item"] = cause.item;
        out["supply"] = cause.supply;
        out["planned_purchase"] = cause.plannedPurchase;
        out["arrival"] = cause.arrival.toString();
        out["need_date"] = cause.needDate.toString();
        break;
    case core::DelayCause::Kind::SubAssembly:
        out["item"] = cause.item;
        out["supply"] = cause.supply;
        break;
    case core::DelayCause::Kind::WorkContent: break;
    }
    out["from"] = core::formatScheduleMinute(today, cause.fromMinute);
    out["until"] = core::formatScheduleMinute(today, cause.minute);
    return out;
}

Json fixJson(const core::Fix& fix, core::Date today)
{
    Json out = {{"kind", core::toString(fix.kind)}};
    switch (fix.kind) {
    case core::Fix::Kind::Overtime:
        out["work_center"] = fix.workCenter;
        out["hours_per_day"] = fix.hoursPerDay;
        out["from"] = fix.from.toString();
        out["to"] = fix.to.toString();
        break;
    case core::Fix::Kind::Expedite:
        out["purchase_order"] = fix.purchaseOrder;
        out["old_due"] = fix.oldDue.toString();
        out["new_due"] = fix.newDue.toString();
        break;
    case core::Fix::Kind::RaisePriority: out["priority"] = 1; break;
    case core::Fix::Kind::Split:
        out["order"] = fix.order;
        out["parts"] = Json::array();
        for (const core::SplitPart& part : fix.parts)
            out["parts"].push_back({{"order", part.order}, {"qty", part.qty}});
        break;
    case core::Fix::Kind::MoveToUnit:
        out["order"] = fix.order;
        out["seq"] = fix.seq;
        out["work_center"] = fix.workCenter;
        out["unit"] = fix.unit;
        out["to_unit"] = fix.toUnit;
        out["start"] = core::formatScheduleMinute(today, fix.startMinute);
        if (!fix.firmedAs.empty())
            out["firmed_as"] = fix.firmedAs;
        break;
    }
    return out;
}

Json lineJson(const core::LineProgress& line, core::Date today, bool planned)
{
    Json out = {{"line", line.id},
                {"item", line.item},
                {"qty", jsonQuantity(line.qty)},
                {"open_qty", jsonQuantity(line.openQty)},
                {"committed", line.committed.toString()},
                {"shipped", line.shipped}};
    if (!planned || line.shipped)
        return out;
    out["stock_covered"] = line.stockCovered;
    out["projected"] = core::formatScheduleMinute(today, line.completionMinute);
    out["days_late"] = line.daysLate;
    Json orders = Json::array();
    for (const core::SupplyOrder& order : line.orders)
        orders.push_back(supplyJson(order, today));
    Json materials = Json::array();
    for (const core::ShortMaterial& material : line.materials)
        materials.push_back(materialJson(material));
    Json causes = Json::array();
    for (const core::DelayCause& cause : line.causes)
        causes.push_back(causeJson(cause, today));
    Json fixes = Json::array();
    for (const core::Fix& fix : line.fixes)
        fixes.push_back(fixJson(fix, today));
    out["orders"] = std::move(orders);
    out["short_materials"] = std::move(materials);
    out["delay_causes"] = std::move(causes);
    out["fixes"] = std::move(fixes);
    return out;
}

} // namespace

nlohmann::ordered_json orderProgressToJson(const core::OrderProgress& progress)
{
    Json lines = Json::array();
    for (const core::LineProgress& line : progress.lines)
        lines.push_back(lineJson(line, progress.today, progress.planned));
    return {{"order", progress.number},      {"customer", progress.customer},
            {"priority", progress.priority}, {"status", core::toString(progress.status)},
            {"planned", progress.planned},   {"today", progress.today.toString()},
            {"lines", std::move(lines)}};
}

} // namespace pmc::store
