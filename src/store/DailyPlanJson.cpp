#include "store/DailyPlanJson.h"

#include "store/ScenarioJson.h"

namespace pmc::store {

namespace {

/// `HH:MM` of a schedule minute on the plan's date; the day's end prints as 24:00, not 00:00.
std::string clock(const core::DailyPlan& plan, core::Date today, int minute)
{
    return core::formatClockMinutes(minute - (plan.date - today) * 24 * 60);
}

} // namespace

nlohmann::ordered_json dailyPlanToJson(const core::DailyPlan& plan, core::Date today)
{
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const core::DailyPlanLine& line : plan.lines) {
        nlohmann::ordered_json json;
        json["workshop"] = line.workshop;
        json["workcenter"] = line.workCenter;
        json["workcenter_name"] = line.workCenterName;
        json["unit"] = line.unit;
        json["order"] = line.order;
        json["order_type"] = line.isWorkOrder ? "work_order" : "planned";
        json["item"] = line.item;
        json["item_name"] = line.itemName;
        json["uom"] = line.uom;
        json["seq"] = line.seq;
        json["qty"] = jsonQuantity(line.qty);
        json["order_qty"] = jsonQuantity(line.orderQty);
        json["start"] = clock(plan, today, line.startMinute);
        json["end"] = clock(plan, today, line.endMinute);
        json["working_minutes"] = line.workingMinutes;
        json["customer_orders"] = line.customerOrders;
        json["customers"] = line.customers;
        json["due"] = line.due.toString();
        json["material_status"] = core::toString(line.materialStatus);
        json["short_items"] = line.shortItems;
        json["releasable"] = line.releasable;
        json["kit_date"] = line.kitDate ? nlohmann::ordered_json(line.kitDate->toString()) : nlohmann::ordered_json();
        lines.push_back(std::move(json));
    }
    nlohmann::ordered_json totals;
    totals["lines"] = plan.totals.lines;
    totals["orders"] = plan.totals.orders;
    totals["workcenters"] = plan.totals.workCenters;
    totals["qty"] = jsonQuantity(plan.totals.qty);
    totals["working_minutes"] = plan.totals.workingMinutes;
    totals["short"] = plan.totals.shortLines;

    nlohmann::ordered_json json;
    json["date"] = plan.date.toString();
    json["plan_number"] = plan.planNumber;
    json["workshop"] = plan.workshop.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(plan.workshop);
    json["lines"] = std::move(lines);
    json["totals"] = std::move(totals);
    nlohmann::ordered_json standby = nlohmann::ordered_json::array();
    for (const core::StandbyJob& job : plan.standby)
        standby.push_back({{"workcenter", job.workCenter},
                           {"unit", job.unit},
                           {"instead_of", job.insteadOf},
                           {"order", job.order},
                           {"item", job.item},
                           {"qty", jsonQuantity(job.qty)},
                           {"seq", job.seq}});
    json["standby"] = std::move(standby);
    return json;
}

} // namespace pmc::store
