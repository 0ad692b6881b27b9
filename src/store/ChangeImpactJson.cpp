#include "store/ChangeImpactJson.h"

#include "core/scheduling/WorkingTime.h"
#include "store/ScenarioJson.h"

namespace pmc::store {

namespace {

template <typename T, typename Write>
nlohmann::ordered_json optional(const std::optional<T>& value, Write write)
{
    return value ? write(*value) : nlohmann::ordered_json();
}

nlohmann::ordered_json salesLinePlan(const core::SalesLinePlan& plan)
{
    return {{"open_qty", jsonQuantity(plan.openQty)},
            {"committed", plan.committed.toString()},
            {"completion", plan.completion.toString()},
            {"late_days", plan.lateDays}};
}

nlohmann::ordered_json orderPlan(const core::OrderPlan& plan, core::Date today)
{
    nlohmann::ordered_json units = nlohmann::ordered_json::array();
    for (const core::OrderUnit& unit : plan.units)
        units.push_back({{"workcenter", unit.workCenter}, {"unit", unit.unit}});
    return {{"order", plan.order},
            {"qty", jsonQuantity(plan.qty)},
            {"due", plan.due.toString()},
            {"start", core::formatScheduleMinute(today, plan.startMinute)},
            {"end", core::formatScheduleMinute(today, plan.endMinute)},
            {"units", units}};
}

nlohmann::ordered_json needDate(const core::MaterialNeed& need)
{
    return need.date ? nlohmann::ordered_json(need.date->toString()) : nlohmann::ordered_json();
}

} // namespace

nlohmann::ordered_json changeImpactToJson(const core::ChangeImpact& impact)
{
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const core::SalesLineChange& line : impact.salesLines)
        lines.push_back({{"line", line.line},
                         {"customer", line.customer},
                         {"item", line.item},
                         {"before", optional(line.before, salesLinePlan)},
                         {"after", optional(line.after, salesLinePlan)}});
    nlohmann::ordered_json plan = nlohmann::ordered_json::array();
    const auto scheduled = [&](const core::OrderPlan& order) { return orderPlan(order, impact.today); };
    for (const core::PlanAdjustment& row : impact.planAdjustments)
        plan.push_back({{"kind", core::toString(row.kind)},
                        {"order", row.order()},
                        {"item", row.item},
                        {"sales_lines", row.salesLines},
                        {"before", optional(row.before, scheduled)},
                        {"after", optional(row.after, scheduled)}});
    nlohmann::ordered_json material = nlohmann::ordered_json::array();
    for (const core::MaterialAdjustment& row : impact.materialAdjustments)
        material.push_back({{"number", row.number},
                            {"kind", row.requisition ? "requisition" : "purchase_order"},
                            {"supplier", row.supplier},
                            {"item", row.item},
                            {"name", row.itemName},
                            {"qty", jsonQuantity(row.qty)},
                            {"due", row.due.toString()},
                            {"need_before", needDate(row.before)},
                            {"needed_qty_before", jsonQuantity(row.before.qty)},
                            {"need_after", needDate(row.after)},
                            {"needed_qty_after", jsonQuantity(row.after.qty)},
                            {"action", core::toString(row.action)},
                            {"proposed_qty", jsonQuantity(row.proposedQty)},
                            {"proposed_due", row.proposedDue.toString()}});
    return {{"today", impact.today.toString()},
            {"reason", core::toString(impact.reason)},
            {"sales_lines", lines},
            {"plan_adjustments", plan},
            {"material_adjustments", material}};
}

} // namespace pmc::store
